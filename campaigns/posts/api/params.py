"""Reading the parameters the schema declares, with a 422 that says what to change.

Each check here is the server's half of a constraint in `schemas`: the same enum, the same
pattern, the same formats.
"""

import re
from datetime import UTC, date, datetime, time

from django.utils import timezone
from ninja.errors import HttpError

from .schemas import (
    LANGUAGE_CODE,
    LANGUAGE_CODES,
    LANGUAGES_PATTERN,
    MATERIAL_KEY,
    MATERIALS_PATTERN,
    MAX_BUNDLE_MATERIALS,
)

# RFC 3339's full-date and date-time (the schema's `date` and `date-time` formats); the letters
# T and Z may be lower case there. ASCII digits only: Python's \d also matches ٢٠٢٥.
RFC3339_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
RFC3339_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
# The earliest and latest instants Python (and so the database adapter) can hold.
EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)


def language(value, parameter):
    """A content language code, or None when the parameter is absent."""
    if value is None:
        return None
    if value not in LANGUAGE_CODES:
        raise HttpError(
            422,
            f"Unknown language '{value}' in '{parameter}'. "
            f"Content languages: {', '.join(LANGUAGE_CODES)}.",
        )
    return value


def choice(value, parameter, choices, noun):
    if value is not None and value not in choices:
        raise HttpError(
            422, f"Unknown {noun} '{value}' in '{parameter}'. Known: {', '.join(choices)}."
        )
    return value


def since(value):
    """`updated_since` as an aware datetime in UTC; a bare date means that day's start.

    An instant before year 1 or after year 9999 once in UTC (`0001-01-01T00:00:00+01:00`) is
    still a valid date-time: it asks for everything, or for nothing, and gets that.
    """
    if value is None:
        return None
    invalid = HttpError(
        422,
        f"Invalid 'updated_since': '{value}' is not an RFC 3339 date or date-time, e.g. "
        "2025-03-01 or 2025-03-01T09:30:00Z (a date-time needs its offset; in a URL write '+' "
        "as '%2B').",
    )
    try:
        if RFC3339_DATE.fullmatch(value):
            moment = timezone.make_aware(datetime.combine(date.fromisoformat(value), time.min))
        elif RFC3339_DATE_TIME.fullmatch(value):
            # RFC 3339 allows a leap second (:60), Python does not: the second before will do.
            text = value.upper()
            text = text[:17] + "59" + text[19:] if text[17:19] == "60" else text
            moment = datetime.fromisoformat(text)
        else:
            raise invalid
    except ValueError:
        raise invalid from None
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return EARLIEST if moment.year == 1 else LATEST


def listed(value, parameter, pattern, item, noun, at_most=None):
    """The items of a comma-separated list, without blanks or repeats, in the order given.

    The pattern decides (it is the schema's); the rest only finds the words to say why not.
    """
    items = [part.strip(" ") for part in value.split(",")]
    given = list(dict.fromkeys(part for part in items if part))
    if re.fullmatch(pattern, value):
        return given
    if not given:
        raise HttpError(422, f"Give at least one {noun} in '{parameter}'.")
    wrong = [part for part in given if not re.fullmatch(item, part)]
    if wrong:
        raise HttpError(
            422, f"Not a {noun} in '{parameter}': {', '.join(wrong)}. {_expected(parameter)}"
        )
    count = len([part for part in items if part])
    if at_most and count > at_most:
        raise HttpError(422, f"'{parameter}' takes at most {at_most} {noun}s; {count} given.")
    raise HttpError(422, f"Invalid '{parameter}'. {_expected(parameter)}")


def _expected(parameter):
    if parameter == "languages":
        return f"Content languages: {', '.join(LANGUAGE_CODES)}."
    return "Keys are letters, digits, '-' and '_', separated by commas."


def bundle_keys(value):
    return listed(
        value, "materials", MATERIALS_PATTERN, MATERIAL_KEY, "material key", MAX_BUNDLE_MATERIALS
    )


def bundle_languages(value):
    return listed(value, "languages", LANGUAGES_PATTERN, LANGUAGE_CODE, "language code")
