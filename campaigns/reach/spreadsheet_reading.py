"""Reading an uploaded spreadsheet (XLSX or CSV) into rows, with bounded work whatever the file.

A small file can describe a huge sheet: a 179 KB workbook of six million empty rows kept a worker
busy until gunicorn killed it, and a CSV line of 200,000 columns took seconds to check. So a file
is read up to fixed limits of rows and columns, counting empty ones, and refused as soon as it
passes one. Before openpyxl sees a workbook, every part of it is scanned with expat (which builds
nothing): openpyxl reads a whole sheet just to size it when the sheet does not declare its size,
and a declared size can lie.
"""

import csv
import io
import zipfile
from xml.parsers import expat

import openpyxl
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from openpyxl.utils import column_index_from_string
from openpyxl.xml.constants import SHEET_MAIN_NS

MAX_BYTES = 5 * 1024 * 1024
#: Activities in one file.
MAX_ROWS = 5000
#: Rows read from a sheet, empty ones included: the activities, the headers and room for some
#: empty rows between or below them. Reading stops, and the file is refused, past it.
MAX_SHEET_ROWS = MAX_ROWS + 1000
#: The template has 34 columns; room for a few of the importer's own.
MAX_COLUMNS = 60
#: The most a spreadsheet cell holds (Excel's limit).
MAX_CELL_CHARS = 32_767
#: A 5 MB workbook can hold a zip bomb; real activity sheets unpack to a few megabytes.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: The template has four sheets.
MAX_SHEETS = 50
#: Parts of the ZIP archive: a workbook from Excel has a few dozen.
MAX_PARTS = 1000
#: What openpyxl is given to build from a workbook's XML, in units of one element of a cell
#: (`row`, `c`, `v`, `is`, `t`, a shared string `si`); any other element (a merged range, a
#: formatting rule, a style, a rich-text run...) takes openpyxl about five times as long and
#: counts 5. A template filled with 5,000 activities counts about half a million; the limit
#: takes openpyxl about five seconds at worst.
MAX_XML_COST = 750_000

_CHUNK = 64 * 1024
_MAIN = f"{SHEET_MAIN_NS}}}"
_ROW = f"{SHEET_MAIN_NS}}}row"
_CELL = f"{SHEET_MAIN_NS}}}c"
_SHEET = f"{SHEET_MAIN_NS}}}sheet"
_CELL_CONTENT = {_MAIN + name for name in ("sheetData", "row", "c", "v", "f", "is", "t", "si")}


class FileRejected(Exception):
    """The file as a whole cannot be read; nothing in it is looked at further."""


