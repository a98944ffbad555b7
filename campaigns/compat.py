"""Every patch of a library the site depends on, in one place.

Each patch says why it exists and which upstream change would retire it. `apply()` runs once, from
`campaigns.exports.apps.ExportsConfig.ready()`, and refuses to start the site if a patched method
no longer has the signature the patch was written for: a silently skipped patch would let formulas
back into the exports. `tests/exports/test_compat.py` fails when upstream changes the methods or
starts doing the patch's job itself.
"""

import csv
import inspect

from django.core.exceptions import ImproperlyConfigured
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from campaigns.exports import neutral_cell
from campaigns.exports.csv import BOM, CONTENT_TYPE
from campaigns.exports.xlsx import protect

# Wagtail's spreadsheet exports ------------------------------------------------------------------
#
# Why: `SpreadsheetExportMixin` (the listings' and reports' "Download CSV": our activities, site
# history, page reports, aging pages, form submissions) writes every cell verbatim, so a title
# such as `=HYPERLINK(...)` runs as a formula in the spreadsheet that opens the file; and it writes
# UTF-8 without a byte order mark and declares no charset, so Excel garbles ă, î, ș, ț, â. Its
# XLSX export already keeps `=` text out of formulas; the patch adds Excel's quote prefix so the
# text stays text when edited, the rule `campaigns.exports.xlsx` applies to our own workbooks.
# Retire when: Wagtail neutralises CSV cells and writes a BOM itself (no such change as of 8.0.1;
# `test_upstream_still_writes_formulas` fails when it does).

#: The methods patched below, with the signatures the patches were written against.
SPREADSHEET_EXPORT_SIGNATURES = {
    "preprocess_field_value": "(self, field, value, export_format)",
    "stream_csv": "(self, queryset)",
    "generate_xlsx_row": "(self, worksheet, row_dict, date_format=None)",
    "write_csv_response": "(self, queryset)",
}
#: Wagtail's own methods, kept for the patches to call and for the tests to compare against.
ORIGINALS = {}


def _preprocess_field_value(self, field, value, export_format):
    value = ORIGINALS["preprocess_field_value"](self, field, value, export_format)
    return neutral_cell(value) if export_format == self.FORMAT_CSV else value


def _stream_csv(self, queryset):
    # Upstream's body with the byte order mark first and neutral headings (which bypass
    # `preprocess_field_value`).
    writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
    yield BOM.encode("utf-8")
    yield writer.writerow(
        {field: neutral_cell(self.get_heading(queryset, field)) for field in self.list_export}
    )
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


def _generate_xlsx_row(self, worksheet, row_dict, date_format=None):
    for cell in ORIGINALS["generate_xlsx_row"](self, worksheet, row_dict, date_format):
        yield protect(cell)


def _write_csv_response(self, queryset):
    response = ORIGINALS["write_csv_response"](self, queryset)
    response["Content-Type"] = CONTENT_TYPE
    return response


_SPREADSHEET_EXPORT_PATCHES = {
    "preprocess_field_value": _preprocess_field_value,
    "stream_csv": _stream_csv,
    "generate_xlsx_row": _generate_xlsx_row,
    "write_csv_response": _write_csv_response,
}


def patch_spreadsheet_export():
    if ORIGINALS:
        return
    for name, expected in SPREADSHEET_EXPORT_SIGNATURES.items():
        found = str(inspect.signature(getattr(SpreadsheetExportMixin, name)))
        if found != expected:
            raise ImproperlyConfigured(
                f"SpreadsheetExportMixin.{name} is now {name}{found}, not {name}{expected}: "
                "review the patch in campaigns/compat.py against the new Wagtail."
            )
    for name, patch in _SPREADSHEET_EXPORT_PATCHES.items():
        ORIGINALS[name] = getattr(SpreadsheetExportMixin, name)
        setattr(SpreadsheetExportMixin, name, patch)


def apply():
    """Apply every patch; safe to call more than once."""
    patch_spreadsheet_export()
