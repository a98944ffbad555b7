"""Nothing is recorded twice, whatever arrives at once: identical requests fired together at a
live server (see tests/parallel.py), on SQLite and on PostgreSQL, then the rows counted."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from campaigns.mail.models import OutgoingEmail
from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import Activity, FigureChange, PeriodTransition, ReportingPeriod
from campaigns.reach.notifications import _recipients
from campaigns.submissions.models import Submission
from tests.pages.campaign_tree import build_campaign_tree
from tests.parallel import Browser, at_once
from tests.reach.spreadsheets import csv_bytes

ACTIVITIES = "/admin/reach/activities/"
HEADERS = ["campaign", "what took place", "date", "setting", "county", "venue type", "audience"]


@pytest.fixture
def tree(live_site):
    """The campaign tree, written to the live server's database."""
    return build_campaign_tree(get_user_model())


def activity_form(tree, hidden, title="Sesiune de informare, Liceul Carmen Sylva"):
    return {
        **hidden,
        "campaign": tree["jobs"].pk,
        "title": title,
        "regional_centre": tree["timisoara"].pk,
        "consular_post": "",
        "audience": tree["workers"].pk,
        "start_date": "2020-06-03",
        "end_date": "",
        "setting": "urban",
        "venue_type": "school",
        "county": "TM",
        "country": "",
        "beneficiaries": "30",
    }


def test_four_uploads_of_one_file_at_once_import_it_once(live_site, tree):
    rows = [HEADERS] + [
        [
            "jobul-perfect",
            f"Sesiune de informare {n}",
            "2020-06-03",
            "urban",
            "TM",
            "școală",
            "foreign-workers",
        ]
        for n in range(3)
    ]
    sheet = csv_bytes(rows)
    browsers = [Browser.signed_in(live_site, tree["timisoara_staff"]) for _ in range(4)]
    forms = [browser.form("/admin/reach/import/") for browser in browsers]
    sent = iter(zip(browsers, forms, strict=True))

    def upload():
        browser, hidden = next(sent)
        return browser.request(
            "/admin/reach/import/",
            {
                "csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"],
                "file": SimpleUploadedFile("activitati.csv", sheet),
            },
            multipart=True,
        )

    responses = at_once(4, upload)

    assert sorted(response.status for response in responses) == [200, 200, 200, 302]
    refused = [response for response in responses if response.status == 200]
    assert all("already recorded" in response.body for response in refused)
    assert Activity.objects.count() == 3
    assert FigureChange.objects.values("activity_id").distinct().count() == 3


def test_a_form_sent_three_times_at_once_saves_one_activity(live_site, tree):
    browser = Browser.signed_in(live_site, tree["timisoara_staff"])
    data = activity_form(tree, browser.form(f"{ACTIVITIES}new/"))

    responses = at_once(3, lambda: browser.request(f"{ACTIVITIES}new/", data))

    assert [response.status for response in responses] == [302, 302, 302]
    activity = Activity.objects.get()
    assert Submission.objects.get().url == f"{ACTIVITIES}inspect/{activity.pk}/"
    assert FigureChange.objects.exclude(activity_id=activity.pk).count() == 0


def test_the_same_activity_from_two_forms_at_once_is_recorded_once(live_site, tree):
    browsers = [Browser.signed_in(live_site, tree["timisoara_staff"]) for _ in range(2)]
    sent = iter(
        [(browser, activity_form(tree, browser.form(f"{ACTIVITIES}new/"))) for browser in browsers]
    )

    def send():
        browser, data = next(sent)
        return browser.request(f"{ACTIVITIES}new/", data)

    responses = at_once(2, send)

    assert sorted(response.status for response in responses) == [200, 302]
    refused = next(response for response in responses if response.status == 200)
    assert "This activity is already recorded" in refused.body
    assert Activity.objects.count() == 1


def test_four_approvals_of_one_period_at_once_approve_it_once(live_site, tree):
    ActivityFactory(campaign=tree["jobs"], start_date=datetime.date(2020, 6, 3))
    period = ReportingPeriod.objects.get()
    period.submit(tree["timisoara_staff"])
    coordinator = Browser.signed_in(live_site, tree["coordinator"])
    hidden = coordinator.form(f"/admin/reach/periods/{period.pk}/")
    approve = f"/admin/reach/periods/{period.pk}/approve/"

    responses = at_once(
        4,
        lambda: coordinator.request(
            approve, {"csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"]}
        ),
    )

    assert [response.status for response in responses] == [302] * 4
    period.refresh_from_db()
    assert period.status == ReportingPeriod.Status.APPROVED
    assert PeriodTransition.objects.filter(to_status=period.Status.APPROVED).count() == 1
    assert OutgoingEmail.objects.count() == len(_recipients(period, "en")) > 0


def test_a_semester_submitted_twice_at_once_is_submitted_once(live_site, tree):
    ActivityFactory(campaign=tree["jobs"], start_date=datetime.date(2020, 6, 3))
    staff = Browser.signed_in(live_site, tree["timisoara_staff"])
    hidden = staff.form("/admin/reach/periods/submit/")
    data = {
        "csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"],
        "reporter": f"centre:{tree['timisoara'].pk}",
        "year": "2020",
        "semester": "1",
    }

    responses = at_once(2, lambda: staff.request("/admin/reach/periods/submit/", data))

    assert sorted(response.status for response in responses) == [200, 302]
    period = ReportingPeriod.objects.get()
    assert period.status == ReportingPeriod.Status.SUBMITTED
    assert PeriodTransition.objects.count() == 1
    assert OutgoingEmail.objects.count() == len(_recipients(period, "en")) > 0
