"""The "Import activities" admin screen: templates to download, an upload that imports all rows
or shows every problem, and a refusal (403) for users who record no reach."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from campaigns.materials.models import Material
from campaigns.pages.roles import CENTRE_STAFF_GROUP
from campaigns.reach.models import Activity, ActivityMaterial, FigureChange
from tests.pages.campaign_tree import make_user
from tests.reach.spreadsheets import csv_bytes, upload, xlsx_bytes

IMPORT = "/admin/reach/import/"
HEADERS = [
    "campanie",
    "ce a avut loc",
    "data",
    "mediu",
    "județ",
    "tip de loc",
    "categorie de public",
]
HEADERS += ["beneficiari", "materiale distribuite", "materiale pe limbi"]


def row(title, beneficiaries=25):
    return [
        "jobul-perfect",
        title,
        datetime.datetime(2020, 6, 3),
        "urban",
        "TM",
        "școală",
        "foreign-workers",
        beneficiaries,
        30,
        "telverde-card:ro=30",
    ]


def counts():
    return Activity.objects.count(), ActivityMaterial.objects.count(), FigureChange.objects.count()


@pytest.fixture
def staff_client(client, tree):
    Material.objects.create(
        key="telverde-card",
        title_ro="Card Telverde",
        type=Material.Type.WALLET_CARD,
        review_by=timezone.localdate() + datetime.timedelta(days=365),
    )
    client.force_login(tree["timisoara_staff"])
    return client


@pytest.fixture
def outsider(client, tree, django_user_model):
    """A centre-staff account attached to no centre: admin access, but no reach to record."""
    client.force_login(make_user(django_user_model, "maria", CENTRE_STAFF_GROUP))
    return client


def test_the_menu_offers_the_import_to_those_who_report(staff_client):
    assert IMPORT in staff_client.get("/admin/").content.decode()


def test_the_menu_hides_the_import_from_others(outsider):
    response = outsider.get("/admin/")
    assert response.status_code == 200
    assert IMPORT not in response.content.decode()


def test_the_form_links_the_templates_in_both_languages(staff_client):
    response = staff_client.get(IMPORT)
    assert response.status_code == 200
    page = response.content.decode()
    for language in ("ro", "en"):
        for file_format in ("xlsx", "csv"):
            assert reverse("reach_import_template", args=[language, file_format]) in page
    assert 'enctype="multipart/form-data"' in page


def test_templates_download_with_their_headers(staff_client):
    response = staff_client.get(reverse("reach_import_template", args=["ro", "xlsx"]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="activitati.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["A1"].value == "campanie"

    response = staff_client.get(reverse("reach_import_template", args=["en", "csv"]))
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode("utf-8-sig").startswith("campaign,regional centre")

    assert staff_client.get("/admin/reach/import/template/de.xlsx").status_code == 404


def test_an_upload_imports_every_row_and_says_how_many(staff_client, tree):
    content = xlsx_bytes([HEADERS, row("Sesiune 1"), row("Sesiune 2")])
    response = staff_client.post(IMPORT, {"file": upload(content)}, follow=True)
    assert response.redirect_chain[0][0] == reverse("reach_activities:index")
    messages = [str(message) for message in response.context["messages"]]
    assert "2 activities were imported." in messages
    assert Activity.objects.filter(regional_centre=tree["timisoara"]).count() == 2
    assert set(FigureChange.objects.values_list("changed_by__username", flat=True)) == {"ana"}


def test_a_single_activity_is_counted_in_the_singular(staff_client):
    content = csv_bytes([HEADERS, row("Sesiune 1")], delimiter=";")
    response = staff_client.post(IMPORT, {"file": upload(content, "a.csv")}, follow=True)
    assert "1 activity was imported." in [str(m) for m in response.context["messages"]]


def test_an_upload_with_a_bad_row_shows_every_problem_and_saves_nothing(staff_client):
    before = counts()
    rows = [HEADERS, row("Sesiune 1"), row("Sesiune 2", beneficiaries="12.5"), row("Sesiune 3")]
    rows[3][4] = "Atlantida"
    response = staff_client.post(IMPORT, {"file": upload(xlsx_bytes(rows))})
    assert response.status_code == 200
    assert counts() == before
    errors = response.context["import_errors"]
    # English is the test user's admin language: columns are named in English.
    assert [(error.row, error.column, error.letter) for error in errors] == [
        (3, "beneficiaries", "H"),
        (4, "county", "E"),
    ]
    page = response.content.decode()
    assert "Correct these 2 problems" in page
    assert "<td>3</td>" in page and "beneficiaries (H)" in page
    assert "Nothing was imported" in page


def test_an_unreadable_file_is_reported_as_a_whole(staff_client):
    response = staff_client.post(IMPORT, {"file": upload(b"%PDF-1.7\x00\x01", "a.xlsx")})
    assert "neither an Excel workbook" in response.content.decode()
    assert "whole file" in response.content.decode()


def test_an_upload_without_a_file_asks_for_one(staff_client):
    response = staff_client.post(IMPORT, {})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_those_who_record_no_reach_are_refused_with_403(outsider):
    assert outsider.get(IMPORT).status_code == 403
    content = xlsx_bytes([HEADERS, row("Sesiune 1")])
    assert outsider.post(IMPORT, {"file": upload(content)}).status_code == 403
    template = reverse("reach_import_template", args=["ro", "xlsx"])
    assert outsider.get(template).status_code == 403
    assert Activity.objects.count() == 0
