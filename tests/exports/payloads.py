"""Text that a spreadsheet would run as a formula, and how to tell whether a file carries any."""

import csv
import io

import openpyxl

from campaigns.exports import looks_like_formula

PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1",
    "\r=1",
    "   =1+1",
    "=1+1",
    "=cmd|' /C notepad'!'A1'",
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
    "-1",
    "+1",
    "@A1",
    "\tplain",
    "\rplain",
    "\n=1",
    "\u00a0=1",
    "\u3000=1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(1)",
]
DIACRITICS = "ăîșțâ ĂÎȘȚÂ"
BOM = b"\xef\xbb\xbf"


def csv_cells(content):
    """Every cell of a CSV download, which must start with a UTF-8 byte order mark."""
    assert content.startswith(BOM)
    text = content[len(BOM) :].decode("utf-8")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [cell for row in rows for cell in row]


def _number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def formulas_in_csv(content):
    """Cells a spreadsheet would run: formula-like text other than a plain number such as -3."""
    return [cell for cell in csv_cells(content) if looks_like_formula(cell) and not _number(cell)]


def xlsx_cells(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def formulas_in_xlsx(content):
    """Cells a spreadsheet would run: formulas, or formula-like text without the quote prefix."""
    return [
        cell.value
        for cell in xlsx_cells(content)
        if cell.data_type == "f" or (looks_like_formula(cell.value) and not cell.quotePrefix)
    ]


def texts_in_xlsx(content):
    return {cell.value for cell in xlsx_cells(content) if isinstance(cell.value, str)}
