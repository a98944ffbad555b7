"""Reading a spreadsheet does bounded work whatever the file: a small file describing a huge
sheet is refused quickly, with a clear message, and nothing is imported."""

import io
import time
import zipfile

import pytest

from campaigns.reach.imports import (
    MAX_COLUMNS,
    MAX_SHEET_ROWS,
    FileRejected,
    import_activities,
    read_table,
)
from campaigns.reach.models import Activity, FigureChange
from campaigns.reach.spreadsheet_reading import MAX_CELL_CHARS, MAX_SHEETS
from tests.reach.spreadsheets import csv_bytes, upload, xlsx_bytes

#: A guard against a regression to reading the whole file, not a benchmark.
FAST = 5.0
IMPORT = "/admin/reach/import/"
HEADERS = ["campaign", "what took place", "date"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook_bytes(sheet_data, before="", after="", sheets=1, extra=()):
    """A workbook written part by part, as a hostile file would be: `sheet_data` is the
    `<sheetData>` content of every sheet, `before` and `after` what surrounds it."""
    sheet_type = f"{RELATIONSHIPS}/worksheet"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, sheets + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" Type="{RELATIONSHIPS}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheets>'
            + "".join(
                f'<sheet name="Sheet{n}" sheetId="{n}" r:id="rId{n}"/>'
                for n in range(1, sheets + 1)
            )
            + "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PACKAGE}">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="{sheet_type}" Target="worksheets/sheet{n}.xml"/>'
                for n in range(1, sheets + 1)
            )
            + "</Relationships>",
        )
        sheet = (
            f'<worksheet xmlns="{MAIN}">{before}<sheetData>'.encode()
            + sheet_data
            + f"</sheetData>{after}</worksheet>".encode()
        )
        for n in range(1, sheets + 1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", sheet)
        for name, content in extra:
            archive.writestr(name, content)
    return buffer.getvalue()


def inline_row(number, values):
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'.encode()


HEADER_ROW = inline_row(1, HEADERS)


def rejected(content, name="activitati.xlsx"):
    """The message `read_table` refuses `content` with, and how long it took."""
    start = time.perf_counter()
    with pytest.raises(FileRejected) as error:
        read_table(upload(content, name))
    return str(error.value.args[0]), time.perf_counter() - start


@pytest.fixture
def ana(tree):
    return tree["timisoara_staff"]


# The two files that took a worker down -------------------------------------------------------


def test_six_million_empty_rows_are_refused_at_the_row_limit_quickly(ana, client):
    content = workbook_bytes(HEADER_ROW + b"<row/>" * 6_000_000)
    assert len(content) < 200 * 1024  # the file that kept a worker busy until it was killed

    start = time.perf_counter()
    result = import_activities(upload(content), ana)
    elapsed = time.perf_counter() - start

    assert [(error.row, error.column) for error in result.errors] == [(None, "")]
    assert result.errors[0].message == (
        "The file has more than 6,000 rows, counting empty ones, and at most 5,000 activities "
        "are imported at once. Delete the empty rows below the activities, or split the file."
    )
    assert not Activity.objects.exists() and not FigureChange.objects.exists()
    assert elapsed < FAST

    client.force_login(ana)
    start = time.perf_counter()
    response = client.post(IMPORT, {"file": upload(content)})
    assert time.perf_counter() - start < FAST
    assert response.status_code == 200
    assert "more than 6,000 rows, counting empty ones" in response.content.decode()
    assert not Activity.objects.exists()


def test_a_csv_row_of_200000_columns_is_refused_quickly(ana):
    content = csv_bytes([["x"] * 200_000, ["jobul-perfect"] * 200_000])

    start = time.perf_counter()
    result = import_activities(upload(content, "activitati.csv"), ana)
    elapsed = time.perf_counter() - start

    assert [error.message for error in result.errors] == [
        "Row 1 has more than 60 columns, counting empty ones. Delete the columns after the last "
        "one you use."
    ]
    assert not Activity.objects.exists()
    assert elapsed < FAST


# Rows ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sheet_data",
    [
        # One far row: openpyxl would make up every empty row before it.
        HEADER_ROW + inline_row(6_000_000, ["x"]),
        # Rows without numbers, counted one after the other.
        HEADER_ROW + b"<row/>" * MAX_SHEET_ROWS,
    ],
    ids=["a-far-row", "unnumbered-rows"],
)
def test_a_sheet_past_the_row_limit_is_refused_whatever_is_empty(sheet_data):
    message, elapsed = rejected(workbook_bytes(sheet_data))
    assert "more than 6,000 rows" in message
    assert elapsed < FAST


def test_a_declared_size_that_lies_does_not_hide_rows():
    content = workbook_bytes(
        HEADER_ROW + b"<row/>" * MAX_SHEET_ROWS, before='<dimension ref="A1:C2"/>'
    )
    assert "more than 6,000 rows" in rejected(content)[0]


