"""Review of reporting periods in the admin: submit, approve (locks), send back, reopen; e-mails."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import PeriodTransition, ReportingPeriod

PERIODS = "/admin/reach/periods/"


@pytest.fixture
def period(tree):
    ActivityFactory(campaign=tree["week"], start_date=datetime.date(2020, 10, 14), beneficiaries=25)
    ActivityFactory(
        campaign=tree["week"], start_date=datetime.date(2020, 10, 15), beneficiaries=None
    )
    return ReportingPeriod.objects.get()


def test_staff_see_their_periods_with_totals(tree, client, period):
    client.force_login(tree["iasi_staff"])
    response = client.get(PERIODS)
    assert response.status_code == 200
    row = response.context["items"][0]
    assert (row.activity_count, row.beneficiaries_total) == (2, 25)
    client.force_login(tree["timisoara_staff"])
    response = client.get(PERIODS)
    assert list(response.context["items"]) == []
    assert client.get(f"{PERIODS}{period.pk}/").status_code == 403


def test_submit_then_approve_locks_and_emails_each_side(
    tree, client, period, django_capture_on_commit_callbacks
):
    client.force_login(tree["iasi_staff"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{PERIODS}{period.pk}/submit/")
    assert response.status_code == 302
    period.refresh_from_db()
    assert period.status == "submitted" and period.submitted_by == tree["iasi_staff"]
    assert [message.to for message in mail.outbox] == [["coordinator@anitp.example.org"]]

    # Centre staff cannot approve their own period.
    assert client.post(f"{PERIODS}{period.pk}/approve/").status_code == 403
    period.refresh_from_db()
    assert period.status == "submitted"

    client.force_login(tree["coordinator"])
    response = client.get(PERIODS)
    assert response.context["awaiting"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{PERIODS}{period.pk}/approve/")
    period.refresh_from_db()
    assert period.is_locked and period.approved_by == tree["coordinator"]
    assert "ion@anitp.example.org" in mail.outbox[-1].to
    assert "approved" in mail.outbox[-1].subject
    history = list(period.transitions.values_list("from_status", "to_status"))
    assert history == [("submitted", "approved"), ("open", "submitted")]


def test_sending_back_needs_a_note_and_reopens_for_corrections(tree, client, period):
    period.submit(tree["iasi_staff"])
    client.force_login(tree["coordinator"])
    client.post(f"{PERIODS}{period.pk}/send-back/", {"note": "  "})
    period.refresh_from_db()
    assert period.status == "submitted"
    client.post(f"{PERIODS}{period.pk}/send-back/", {"note": "Lipsesc elevii chestionați."})
    period.refresh_from_db()
    assert period.status == "open"
    assert PeriodTransition.objects.filter(note="Lipsesc elevii chestionați.").exists()


def test_reopening_needs_a_reason_and_is_coordinators_only(tree, client, period):
    period.submit(tree["iasi_staff"])
    period.approve(tree["coordinator"])
    client.force_login(tree["iasi_staff"])
    assert client.post(f"{PERIODS}{period.pk}/reopen/", {"note": "x"}).status_code == 403
    client.force_login(tree["coordinator"])
    client.post(f"{PERIODS}{period.pk}/reopen/", {"note": ""})
    period.refresh_from_db()
    assert period.is_locked
    client.post(f"{PERIODS}{period.pk}/reopen/", {"note": "Date corectate de centru"})
    period.refresh_from_db()
    assert period.status == "open"


def test_a_semester_without_activities_can_be_submitted_but_not_a_future_one(tree, client):
    client.force_login(tree["timisoara_staff"])
    reporter = f"centre:{tree['timisoara'].pk}"
    response = client.post(f"{PERIODS}submit/", {"reporter": reporter, "year": 2021, "semester": 1})
    assert response.status_code == 302
    period = ReportingPeriod.objects.get()
    assert (period.regional_centre, period.status) == (tree["timisoara"], "submitted")

    next_year = timezone.localdate().year + 1
    response = client.post(
        f"{PERIODS}submit/", {"reporter": reporter, "year": next_year, "semester": 1}
    )
    assert response.status_code == 200
    assert "has not started" in response.text
    # Another centre is not among the choices.
    response = client.post(
        f"{PERIODS}submit/", {"reporter": f"centre:{tree['iasi'].pk}", "year": 2021, "semester": 1}
    )
    assert response.status_code == 200
    assert ReportingPeriod.objects.count() == 1


def test_submitting_twice_is_refused_with_a_message(tree, client, period):
    period.submit(tree["iasi_staff"])
    client.force_login(tree["iasi_staff"])
    response = client.post(f"{PERIODS}{period.pk}/submit/", follow=True)
    assert "Only an open period can be submitted." in response.text
    assert PeriodTransition.objects.count() == 1
