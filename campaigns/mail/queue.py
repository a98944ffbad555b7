"""Deliver stored messages through the real (django-anymail) backend, with retries.

A message is tried once as soon as it is queued and then by `send_queued_mail` (every minute)
with an exponential backoff: 1, 2, 4, 8 ... minutes, at most 4 hours apart, until
`MAIL_MAX_ATTEMPTS`. Each attempt first claims the message with a conditional UPDATE, so two
workers (or the immediate attempt and the timer) never send the same message twice.

A message that fails for good is logged at ERROR and the ADMINS are told through
`mail_admins`. That warning is itself queued mail: while a failure is being logged, any mail
that logging produces is marked as an alert, and an alert's own failure produces no mail at
all, so a provider that is down cannot make mail about mail without end.
"""

import contextlib
import datetime
import logging
import threading

from django.conf import settings
from django.core.mail import get_connection, mail_admins
from django.db.models import F
from django.utils import timezone

from .models import OutgoingEmail
from .serialise import deserialise, serialise

logger = logging.getLogger(__name__)

#: How long a claimed message is left alone by other workers before it counts as abandoned.
CLAIM_LEASE = datetime.timedelta(minutes=10)
MAX_DELAY = datetime.timedelta(hours=4)

_state = threading.local()
ALERT = "alert"
DROP = "drop"


class DeliveryRefused(Exception):
    """The backend returned without raising but accepted nothing."""


def mode():
    """What the queue does with a message sent right now: None, ALERT or DROP."""
    return getattr(_state, "mode", None)


@contextlib.contextmanager
def _sending_mode(value):
    previous = mode()
    _state.mode = value
    try:
        yield
    finally:
        _state.mode = previous


def max_attempts():
    return max(1, int(getattr(settings, "MAIL_MAX_ATTEMPTS", 10)))


def retry_delay(attempts):
    """The wait after the `attempts`-th failed attempt."""
    base = datetime.timedelta(seconds=int(getattr(settings, "MAIL_RETRY_SECONDS", 60)))
    return min(base * 2 ** (attempts - 1), MAX_DELAY)


def enqueue(message, *, is_alert=False):
    """Store `message`, already claimed for the immediate attempt the caller makes next."""
    addresses = [str(address) for address in [*message.to, *message.cc]]
    return OutgoingEmail.objects.create(
        subject=str(message.subject),
        recipients=", ".join(addresses),
        message=serialise(message),
        attempts=1,
        next_attempt_at=timezone.now() + CLAIM_LEASE,
        is_alert=is_alert,
    )


def claim(outgoing):
    """Take a due message for one attempt; False if another worker got to it first."""
    now = timezone.now()
    claimed = OutgoingEmail.objects.filter(
        pk=outgoing.pk,
        status=OutgoingEmail.Status.PENDING,
        attempts=outgoing.attempts,
        next_attempt_at__lte=now,
    ).update(attempts=F("attempts") + 1, next_attempt_at=now + CLAIM_LEASE)
    if claimed:
        outgoing.attempts += 1
        outgoing.next_attempt_at = now + CLAIM_LEASE
    return bool(claimed)


def deliver(outgoing):
    """One attempt at a claimed message; True if the provider accepted it. Never raises."""
    try:
        message = deserialise(outgoing.message)
        with get_connection(settings.MAIL_DELIVERY_BACKEND, fail_silently=False) as connection:
            if not connection.send_messages([message]):
                raise DeliveryRefused("the mail backend accepted no message")
    except Exception as error:
        _failed(outgoing, error)
        return False
    status = getattr(message, "anymail_status", None)
    outgoing.status = OutgoingEmail.Status.SENT
    outgoing.sent_at = timezone.now()
    outgoing.next_attempt_at = None
    message_id = getattr(status, "message_id", None)
    outgoing.provider_message_id = "" if message_id is None else str(message_id)[:255]
    # Delivered: keep the record, not the content (a password reset link must not linger).
    outgoing.message = {}
    outgoing.save(
        update_fields=["status", "sent_at", "next_attempt_at", "provider_message_id", "message"]
    )
    return True


def _failed(outgoing, error):
    outgoing.last_error = f"{type(error).__name__}: {error}"[:4000]
    final = outgoing.attempts >= max_attempts()
    if final:
        outgoing.status = OutgoingEmail.Status.FAILED
        outgoing.next_attempt_at = None
    else:
        outgoing.next_attempt_at = timezone.now() + retry_delay(outgoing.attempts)
    outgoing.save(update_fields=["last_error", "status", "next_attempt_at"])
    # Mail produced while logging (an AdminEmailHandler) is an alert; about an alert, none.
    with _sending_mode(DROP if outgoing.is_alert else ALERT):
        if final:
            logger.error(
                "Gave up on e-mail %s (%r to %s) after %s attempts: %s",
                outgoing.pk,
                outgoing.subject,
                outgoing.recipients,
                outgoing.attempts,
                outgoing.last_error,
                exc_info=error,
            )
            if not outgoing.is_alert:
                mail_admins(
                    f"E-mail not delivered: {outgoing.subject}",
                    f"E-mail {outgoing.pk} to {outgoing.recipients} failed "
                    f"{outgoing.attempts} times and will not be retried.\n\n"
                    f"Last error: {outgoing.last_error}\n",
                    fail_silently=True,
                )
        else:
            logger.exception(
                "E-mail %s (%r to %s) failed, attempt %s of %s; next try at %s",
                outgoing.pk,
                outgoing.subject,
                outgoing.recipients,
                outgoing.attempts,
                max_attempts(),
                outgoing.next_attempt_at.isoformat(),
                exc_info=error,
            )


def send_due(limit=100):
    """Try every due message once (oldest first); return (sent, failed) counts."""
    sent = failed = 0
    due = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at", "pk")[:limit]
    for outgoing in list(due):
        if not claim(outgoing):
            continue
        if deliver(outgoing):
            sent += 1
        else:
            failed += 1
    return sent, failed


def purge_sent(days=None):
    """Forget delivered messages after `MAIL_KEEP_SENT_DAYS`: they hold personal addresses."""
    days = getattr(settings, "MAIL_KEEP_SENT_DAYS", 7) if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    deleted, _ = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.SENT, sent_at__lt=cutoff
    ).delete()
    return deleted
