"""Numbers of the roll-up written the way the reader's language writes them (babel's CLDR data).

Romanian writes 1.234 and 18,3 %, English 1,234 and 18.3%: the admin and the exports follow the
active language rather than Django's number localisation, which the site does not switch on.
"""

from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, format_percent
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

#: Percentages to one decimal: 18.3 %.
PERCENT_PLACES = Decimal("0.001")


def babel_locale(language=None):
    code = (language or translation.get_language() or "ro").replace("-", "_")
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_number(value, language=None):
    return format_decimal(value, locale=babel_locale(language))


def rounded_fraction(value):
    """A fraction rounded to a tenth of a percent, without trailing zeros (0.5, not 0.500)."""
    rounded = Decimal(value).quantize(PERCENT_PLACES)
    return rounded.normalize() if rounded else Decimal(0)


def format_fraction(value, language=None):
    """0.1834 as "18.3%" (en) or "18,3 %" (ro)."""
    return format_percent(
        rounded_fraction(value), locale=babel_locale(language), decimal_quantization=False
    )


def figure_text(figure, language=None):
    """A figure's value in words and numbers: "no activities", "not collected", 1,234, 18.3%."""
    if figure.activities == 0 and figure.from_reports is None:
        return str(_("no activities"))
    if figure.value is None:
        return str(_("not collected"))
    if figure.is_ratio:
        return format_fraction(figure.value, language)
    return format_number(figure.value, language)


def coverage_text(figure, language=None):
    """What a value stands on: how many activities collected it, and the counts of a ratio."""
    if figure.kind in ("activities", "campaigns"):
        return ""
    parts = []
    if figure.is_ratio and figure.denominator is not None:
        parts.append(
            _("%(numerator)s of %(denominator)s")
            % {
                "numerator": format_number(figure.numerator, language),
                "denominator": format_number(figure.denominator, language),
            }
        )
    if figure.activities:
        parts.append(
            _("collected by %(coverage)s of %(activities)s activities")
            % {
                "coverage": format_number(figure.coverage, language),
                "activities": format_number(figure.activities, language),
            }
        )
    if figure.from_reports is not None:
        parts.append(
            ngettext(
                "%(quantity)s from %(reports)s distribution report",
                "%(quantity)s from %(reports)s distribution reports",
                figure.reports,
            )
            % {
                "quantity": format_number(figure.from_reports, language),
                "reports": format_number(figure.reports, language),
            }
        )
    return "; ".join(str(part) for part in parts)
