"""Hostile input for the fuzz battery, and a reader of the filter fields a page offers.

The values are what a careless client, a broken spreadsheet or an attacker sends: numbers past
the database's integers, NUL and direction overrides, quotes that end a search expression, paths
that climb out, 10,000 characters, wrong types, SQL, emoji and bytes that are not UTF-8. A
parameter is tried with a few of them, chosen in rotation, so every value meets several
parameters while the whole battery stays a few thousand requests.
"""

from html.parser import HTMLParser
from urllib.parse import quote

HOSTILE = [
    str(2**63),  # one past the largest 64-bit integer
    str(10**20),
    "-1",
    "",
    "\x00",
    "a\x00b",
    "\u202eevil",  # right-to-left override
    '"',
    "'",
    '"unterminated',
    "%",
    "../../../etc/passwd",
    "x" * 10_000,
    "true",
    "abc",
    "2020-13-45",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "1' OR '1'='1' --",
    "🙂",
    "-9223372036854775809",
    "1e309",
    "NaN",
    "٣",  # an Arabic-Indic digit: int() reads it, the database does not
    "<script>alert(1)</script>",
    "\\",
    "\r\n",
    str(2**63 - 1),
]
# Already percent-encoded: bytes that are not UTF-8, an encoded NUL, an overlong dot.
RAW = ["%ff", "%00", "%c0%ae%c0%ae", "%ed%a0%80"]
# Path segments for ids in addresses (`<int:pk>` only matches digits).
HUGE_IDS = [str(2**63), str(10**20), str(2**63 - 1)]


def encode(value):
    return quote(value, safe="")


def rotation(start, count, values=HOSTILE):
    """`count` values from `values`, starting at `start`: neighbouring parameters differ."""
    return [values[(start + step) % len(values)] for step in range(count)]


def variants(parameter, start, count):
    """Query strings trying `parameter` with `count` hostile values, then one malformed query.

    The malformed one is, in rotation, a raw encoding that is not UTF-8, the parameter twice
    and the parameter as a PHP-style list.
    """
    name = encode(parameter)
    queries = [f"{name}={encode(value)}" for value in rotation(start, count)]
    malformed = [
        f"{name}={RAW[start % len(RAW)]}",
        f"{name}=1&{name}={encode(HOSTILE[start % len(HOSTILE)])}",
        f"{encode(parameter + '[]')}=1",
    ]
    queries.append(malformed[start % len(malformed)])
    return queries


def every_variant(parameter, start):
    """`parameter` with every hostile value and every malformed query."""
    name = encode(parameter)
    return [
        *(f"{name}={encode(value)}" for value in rotation(start, len(HOSTILE))),
        *(f"{name}={raw}" for raw in RAW),
        f"{name}=1&{name}={encode(HOSTILE[start % len(HOSTILE)])}",
        f"{encode(parameter + '[]')}=1",
    ]


class FilterFields(HTMLParser):
    """Names of the fields a page submits by GET: its filters, search box and pagination.

    Wagtail's listing filters sit outside any form element (its drilldown submits them), so a
    field outside a form counts too; fields of POST forms do not.
    """

    def __init__(self):
        super().__init__()
        self.names = set()
        self._form_method = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form_method = (attrs.get("method") or "get").lower()
        elif (
            tag in ("input", "select", "textarea")
            and attrs.get("name")
            and self._form_method in (None, "get")
            and attrs.get("type") != "submit"
        ):
            self.names.add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form_method = None


def filter_fields(html):
    parser = FilterFields()
    parser.feed(html)
    return parser.names - {"csrfmiddlewaretoken"}
