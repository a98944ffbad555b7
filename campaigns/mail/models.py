"""The outbox: every outgoing e-mail is stored here before it is handed to the mail provider.

A message stays until it is delivered (then its content is dropped and the record kept a few
days) or until it has failed every attempt; a provider that is down for an hour delays mail, it
never loses it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    subject = models.TextField(_("subject"), blank=True)
    recipients = models.TextField(_("recipients"), blank=True, help_text=_("To and Cc."))
    #: The whole message as `campaigns.mail.serialise` writes it; emptied once delivered.
    message = models.JSONField(_("message"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    provider_message_id = models.CharField(_("provider's message id"), max_length=255, blank=True)
    #: A warning to ADMINS about undelivered mail: its own failure never warns again.
    is_alert = models.BooleanField(_("alert to the administrators"), default=False)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="mail_due_idx")]

    def __str__(self):
        return self.subject or f"#{self.pk}"
