"""The "QR scans" report: coordinators and superusers only, per period, as a table and a CSV."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.menu import admin_menu

from campaigns.qr.models import ScanCount
from tests.qr.conftest import make_material

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.qr.urls")]

REPORT = "/admin/qr-scans/"
CSV = "/admin/qr-scans/scans.csv"


@pytest.fixture
def scans(leaflet, london, rome):
    today = timezone.localdate()
    poster = make_material("afis-munca", languages=("ro",))
    poster.title_en = "Work poster"
    poster.save()
    rows = [
        (leaflet, "ne", london, today, 3),
        (leaflet, "ne", london, today - datetime.timedelta(days=1), 2),
        (leaflet, "ne", rome, today, 4),
        (leaflet, "ne", None, today, 1),
        (leaflet, "ur", london, today - datetime.timedelta(days=29), 5),
        (leaflet, "ro", None, today - datetime.timedelta(days=30), 100),  # outside 30 days
        (poster, "ro", None, today - datetime.timedelta(days=3), 7),
    ]
    for material, language, post, day, count in rows:
        ScanCount.objects.create(
            material=material, language=language, post=post, day=day, scans=count
        )
    return today


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_urls_are_where_the_menu_points():
    assert reverse("qr_admin:report") == REPORT
    assert reverse("qr_admin:csv") == CSV


def test_anonymous_visitors_are_sent_to_log_in(client):
    for url in (REPORT, CSV):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_regional_centre_staff_may_not_see_the_report(client, centre_staff, scans):
    client.force_login(centre_staff)
    assert client.get(REPORT).status_code == 403
    response = client.get(CSV)
    assert response.status_code == 403
    assert "gb-london" not in response.content.decode()


def test_the_menu_item_is_shown_to_coordinators_only(rf, coordinator, centre_staff, admin_user):
    def labels(user):
        request = rf.get("/admin/")
        request.user = user
        return [item.label for item in admin_menu.menu_items_for_request(request)]

    assert "QR scans" in labels(coordinator)
    assert "QR scans" in labels(admin_user)
    assert "QR scans" not in labels(centre_staff)


def test_a_coordinator_sees_the_last_30_days_per_material_language_and_post(
    client, coordinator, scans
):
    client.force_login(coordinator)
    response = client.get(REPORT)
    assert response.status_code == 200
    rows = [
        (row.material_key, row.language, row.post_code, row.scans)
        for row in response.context["rows"]
    ]
    assert rows == [
        ("afis-munca", "ro", "", 7),
        ("jobul-perfect", "ur", "gb-london", 5),  # Urdu before Nepali, as in the switcher
        ("jobul-perfect", "ne", "", 1),
        ("jobul-perfect", "ne", "gb-london", 5),
        ("jobul-perfect", "ne", "it-roma", 4),
    ]
    assert response.context["total"] == 22
    assert response.context["start"] == scans - datetime.timedelta(days=29)
    content = response.content.decode()
    assert "Work poster" in content  # the title in the admin's language
    assert "Consulatul General al României la Londra" in content


def test_the_report_takes_one_aggregate_query(coordinator, scans, django_assert_num_queries):
    from campaigns.qr.report import scan_rows

    with django_assert_num_queries(1):
        scan_rows(scans - datetime.timedelta(days=29), scans)


def test_a_superuser_chooses_the_period_and_the_grouping(admin_client, scans):
    day = scans - datetime.timedelta(days=30)
    response = admin_client.get(REPORT, {"start": day, "end": day, "group": "language"})
    rows = [(row.material_key, row.language, row.scans) for row in response.context["rows"]]
    assert rows == [("jobul-perfect", "ro", 100)]
    assert not response.context["by_post"]

    response = admin_client.get(REPORT, {"group": "language"})
    rows = [(row.material_key, row.language, row.scans) for row in response.context["rows"]]
    assert rows == [
        ("afis-munca", "ro", 7),
        ("jobul-perfect", "ur", 5),
        ("jobul-perfect", "ne", 10),
    ]


def test_a_period_that_ends_before_it_starts_is_refused(admin_client, scans):
    response = admin_client.get(REPORT, {"start": scans, "end": scans - datetime.timedelta(1)})
    assert response.status_code == 200
    assert "The period must start before it ends." in response.content.decode()
    assert response.context["total"] == 22  # the default period meanwhile


def test_the_csv_holds_the_same_table(client, coordinator, scans):
    client.force_login(coordinator)
    page = client.get(REPORT)
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    start = scans - datetime.timedelta(days=29)
    assert response["Content-Disposition"] == (
        f'attachment; filename="qr-scans-{start}-{scans}.csv"'
    )
    header, *rows = read_csv(response)
    assert header == ["from", "to", "material", "title", "language", "post", "post_name", "scans"]
    assert [(row[2], row[4], row[5], int(row[7])) for row in rows] == [
        (row.material_key, row.language, row.post_code, row.scans) for row in page.context["rows"]
    ]
    assert rows[0][:2] == [str(start), str(scans)]
    assert 'href="/admin/qr-scans/scans.csv"' in page.content.decode()


def test_the_csv_follows_the_chosen_grouping(admin_client, scans):
    response = admin_client.get(CSV, {"group": "language"})
    header, *rows = read_csv(response)
    assert header == ["from", "to", "material", "title", "language", "scans"]
    assert [(row[2], row[4], row[5]) for row in rows] == [
        ("afis-munca", "ro", "7"),
        ("jobul-perfect", "ur", "5"),
        ("jobul-perfect", "ne", "10"),
    ]
