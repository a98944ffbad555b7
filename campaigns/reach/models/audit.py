"""The audit trail of reach figures: every change, with who made it, when, and both values.

The acting user reaches `Activity.save` through a context variable, so admin forms, imports and
commands are audited by the same code whatever path saved the activity.
"""

import contextlib
import contextvars

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

_acting_user = contextvars.ContextVar("reach_acting_user", default=None)


@contextlib.contextmanager
def acting_as(user):
    """Attribute the figure changes saved inside the block to `user`."""
    token = _acting_user.set(user if getattr(user, "is_authenticated", False) else None)
    try:
        yield
    finally:
        _acting_user.reset(token)


def acting_user():
    return _acting_user.get()


class FigureChange(models.Model):
    """One figure of one activity changing from one value to another.

    `activity_id` is a plain column, not a foreign key, so the trail survives a deletion.
    """

    class Action(models.TextChoices):
        CREATED = "created", _("created")
        CHANGED = "changed", _("changed")
        DELETED = "deleted", _("deleted")

    activity_id = models.BigIntegerField(_("activity"), db_index=True)
    activity_label = models.CharField(_("activity"), max_length=300)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    field = models.CharField(_("figure"), max_length=120)
    old_value = models.CharField(_("old value"), max_length=300, null=True, blank=True)
    new_value = models.CharField(_("new value"), max_length=300, null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("figure change")
        verbose_name_plural = _("figure changes")

    def __str__(self):
        return f"{self.activity_label}: {self.field} {self.old_value} → {self.new_value}"
