"""Every CSV and XLSX the site writes, downloaded through the admin with text typed by editors
that a spreadsheet would run: none of it arrives as a formula, and CSV is UTF-8 with a BOM."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from campaigns.materials.models import Material
from campaigns.pages.factories import CampaignPageFactory
from campaigns.pna.models import Indicator, MetricKey
from campaigns.qr.models import ScanCount
from campaigns.reach.factories import ActivityFactory
from tests.pages.campaign_tree import build_campaign_tree
from tests.reach.rollup_data import build_plan

from .payloads import (
    BOM,
    DIACRITICS,
    PAYLOADS,
    csv_cells,
    formulas_in_csv,
    formulas_in_xlsx,
    texts_in_xlsx,
)

TODAY = timezone.localdate()


@pytest.fixture
def world(db, django_user_model):
    tree = build_campaign_tree(django_user_model)
    tree["timisoara"].name = PAYLOADS[0]
    tree["timisoara"].save()
    return tree


@pytest.fixture
def activities(world):
    for position, payload in enumerate(PAYLOADS):
        ActivityFactory(
            campaign=world["jobs"],
            title=payload,
            start_date=datetime.date(2020, 6, 1) + datetime.timedelta(days=position),
            beneficiaries=position,
        )
    ActivityFactory(campaign=world["jobs"], title=f"Sesiune {DIACRITICS}")


@pytest.fixture
def pages(world):
    for position, payload in enumerate(PAYLOADS):
        page = CampaignPageFactory(
            parent=world["index"],
            regional_centre=world["timisoara"],
            title_ro=payload,
            title_en=payload,
            slug_ro=f"campanie-{position}",
        )
        page.save_revision().publish()


@pytest.fixture
def history(world, django_user_model):
    author = django_user_model.objects.create_user(username="=evil", password="pw")
    home = Page.objects.get(pk=world["home"].pk)
    for payload in PAYLOADS:
        PageLogEntry.objects.create(
            page=home,
            label=payload,
            action="wagtail.edit",
            content_type=ContentType.objects.get_for_model(home),
            user=author,
            timestamp=timezone.now(),
        )


@pytest.fixture
def materials(world):
    review_by = TODAY + datetime.timedelta(days=365)
    for position, payload in enumerate(PAYLOADS):
        material = Material.objects.create(
            key=f"material-{position}",
            title_ro=payload,
            title_en=payload,
            type=Material.Type.LEAFLET,
            review_by=review_by,
        )
        ScanCount.objects.create(material=material, language="ro", day=TODAY, scans=position + 1)


@pytest.fixture
def plan(world):
    plan = build_plan(world)
    plan["schools"].text_ro = plan["schools"].text_en = PAYLOADS[1]
    plan["schools"].save()
    for position, payload in enumerate(PAYLOADS, start=10):
        Indicator.objects.create(
            action=plan["schools"],
            position=position,
            metric_key=MetricKey.BENEFICIARIES,
            wording_ro=payload,
            wording_en=payload,
        )
    ActivityFactory(campaign=world["jobs"], start_date=datetime.date(2020, 3, 1))


def body(response):
    assert response.status_code == 200
    return response.getvalue()


def assert_csv_carries_the_payloads_as_text(response):
    content = body(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith(BOM)
    cells = csv_cells(content)
    assert formulas_in_csv(content) == []
    assert set(PAYLOADS) <= {cell[1:] for cell in cells if cell.startswith("'")}
    return cells


def assert_xlsx_carries_the_payloads_as_text(response):
    content = body(response)
    assert formulas_in_xlsx(content) == []
    assert set(PAYLOADS) <= texts_in_xlsx(content)


@pytest.fixture
def coordinator(client, world):
    client.force_login(world["coordinator"])
    return client


@pytest.fixture
def superuser(admin_client, world):
    return admin_client


def test_the_activity_list_csv(coordinator, activities):
    cells = assert_csv_carries_the_payloads_as_text(
        coordinator.get("/admin/reach/activities/", {"export": "csv"})
    )
    assert f"Sesiune {DIACRITICS}" in cells
    assert "21" in cells  # a count stays a number


def test_the_activity_list_xlsx(coordinator, activities):
    assert_xlsx_carries_the_payloads_as_text(
        coordinator.get("/admin/reach/activities/", {"export": "xlsx"})
    )


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_wagtails_site_history(superuser, history, export):
    response = superuser.get("/admin/reports/site-history/", {"export": export})
    if export == "csv":
        cells = assert_csv_carries_the_payloads_as_text(response)
        assert "'=evil" in cells
    else:
        assert_xlsx_carries_the_payloads_as_text(response)


def test_wagtails_page_reports(superuser, pages):
    Page.objects.filter(title_ro__in=PAYLOADS).update(locked=True)
    for report in ("aging-pages", "locked"):
        url = f"/admin/reports/{report}/"
        assert_csv_carries_the_payloads_as_text(superuser.get(url, {"export": "csv"}))
        assert_xlsx_carries_the_payloads_as_text(superuser.get(url, {"export": "xlsx"}))


def test_the_qr_report(coordinator, materials):
    cells = assert_csv_carries_the_payloads_as_text(coordinator.get("/admin/qr-scans/scans.csv"))
    assert str(len(PAYLOADS)) in cells


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_rollup(coordinator, plan, language):
    query = {"year": "2020", "lang": language}
    cells = assert_csv_carries_the_payloads_as_text(
        coordinator.get("/admin/reach/rollup/export.csv", query)
    )
    assert ("Acțiune" if language == "ro" else "Action") in cells
    assert_xlsx_carries_the_payloads_as_text(
        coordinator.get("/admin/reach/rollup/export.xlsx", query)
    )


def test_the_import_templates(client, world, pages, materials):
    client.force_login(world["timisoara_staff"])
    content = body(client.get("/admin/reach/import/template/ro.csv"))
    assert content.startswith(BOM + b"campanie;")
    assert "județ" in content.decode("utf-8-sig")
    response = client.get("/admin/reach/import/template/ro.xlsx")
    assert formulas_in_xlsx(body(response)) == []
    assert {PAYLOADS[0], PAYLOADS[5]} <= texts_in_xlsx(body(response))
