"""E-mail the other side of an order at each step, after the step is committed.

Mail goes through Django's mail API, so through django-anymail. It is sent from
`transaction.on_commit`, and every failure is logged and swallowed: an unreachable mail provider
must never undo or lose an order that was already recorded.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from campaigns.pages.roles import COORDINATORS_GROUP

from .forms import language_name
from .models import Order

logger = logging.getLogger(__name__)

SUBMITTED = "submitted"
APPROVED = "approved"
REJECTED = "rejected"
SHIPPED = "shipped"
RECEIVED = "received"

SUBJECTS = {
    SUBMITTED: _("Order %(number)s from %(post)s awaits your approval"),
    APPROVED: _("Your order %(number)s (%(post)s) was approved"),
    REJECTED: _("Your order %(number)s (%(post)s) was rejected"),
    SHIPPED: _("Your order %(number)s (%(post)s) was shipped"),
    RECEIVED: _("Order %(number)s was received by %(post)s"),
}
TO_COORDINATORS = {SUBMITTED, RECEIVED}


def notify_on_commit(order, event):
    """Send `event`'s e-mails about `order` once the current transaction commits."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(lambda: send_order_emails(order.pk, event, language))


def send_order_emails(order_id, event, language=None):
    """Send one e-mail per recipient, in the recipient's admin language; never raise."""
    try:
        order = Order.objects.select_related("post", "created_by").get(pk=order_id)
        recipients = _recipients(order, event, language or settings.LANGUAGE_CODE)
    except Exception:
        logger.exception("Could not prepare the %s e-mails for order %s", event, order_id)
        return 0
    sent = 0
    for address, recipient_language in recipients:
        try:
            with translation.override(recipient_language):
                message = _message(order, event, address)
            sent += message.send()
        except Exception:
            logger.exception("Could not e-mail %s about order %s (%s)", address, order_id, event)
    return sent


def coordinator_users():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=COORDINATORS_GROUP)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def _user_language(user, default):
    try:
        return user.wagtail_userprofile.preferred_language or default
    except ObjectDoesNotExist:  # no profile yet: the user never changed their admin settings
        return default


def _recipients(order, event, default_language):
    """(address, language) pairs without duplicates: users' own language, else `default`."""
    if event in TO_COORDINATORS:
        people = [
            (user.email, _user_language(user, default_language)) for user in coordinator_users()
        ]
    else:
        people = [(order.post.email, default_language)]
        author = order.created_by
        if author is not None and author.is_active and author.email:
            people.append((author.email, _user_language(author, default_language)))
    seen, unique = set(), []
    for address, language in people:
        if address and address.lower() not in seen:
            seen.add(address.lower())
            unique.append((address, language))
    return unique


def _message(order, event, address):
    params = {"number": order.pk, "post": order.post.name}
    lines = [
        {
            "material": line.material,
            "key": line.material.key,
            "language": language_name(line.language),
            "quantity": line.quantity,
        }
        for line in order.lines.select_related("material").order_by("pk")
    ]
    body = render_to_string(
        "posts/emails/order.txt",
        {
            "event": event,
            "order": order,
            "post": order.post,
            "lines": lines,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("consular_orders:detail", args=[order.pk]),
        },
    )
    return EmailMessage(
        subject=str(SUBJECTS[event] % params),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        headers={"Auto-Submitted": "auto-generated"},
    )
