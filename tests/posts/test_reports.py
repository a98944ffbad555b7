"""Distribution reports: one per post and semester, counts only ("not collected" is not 0),
locked once approved until a coordinator reopens them; bad input saves nothing."""

import datetime

import pytest
from django.utils import timezone

from campaigns.posts.models import DistributionLine, DistributionReport
from tests.posts.helpers import messages_of, report_data

pytestmark = pytest.mark.django_db

REPORTS = "/admin/distribution-reports/"
LAST_YEAR = timezone.localdate().year - 1


def counts():
    return DistributionReport.objects.count(), DistributionLine.objects.count()


@pytest.fixture
def report(world):
    """A submitted report of London's for the first half of last year."""
    report = DistributionReport.objects.create(
        post=world["london"],
        year=LAST_YEAR,
        semester=1,
        people_reached=340,
        associations_involved=None,
        status=DistributionReport.Status.SUBMITTED,
    )
    DistributionLine.objects.create(
        report=report, material=world["leaflet"], language="ro", quantity=300
    )
    return report


def test_staff_record_a_semester_with_not_collected_distinct_from_zero(world, as_user):
    client = as_user(world["ana"])
    assert client.get(f"{REPORTS}new/").status_code == 200
    response = client.post(
        f"{REPORTS}new/",
        report_data(
            world["london"],
            LAST_YEAR,
            2,
            [(world["leaflet"], "en", 120), (world["withdrawn"], "ro", 0)],
            people=0,
            associations="",
        ),
        follow=True,
    )
    report = DistributionReport.objects.get()
    assert response.redirect_chain[-1][0] == f"{REPORTS}{report.pk}/"
    assert "saved as a draft" in " ".join(messages_of(response))
    assert report.status == DistributionReport.Status.DRAFT
    assert report.people_reached == 0
    assert report.associations_involved is None
    assert sorted(report.lines.values_list("language", "quantity")) == [("en", 120), ("ro", 0)]
    assert "not collected" in response.content.decode()


def test_submit_approve_lock_and_reopen(world, as_user, report):
    staff = as_user(world["ana"])
    report.status = DistributionReport.Status.DRAFT
    report.save()
    staff.post(f"{REPORTS}{report.pk}/submit/")
    report.refresh_from_db()
    assert report.status == DistributionReport.Status.SUBMITTED and report.submitted_at

    # Staff cannot approve their own report.
    assert staff.post(f"{REPORTS}{report.pk}/approve/").status_code == 403

    coordinator = as_user(world["coordinator"])
    response = coordinator.post(f"{REPORTS}{report.pk}/approve/", follow=True)
    assert "its period is now locked" in " ".join(messages_of(response))
    report.refresh_from_db()
    assert report.is_locked and report.locked_at

    # Locked: no change, no deletion, and the reason given.
    staff = as_user(world["ana"])
    before = counts()
    response = staff.post(
        f"{REPORTS}{report.pk}/edit/",
        report_data(world["london"], LAST_YEAR, 1, [(world["leaflet"], "ro", 1)], people=1),
        follow=True,
    )
    assert "This period is locked" in " ".join(messages_of(response))
    response = staff.post(f"{REPORTS}{report.pk}/delete/", follow=True)
    assert "This period is locked" in " ".join(messages_of(response))
    assert staff.get(f"{REPORTS}{report.pk}/edit/", follow=True).redirect_chain
    report.refresh_from_db()
    assert report.people_reached == 340
    assert list(report.lines.values_list("quantity", flat=True)) == [300]
    assert counts() == before

    # Coordinators are bound by the lock too, until they reopen it.
    coordinator = as_user(world["coordinator"])
    response = coordinator.post(f"{REPORTS}{report.pk}/delete/", follow=True)
    assert "This period is locked" in " ".join(messages_of(response))
    assert as_user(world["ana"]).post(f"{REPORTS}{report.pk}/reopen/").status_code == 403
    coordinator = as_user(world["coordinator"])
    coordinator.post(f"{REPORTS}{report.pk}/reopen/")
    report.refresh_from_db()
    assert report.status == DistributionReport.Status.DRAFT and report.locked_at is None

    staff = as_user(world["ana"])
    staff.post(
        f"{REPORTS}{report.pk}/edit/",
        report_data(world["london"], LAST_YEAR, 1, [(world["leaflet"], "ro", 310)], people=350),
    )
    report.refresh_from_db()
    assert report.people_reached == 350
    assert list(report.lines.values_list("quantity", flat=True)) == [310]


def test_a_draft_cannot_be_approved(world, as_user, report):
    report.status = DistributionReport.Status.DRAFT
    report.save()
    response = as_user(world["coordinator"]).post(f"{REPORTS}{report.pk}/approve/", follow=True)
    assert "is still a draft" in " ".join(messages_of(response))
    report.refresh_from_db()
    assert not report.is_locked


