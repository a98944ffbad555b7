"""XLSX cells that hold text a spreadsheet would run as a formula, kept as text.

openpyxl stores any string that starts with `=` as a formula. Such a cell is written as a string
with Excel's "quote prefix", the mark Excel itself sets when someone types `'=…`: the text reads
as written, and stays text when someone edits the cell. Unlike CSV, the value itself is unchanged,
so a value sheet that feeds a drop-down list still offers the exact value.
"""

from . import looks_like_formula


def protect(cell):
    """`cell`, as text with the quote prefix if its value looks like a formula."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def protect_row(cells):
    for cell in cells:
        protect(cell)


def append(sheet, values):
    """Append `values` to `sheet` (not a write-only one) and protect the new row's cells."""
    sheet.append(values)
    protect_row(sheet[sheet.max_row])
    return sheet[sheet.max_row]


def protect_workbook(workbook):
    """Protect every cell of `workbook` (not a write-only one) before it is saved."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            protect_row(row)
