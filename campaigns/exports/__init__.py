"""Every spreadsheet the site writes, CSV or XLSX, goes through here so that none carries a formula.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or carriage
return before one) as a formula: a title such as `=HYPERLINK("http://x","y")` typed into the admin
would become a live link, or a command, in the coordinator's spreadsheet. `neutral_cell` is the one
rule; `campaigns.exports.csv` and `campaigns.exports.xlsx` apply it to the two formats, and
`campaigns.compat` applies it to Wagtail's own exports.
"""

import re

from django.utils.functional import Promise

#: What a spreadsheet may read as the start of a formula, after any spaces before it (some trim
#: them). A leading `'` is what makes text of it, so `'=1` is safe and `neutral_cell` idempotent.
#: The fullwidth forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) are included: East Asian editions of
#: Excel fold them to their ASCII forms.
_FORMULA_START = re.compile(r"\s*[=+\-@＝＋－＠]|[\t\r]")


def looks_like_formula(value):
    """Whether a spreadsheet could read the text `value` as a formula."""
    return isinstance(value, str) and _FORMULA_START.match(value) is not None


def neutral_cell(value):
    """`value`, with a leading `'` if it is text a spreadsheet would run as a formula.

    Numbers, dates and None are returned as they are: a negative number is a number, not text.
    """
    if isinstance(value, Promise):
        value = str(value)
    return f"'{value}" if looks_like_formula(value) else value