def test_a_second_report_for_the_same_semester_is_refused(world, as_user, report):
    before = counts()
    response = as_user(world["ana"]).post(
        f"{REPORTS}new/", report_data(world["london"], LAST_YEAR, 1, [(world["poster"], "ro", 5)])
    )
    assert "already has a report for January–June" in response.content.decode()
    assert counts() == before


def test_a_report_for_a_locked_period_is_refused(world, as_user, report):
    report.status = DistributionReport.Status.LOCKED
    report.locked_at = timezone.now()
    report.save()
    before = counts()
    response = as_user(world["ana"]).post(
        f"{REPORTS}new/", report_data(world["london"], LAST_YEAR, 1, [(world["poster"], "ro", 5)])
    )
    assert "This period is locked" in response.content.decode()
    assert counts() == before


def test_another_post_may_report_the_same_semester(world, as_user, report):
    as_user(world["marco"]).post(
        f"{REPORTS}new/", report_data(world["rome"], LAST_YEAR, 1, [(world["poster"], "ro", 5)])
    )
    assert DistributionReport.objects.filter(post=world["rome"]).count() == 1


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("quantity", -1, "The number distributed cannot be negative."),
        ("quantity", "mult", "Enter the number distributed as a whole number, e.g. 120."),
        ("quantity", "1.5", "Enter the number distributed as a whole number, e.g. 120."),
        ("people", -3, "A count cannot be negative."),
        ("people", "unii", "Enter a whole number, or leave the field empty if it was not counted."),
        ("quantity", 1_000_001, "At most 1,000,000: a larger number cannot be right."),
        ("people", 10_000_001, "At most 10,000,000: a larger number cannot be right."),
        ("people", 2**63 - 1, "At most 10,000,000: a larger number cannot be right."),
    ],
)
def test_bad_counts_are_refused(world, as_user, field, value, error):
    quantity = value if field == "quantity" else 10
    people = value if field == "people" else ""
    before = counts()
    response = as_user(world["ana"]).post(
        f"{REPORTS}new/",
        report_data(
            world["london"], LAST_YEAR, 2, [(world["leaflet"], "ro", quantity)], people=people
        ),
    )
    assert error in response.content.decode()
    assert "The report was not saved" in " ".join(messages_of(response))
    assert counts() == before


def test_associations_and_a_year_past_their_bounds_are_refused(world, as_user):
    before = counts()
    response = as_user(world["ana"]).post(
        f"{REPORTS}new/",
        report_data(world["london"], 99999, 1, [(world["leaflet"], "ro", 1)], associations=100_001),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a year up to 2100." in page
    assert "At most 100,000: a larger number cannot be right." in page
    assert counts() == before


def test_a_semester_that_has_not_begun_is_refused(world, as_user):
    next_year = timezone.localdate().year + 1
    before = counts()
    response = as_user(world["ana"]).post(
        f"{REPORTS}new/", report_data(world["london"], next_year, 1, [(world["leaflet"], "ro", 1)])
    )
    assert "has not begun yet" in response.content.decode()
    assert counts() == before


def test_the_current_semester_may_be_drafted(world, as_user):
    today = timezone.localdate()
    semester = 1 if today < datetime.date(today.year, 7, 1) else 2
    as_user(world["ana"]).post(f"{REPORTS}new/", report_data(world["london"], today.year, semester))
    assert DistributionReport.objects.filter(year=today.year, semester=semester).exists()


def test_staff_of_another_post_cannot_see_or_change_a_report(world, as_user, report):
    client = as_user(world["marco"])
    assert f'data-report="{report.pk}"' not in client.get(REPORTS).content.decode()
    assert client.get(f"{REPORTS}{report.pk}/").status_code == 403
    assert client.get(f"{REPORTS}{report.pk}/edit/").status_code == 403
    response = client.post(
        f"{REPORTS}{report.pk}/edit/",
        report_data(world["london"], LAST_YEAR, 1, [(world["leaflet"], "ro", 1)]),
    )
    assert response.status_code == 403
    assert client.post(f"{REPORTS}{report.pk}/delete/").status_code == 403
    assert client.post(f"{REPORTS}{report.pk}/submit/").status_code == 403
    report.refresh_from_db()
    assert report.people_reached == 340
    assert DistributionReport.objects.filter(pk=report.pk).exists()
    # Nor report for it.
    before = counts()
    response = client.post(f"{REPORTS}new/", report_data(world["london"], LAST_YEAR, 2))
    assert "Select a valid choice" in response.content.decode()
    assert counts() == before


def test_regional_centre_staff_cannot_see_reports(world, as_user, report):
    client = as_user(world["centre_staff"])
    assert client.get(REPORTS).status_code == 403
    assert client.get(f"{REPORTS}{report.pk}/").status_code == 403


def test_a_coordinator_sees_every_posts_reports(world, as_user, report):
    listing = as_user(world["coordinator"]).get(REPORTS).content.decode()
    assert f'data-report="{report.pk}"' in listing
