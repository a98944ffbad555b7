"""The outbox: stored first, delivered at once if the provider answers, retried if it does not."""

import datetime
import io
import logging

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.log import AdminEmailHandler

from campaigns.mail import queue
from campaigns.mail.models import OutgoingEmail

from .backends import Outage

pytestmark = pytest.mark.django_db

FLAKY = "tests.mail.backends.FlakyBackend"
TO = "centru.timisoara@anitp.example.org"


@pytest.fixture(autouse=True)
def flaky_provider(settings):
    settings.MAIL_DELIVERY_BACKEND = FLAKY
    settings.MAIL_MAX_ATTEMPTS = 4
    settings.ADMINS = [("Web team", "web@anitp.example.org")]
    Outage.reset()
    yield Outage
    Outage.reset()


def send(subject="Comanda 12 a fost aprobată"):
    return send_mail(subject, "Detaliile comenzii.", None, [TO])


def make_due():
    OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).update(
        next_attempt_at=timezone.now() - datetime.timedelta(seconds=1)
    )


def run_timer():
    out = io.StringIO()
    call_command("send_queued_mail", stdout=out)
    return out.getvalue()


def test_a_message_is_stored_and_delivered_at_once_and_never_again():
    assert send() == 1

    (outgoing,) = OutgoingEmail.objects.all()
    assert outgoing.status == OutgoingEmail.Status.SENT
    assert outgoing.attempts == 1
    assert outgoing.recipients == TO
    assert outgoing.message == {}  # delivered: only the record is kept
    assert outgoing.provider_message_id == "0"  # anymail's test backend: index in the outbox
    assert [message.to for message in mail.outbox] == [[TO]]

    make_due()  # even a stale schedule never resends a delivered message
    run_timer()
    assert len(mail.outbox) == 1


def test_a_failed_delivery_keeps_the_message_logs_it_and_the_timer_delivers_it_once(
    flaky_provider, caplog
):
    flaky_provider.reset(failures=1)
    before = timezone.now()
    with caplog.at_level(logging.ERROR, logger="campaigns.mail"):
        assert send() == 1  # accepted: the caller does not see the outage

    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.PENDING
    assert outgoing.attempts == 1
    assert "503 Service Unavailable" in outgoing.last_error
    assert before + datetime.timedelta(seconds=59) < outgoing.next_attempt_at
    assert outgoing.next_attempt_at < timezone.now() + datetime.timedelta(seconds=61)
    assert mail.outbox == []
    (record,) = caplog.records
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert f"E-mail {outgoing.pk}" in record.getMessage()

    run_timer()  # not due yet
    assert mail.outbox == []
    assert flaky_provider.attempts == 1

    make_due()
    assert run_timer().startswith("1 sent, 0 failed")
    run_timer()
    make_due()
    run_timer()

    assert [(message.subject, message.to) for message in mail.outbox] == [
        ("Comanda 12 a fost aprobată", [TO])
    ]
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.SENT
    assert outgoing.attempts == 2
    assert flaky_provider.attempts == 2


def test_the_wait_doubles_after_each_failure_up_to_four_hours(settings):
    settings.MAIL_RETRY_SECONDS = 60
    delays = [queue.retry_delay(attempts) for attempts in (1, 2, 3, 4, 9, 20)]
    assert delays == [
        datetime.timedelta(minutes=1),
        datetime.timedelta(minutes=2),
        datetime.timedelta(minutes=4),
        datetime.timedelta(minutes=8),
        datetime.timedelta(hours=4),
        datetime.timedelta(hours=4),
    ]


def test_after_the_last_attempt_the_message_fails_and_the_admins_are_told(flaky_provider, caplog):
    flaky_provider.reset(failures=None, only_to=TO)
    with caplog.at_level(logging.ERROR, logger="campaigns.mail"):
        send("Perioada S1 2026 a fost aprobată")
        for _attempt in range(5):
            make_due()
            run_timer()

    failed = OutgoingEmail.objects.get(is_alert=False)
    assert failed.status == OutgoingEmail.Status.FAILED
    assert failed.attempts == 4
    assert failed.next_attempt_at is None
    assert flaky_provider.attempts == 5  # four for the message, one for the alert
    gave_up = [record for record in caplog.records if "Gave up" in record.getMessage()]
    assert len(gave_up) == 1
    assert gave_up[0].levelno == logging.ERROR
    (alert,) = mail.outbox
    assert alert.to == ["web@anitp.example.org"]
    assert "Perioada S1 2026 a fost aprobată" in alert.subject
    assert "failed 4 times" in alert.body
    assert OutgoingEmail.objects.get(is_alert=True).status == OutgoingEmail.Status.SENT


def test_when_every_delivery_fails_the_alerts_do_not_multiply(flaky_provider, settings):
    """Even with ERRORs mailed to the admins by the logging, mail about mail stays bounded."""
    settings.MAIL_MAX_ATTEMPTS = 2
    flaky_provider.reset(failures=None)
    handler = AdminEmailHandler()
    logger = logging.getLogger("campaigns.mail")
    logger.addHandler(handler)
    try:
        send()
        for _minute in range(10):
            make_due()
            run_timer()
    finally:
        logger.removeHandler(handler)

    assert not OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).exists()
    assert OutgoingEmail.objects.filter(is_alert=False).count() == 1
    # The logged failures and the final warning: each tried twice, none of them mailed about.
    assert OutgoingEmail.objects.filter(is_alert=True).count() == 3
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"failed"}
    assert mail.outbox == []


def test_a_backend_that_accepts_nothing_counts_as_a_failure(settings):
    settings.MAIL_DELIVERY_BACKEND = "tests.mail.backends.RefusingBackend"
    send()
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.PENDING
    assert "accepted no message" in outgoing.last_error


def test_a_message_is_claimed_by_one_worker_only(flaky_provider):
    flaky_provider.reset(failures=1)
    send()
    make_due()
    first = OutgoingEmail.objects.get()
    second = OutgoingEmail.objects.get()

    assert queue.claim(first)
    assert not queue.claim(second)
    assert queue.send_due() == (0, 0)  # claimed: not due for anyone else
    assert queue.deliver(first)
    assert len(mail.outbox) == 1


def test_old_delivered_messages_are_forgotten_but_not_failed_ones(flaky_provider, settings):
    settings.MAIL_MAX_ATTEMPTS = 1
    settings.ADMINS = []
    send("sent long ago")
    flaky_provider.reset(failures=1)
    send("failed long ago")
    long_ago = timezone.now() - datetime.timedelta(days=8)
    OutgoingEmail.objects.update(created_at=long_ago, sent_at=long_ago)

    assert "1 old sent messages removed" in run_timer()
    assert list(OutgoingEmail.objects.values_list("subject", "status")) == [
        ("failed long ago", "failed")
    ]


def test_mail_with_no_recipient_is_not_stored():
    assert send_mail("Subiect", "Text", None, []) == 0
    assert not OutgoingEmail.objects.exists()
