"""The one rule for every spreadsheet the site writes, on its own and in the two formats."""

import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.utils.translation import gettext_lazy

from campaigns.exports import looks_like_formula, neutral_cell
from campaigns.exports.csv import CONTENT_TYPE, csv_bytes, csv_response, writer
from campaigns.exports.xlsx import append, protect_workbook

from .payloads import BOM, DIACRITICS, PAYLOADS, formulas_in_csv, formulas_in_xlsx

SAFE_TEXT = ["Timiș", "a=b", "", "1+1", "'=1", "Sesiune - școală", "e-mail@example.org", "x@y"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_neutralised(payload):
    assert neutral_cell(payload) == "'" + payload
    assert not looks_like_formula(neutral_cell(payload))


def test_the_payloads_cover_the_list_the_issue_names():
    assert len(PAYLOADS) == 22
    assert [payload for payload in PAYLOADS if looks_like_formula(payload)] == PAYLOADS


@pytest.mark.parametrize("text", SAFE_TEXT)
def test_other_text_is_left_as_it_is(text):
    assert neutral_cell(text) == text


@pytest.mark.parametrize(
    "value", [-5, -2.5, Decimal("-1.5"), 0, None, True, datetime.date(2020, 6, 3)]
)
def test_numbers_dates_and_empty_cells_are_not_text(value):
    assert neutral_cell(value) is value


def test_lazy_text_is_judged_as_text():
    assert neutral_cell(gettext_lazy("=1")) == "'=1"


def test_neutralising_twice_changes_nothing():
    assert [neutral_cell(neutral_cell(payload)) for payload in PAYLOADS] == [
        neutral_cell(payload) for payload in PAYLOADS
    ]


def test_csv_is_utf8_with_a_bom_and_carries_no_formula():
    content = csv_bytes([[DIACRITICS, -3, *PAYLOADS]], delimiter=";")
    assert content.startswith(BOM)
    assert DIACRITICS in content.decode("utf-8-sig")
    assert ";-3;" in content.decode("utf-8-sig")
    assert formulas_in_csv(content) == []


def test_a_response_written_in_several_goes_has_one_bom():
    response = csv_response("x.csv", [["a"]])
    writer(response, bom=False).writerow(["=1"])
    assert response["Content-Type"] == CONTENT_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    assert response.content == BOM + b"a\r\n'=1\r\n"


def test_xlsx_text_stays_text_with_its_value_and_numbers_stay_numbers():
    workbook = openpyxl.Workbook()
    append(workbook.active, [*PAYLOADS, -3])
    workbook.create_sheet().cell(row=1, column=1, value="=1+1")
    protect_workbook(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert formulas_in_xlsx(buffer.getvalue()) == []
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]
    assert [cell.value for cell in sheet[1]][:-1] == PAYLOADS
    assert sheet.cell(row=1, column=len(PAYLOADS) + 1).value == -3
