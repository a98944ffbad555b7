"""Spreadsheets for the import tests, written as staff's Excel and LibreOffice write them."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook


def xlsx_bytes(rows, title="Activități"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, delimiter=",", bom=True, encoding="utf-8"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return ("\ufeff" if bom else "").encode(encoding) + buffer.getvalue().encode(encoding)


def upload(content, name="activitati.xlsx"):
    return SimpleUploadedFile(name, content)
