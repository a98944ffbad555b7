"""Error reports mailed to ADMINS, without visitors' addresses.

A report prints the request's headers (REMOTE_ADDR, X-Forwarded-For, X-Real-IP), the
exception's message and each frame's local variables, any of which may hold an address; the
mail is also stored in the outbox (campaigns/mail). The whole text is redacted before it is
sent.
"""

from django.conf import settings
from django.utils.log import AdminEmailHandler

from .logs import redact


class RedactingAdminEmailHandler(AdminEmailHandler):
    """Django's AdminEmailHandler, with every address in the subject and body replaced."""

    def emit(self, record):
        if settings.ADMINS:  # as Django's own: no report is built when nobody would get it
            super().emit(record)

    def send_mail(self, subject, message, *args, html_message=None, **kwargs):
        if html_message is not None:
            html_message = redact(html_message)
        super().send_mail(
            redact(subject), redact(message), *args, html_message=html_message, **kwargs
        )
