"""An order's life: submitted by a post, approved or rejected and shipped by a coordinator,
received by the post.

Each step checks who acts and the order's current status under a row lock, so two clicks or two
people cannot move an order twice; each step e-mails the other side after it is committed.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from campaigns.pages.roles import is_coordinator

from . import notifications
from .models import Order, OrderLine
from .roles import acts_for

Status = Order.Status


class OrderError(Exception):
    """A step the order's status does not allow; the message says why, to the user."""


# action: (status it needs, status it leads to, time stamp it sets, e-mail event)
STEPS = {
    "approve": (Status.SUBMITTED, Status.APPROVED, "approved_at", notifications.APPROVED),
    "reject": (Status.SUBMITTED, Status.REJECTED, None, notifications.REJECTED),
    "ship": (Status.APPROVED, Status.SHIPPED, "shipped_at", notifications.SHIPPED),
    "receive": (Status.SHIPPED, Status.RECEIVED, "received_at", notifications.RECEIVED),
}
WRONG_STATUS = {
    "approve": _(
        "Order %(number)s cannot be approved: its status is “%(status)s”, and only a submitted "
        "order can be approved."
    ),
    "reject": _(
        "Order %(number)s cannot be rejected: its status is “%(status)s”, and only a submitted "
        "order can be rejected."
    ),
    "ship": _(
        "Order %(number)s cannot be shipped: its status is “%(status)s”, and only an approved "
        "order can be shipped."
    ),
    "receive": _(
        "Order %(number)s cannot be confirmed as received: its status is “%(status)s”, and only "
        "a shipped order can be received."
    ),
}
ALREADY_RECEIVED = _("Order %(number)s was already confirmed as received on %(date)s.")


def may(user, action, order):
    """Coordinators approve, reject and ship; the post (or a coordinator) confirms receipt."""
    if action == "receive":
        return acts_for(user, order.post_id)
    return is_coordinator(user)


def create_order(post, user, lines, note=""):
    """Record an order and all its lines, or nothing; tell the coordinators once recorded."""
    if not acts_for(user, post):
        raise PermissionDenied
    with transaction.atomic():
        order = Order.objects.create(post=post, created_by=user, note=note)
        OrderLine.objects.bulk_create(
            OrderLine(order=order, material=material, language=language, quantity=quantity)
            for material, language, quantity in lines
        )
        notifications.notify_on_commit(order, notifications.SUBMITTED)
    return order


def advance(order, user, action, comment=None):
    """Take `action` on `order` if `user` may and its status allows; return the updated order."""
    if not may(user, action, order):
        raise PermissionDenied
    source, target, stamp, event = STEPS[action]
    with transaction.atomic():
        current = Order.objects.select_for_update().select_related("post").get(pk=order.pk)
        if current.status != source:
            raise OrderError(_wrong_status_message(action, current))
        current.status = target
        fields = ["status"]
        if stamp:
            setattr(current, stamp, timezone.now())
            fields.append(stamp)
        if comment is not None:
            current.coordinator_comment = comment
            fields.append("coordinator_comment")
        current.save(update_fields=fields)
        notifications.notify_on_commit(current, event)
    return current


def _wrong_status_message(action, order):
    if action == "receive" and order.status == Status.RECEIVED and order.received_at:
        return ALREADY_RECEIVED % {
            "number": order.pk,
            "date": formats.date_format(timezone.localtime(order.received_at), "DATE_FORMAT"),
        }
    return WRONG_STATUS[action] % {"number": order.pk, "status": order.get_status_display()}
