"""CSV as the site writes it: UTF-8 with a byte order mark, and no cell a spreadsheet would run.

Without the byte order mark Excel reads UTF-8 as the Windows code page and garbles ă, î, ș, ț, â.
"""

import csv
import io

from django.http import HttpResponse

from . import neutral_cell

BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"


def neutral_row(values):
    return [neutral_cell(value) for value in values]


class Writer:
    """`csv.writer` over `file`, every cell passed through `neutral_cell`."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, values):
        return self._writer.writerow(neutral_row(values))

    def writerows(self, rows):
        for values in rows:
            self.writerow(values)


def writer(file, *, bom=True, **options):
    """A `Writer` on `file`, after the byte order mark unless `bom` is false (a file continued)."""
    if bom:
        file.write(BOM)
    return Writer(file, **options)


def csv_text(rows, **options):
    """`rows` as CSV text, byte order mark first."""
    buffer = io.StringIO()
    writer(buffer, **options).writerows(rows)
    return buffer.getvalue()


def csv_bytes(rows, **options):
    return csv_text(rows, **options).encode("utf-8")


def csv_response(filename, rows=(), **options):
    """A download named `filename` holding `rows`; write more rows to it with `writer(response,
    bom=False)`."""
    response = HttpResponse(content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer(response, **options).writerows(rows)
    return response