def read_table(upload, is_data_sheet=None):
    """The rows of the upload as lists of cell values, row 1 (the headers) first.

    From a workbook, the first sheet whose title `is_data_sheet` accepts, else the first sheet.
    """
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise FileRejected(_too_large())
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FileRejected(_too_large())
    if not data.strip():
        raise FileRejected(_("The file is empty."))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, is_data_sheet or (lambda title: False))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRejected(
            _("This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV.")
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRejected(
            _("This is a UTF-16 text file. Save it as “CSV UTF-8” or as an Excel workbook.")
        )
    return _read_csv(data)


def clean_cell(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def filled(values):
    return any(clean_cell(value) is not None for value in values)


def _too_large():
    return _("The file is larger than %(size)s MB. Split it into several files.") % {
        "size": MAX_BYTES // (1024 * 1024)
    }


def _not_a_spreadsheet():
    return _("The file is neither an Excel workbook (.xlsx) nor a CSV file.")


def _damaged():
    return _("The workbook could not be read; it may be damaged.")


def _too_many_rows():
    return _(
        "The file has more than %(limit)s rows, counting empty ones, and at most %(activities)s "
        "activities are imported at once. Delete the empty rows below the activities, or split "
        "the file."
    ) % {
        "limit": number_format(MAX_SHEET_ROWS, force_grouping=True),
        "activities": number_format(MAX_ROWS, force_grouping=True),
    }


def _too_many_columns(row):
    return _(
        "Row %(row)s has more than %(limit)s columns, counting empty ones. Delete the columns "
        "after the last one you use."
    ) % {"row": row, "limit": MAX_COLUMNS}


def _cell_too_long():
    return _("A cell holds more than %(limit)s characters, more than a spreadsheet cell can.") % {
        "limit": number_format(MAX_CELL_CHARS, force_grouping=True)
    }


def _check_row(number, values):
    if number > MAX_SHEET_ROWS:
        raise FileRejected(_too_many_rows())
    if len(values) > MAX_COLUMNS:
        raise FileRejected(_too_many_columns(number))
    if any(isinstance(value, str) and len(value) > MAX_CELL_CHARS for value in values):
        raise FileRejected(_cell_too_long())


# XLSX ----------------------------------------------------------------------------------------


def _read_xlsx(data, is_data_sheet):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive)
    except zipfile.BadZipFile as error:
        raise FileRejected(_not_a_spreadsheet()) from error
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise FileRejected(_damaged()) from error
    try:
        sheets = [sheet for sheet in workbook.worksheets if is_data_sheet(sheet.title)]
        sheet = (sheets or workbook.worksheets)[0]
        sheet.reset_dimensions()  # some writers record a wrong size, which cuts columns off
        rows, filled_rows = [], 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            _check_row(number, values)
            rows.append(list(values))
            filled_rows += filled(values)
            if filled_rows > MAX_ROWS + 1:  # the headers and one row too many: enough to refuse
                break
        return rows
    finally:
        workbook.close()


def _check_archive(archive):
    """Refuse a workbook whose reading could take long, before openpyxl reads anything."""
    parts = archive.infolist()
    if "xl/workbook.xml" not in {part.filename for part in parts}:
        raise FileRejected(
            _(
                "The file is a ZIP archive but not an Excel workbook (an OpenDocument or Word "
                "file?). Save it as an Excel workbook (.xlsx) or as CSV."
            )
        )
    if len(parts) > MAX_PARTS:
        raise FileRejected(_damaged())
    if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise FileRejected(_too_large())
    scan = _XmlScan()
    for part in parts:
        # Every part, whatever its name: the workbook's relationships may put a sheet anywhere.
        scan.part(archive, part)


class _XmlScan:
    """Counts what openpyxl would build from a workbook's XML, and stops at the first limit."""

    def __init__(self):
        self.cost = 0
        self.sheets = 0

    def part(self, archive, part):
        self.row = self.column = 0
        self.text = None
        parser = expat.ParserCreate(namespace_separator="}")
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.StartDoctypeDeclHandler = self.refuse_doctype
        try:
            with archive.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError:
            # Not XML (an image, say): openpyxl reads it as XML only if the workbook says it is
            # one, and then fails on it as it does here.
            return
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise FileRejected(_damaged()) from error

    def start(self, name, attributes):
        self.cost += 1 if name in _CELL_CONTENT else 5
        if self.cost > MAX_XML_COST:
            raise FileRejected(
                _(
                    "The workbook holds too much to be read (formatting, hidden sheets or "
                    "cells). Copy the activities into the template and upload that."
                )
            )
        if name == _ROW:
            self.row = _position(attributes.get("r"), self.row + 1, int)
            self.column = 0
            if self.row > MAX_SHEET_ROWS:
                raise FileRejected(_too_many_rows())
        elif name == _CELL:
            self.column = _position(attributes.get("r"), self.column + 1, _column_of)
            if self.column > MAX_COLUMNS:
                raise FileRejected(_too_many_columns(self.row))
        elif name == _SHEET:
            self.sheets += 1
            if self.sheets > MAX_SHEETS:
                raise FileRejected(
                    _("The workbook has more than %(limit)s sheets.") % {"limit": MAX_SHEETS}
                )
        # Text is measured in the spreadsheet's own elements (cells, shared strings) only.
        self.text = 0 if name.startswith(_MAIN) else None

    def end(self, name):
        self.text = None

    def characters(self, data):
        if self.text is not None:
            self.text += len(data)
            if self.text > MAX_CELL_CHARS:
                raise FileRejected(_cell_too_long())

    def refuse_doctype(self, *args):
        # Spreadsheet XML has no document type; one can only be there to expand entities.
        raise FileRejected(_damaged())


def _position(reference, following, parse):
    """The row or column a reference names, or the one after the previous when it has none."""
    if not reference:
        return following
    try:
        return parse(reference)
    except ValueError:
        return following  # openpyxl refuses it later as a damaged file


def _column_of(reference):
    return column_index_from_string(reference.rstrip("0123456789"))


# CSV -----------------------------------------------------------------------------------------


def _read_csv(data):
    if b"\x00" in data:
        raise FileRejected(_not_a_spreadsheet())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRejected(
            _(
                "The CSV file is not in UTF-8. In Excel choose “Save as” and the type "
                "“CSV UTF-8 (comma delimited)”, or upload the workbook (.xlsx) itself."
            )
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    rows = []
    try:
        # csv splits a line of 200,000 columns in milliseconds; the checks after it are what
        # took seconds. Counting delimiters in the raw line instead would count those inside
        # quoted text (the materials column lists `key:language=count; ...`).
        for number, values in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
        ):
            _check_row(number, values)
            rows.append(values)
    except csv.Error as error:
        raise FileRejected(
            _("The CSV file could not be read: %(error)s") % {"error": error}
        ) from error
    return rows
