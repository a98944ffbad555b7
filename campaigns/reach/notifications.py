"""E-mail the other side when a reporting period moves: coordinators on a submission, the
centre's (or post's) staff on an approval, a return for corrections or a reopening.

Sent through Django's mail API (so django-anymail) after the transition commits; a failing mail
provider is logged and never undoes the transition.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from campaigns.posts.notifications import _user_language, coordinator_users

from .models import ReportingPeriod

logger = logging.getLogger(__name__)

SUBJECTS = {
    "submitted": _("%(reporter)s submitted its activities for %(period)s"),
    "approved": _("The activities of %(reporter)s for %(period)s were approved"),
    "sent_back": _("The activities of %(reporter)s for %(period)s need corrections"),
    "reopened": _("The activities of %(reporter)s for %(period)s were reopened"),
}


def notify_on_commit(period, event, note=""):
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(lambda: send_period_emails(period.pk, event, note, language))


def _recipients(period, default_language):
    if period.reporter is None:
        return []
    if period.status == ReportingPeriod.Status.SUBMITTED:
        users = list(coordinator_users())
        addresses = []
    else:
        users = list(period.reporter.staff.filter(is_active=True).exclude(email=""))
        addresses = [getattr(period.reporter, "email", "")]
    people = [(user.email, _user_language(user, default_language)) for user in users]
    people += [(address, default_language) for address in addresses if address]
    seen, unique = set(), []
    for address, language in people:
        if address.lower() not in seen:
            seen.add(address.lower())
            unique.append((address, language))
    return unique


def send_period_emails(period_id, event, note="", language=None):
    """One e-mail per recipient, in the recipient's admin language; never raises."""
    try:
        period = ReportingPeriod.objects.select_related("regional_centre", "consular_post").get(
            pk=period_id
        )
        recipients = _recipients(period, language or settings.LANGUAGE_CODE)
    except Exception:
        logger.exception("Could not prepare the %s e-mails for period %s", event, period_id)
        return 0
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "reach_periods:detail", args=[period.pk]
    )
    sent = 0
    for address, recipient_language in recipients:
        try:
            with translation.override(recipient_language):
                params = {"reporter": str(period.reporter), "period": str(period.label)}
                message = EmailMessage(
                    subject=str(SUBJECTS[event] % params),
                    body=render_to_string(
                        "reach/emails/period.txt",
                        {"event": event, "period": period, "note": note, "url": url, **params},
                    ),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=[address],
                    headers={"Auto-Submitted": "auto-generated"},
                )
            sent += message.send()
        except Exception:
            logger.exception("Could not e-mail %s about period %s (%s)", address, period_id, event)
    return sent