def test_every_part_of_the_workbook_counts_whatever_its_name():
    """The workbook's relationships may put a sheet anywhere, and openpyxl reads every sheet."""
    hidden = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode() + b"<row/>" * 6001
    content = workbook_bytes(HEADER_ROW, extra=[("xl/elsewhere/hidden.xml", hidden)])
    assert "more than 6,000 rows" in rejected(content)[0]


def test_a_sheet_at_the_row_limit_is_read_empty_rows_included():
    rows = [HEADERS, *([None] * 3 for _ in range(MAX_SHEET_ROWS - 2)), ["a", "b", "c"]]
    table = read_table(upload(xlsx_bytes(rows)))
    assert len(table) == MAX_SHEET_ROWS
    assert table[-1] == ["a", "b", "c"]


def test_a_csv_past_the_row_limit_is_refused_whatever_is_empty():
    content = csv_bytes([HEADERS]) + b"\r\n" * MAX_SHEET_ROWS + b"a,b,c\r\n"
    message, elapsed = rejected(content, "activitati.csv")
    assert "more than 6,000 rows" in message
    assert elapsed < FAST
    at_the_limit = csv_bytes([HEADERS, *([""] * 3 for _ in range(MAX_SHEET_ROWS - 1))])
    assert len(read_table(upload(at_the_limit, "activitati.csv"))) == MAX_SHEET_ROWS


# Columns and cells ---------------------------------------------------------------------------


def test_a_cell_past_the_column_limit_is_refused_even_when_empty():
    content = workbook_bytes(HEADER_ROW + b'<row r="2"><c r="XFD2"/></row>')
    message, elapsed = rejected(content)
    assert message.startswith("Row 2 has more than 60 columns")
    assert elapsed < FAST


def test_unnumbered_cells_are_counted_one_after_the_other():
    content = workbook_bytes(b'<row r="1">' + b"<c/>" * (MAX_COLUMNS + 1) + b"</row>")
    assert rejected(content)[0].startswith("Row 1 has more than 60 columns")


def test_rows_at_the_column_limit_are_read_whole():
    row = [f"c{n}" for n in range(MAX_COLUMNS)]
    assert read_table(upload(xlsx_bytes([row, row])))[1] == row
    assert read_table(upload(csv_bytes([row, row]), "a.csv"))[1] == row
    wider = csv_bytes([row, [*row, ""]])
    assert rejected(wider, "a.csv")[0].startswith("Row 2 has more than 60 columns")


@pytest.mark.parametrize("name", ["activitati.xlsx", "activitati.csv"])
def test_a_cell_longer_than_a_spreadsheet_cell_is_refused(name):
    row = ["x" * (MAX_CELL_CHARS + 1), "b", "c"]
    if name.endswith(".xlsx"):  # written directly: openpyxl cuts a longer text to the limit
        content = workbook_bytes(HEADER_ROW + inline_row(2, row))
    else:
        content = csv_bytes([HEADERS, row])
    assert rejected(content, name)[0] == (
        "A cell holds more than 32,767 characters, more than a spreadsheet cell can."
    )


# The rest of the workbook --------------------------------------------------------------------


def test_a_workbook_that_would_take_openpyxl_long_to_build_is_refused():
    merged = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(1, 200_000))
    content = workbook_bytes(HEADER_ROW, after=f"<mergeCells>{merged}</mergeCells>")
    message, elapsed = rejected(content)
    assert message.startswith("The workbook holds too much to be read")
    assert elapsed < FAST


def test_too_many_sheets_are_refused():
    message = rejected(workbook_bytes(HEADER_ROW, sheets=MAX_SHEETS + 1))[0]
    assert message == "The workbook has more than 50 sheets."


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    bomb = b"\0" * (101 * 1024 * 1024)
    content = workbook_bytes(HEADER_ROW, extra=[("xl/media/bomb.bin", bomb)])
    assert len(content) < 1024 * 1024
    message, elapsed = rejected(content)
    assert message == "The file is larger than 5 MB. Split it into several files."
    assert elapsed < FAST


def test_a_document_type_is_refused():
    """Spreadsheet XML has none; one can only be there to expand entities ("billion laughs")."""
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        f'<sst xmlns="{MAIN}"><si><t>&lol2;</t></si></sst>'
    )
    content = workbook_bytes(HEADER_ROW, extra=[("xl/sharedStrings.xml", laughs)])
    assert rejected(content)[0] == "The workbook could not be read; it may be damaged."


def test_an_ordinary_workbook_still_reads():
    content = xlsx_bytes([HEADERS, ["jobul-perfect", "Sesiune", "2020-06-03"]])
    assert read_table(upload(content)) == [HEADERS, ["jobul-perfect", "Sesiune", "2020-06-03"]]
