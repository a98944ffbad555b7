"""The one-time tokens of create forms that were spent, and where their record can be seen."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Submission(models.Model):
    """One create form sent and saved. The unique token is what keeps it from being saved twice.

    Rows are kept: a few dozen bytes for each record created, and they tell who created what.
    """

    token = models.CharField(_("token"), max_length=64, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    url = models.CharField(_("address of the record"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")

    def __str__(self):
        return self.url or self.token
