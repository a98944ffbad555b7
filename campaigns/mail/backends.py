"""`EMAIL_BACKEND`: store each message in the outbox, then try to deliver it at once.

The real backend is `MAIL_DELIVERY_BACKEND` (django-anymail's, set from DJANGO_EMAIL_BACKEND).
A failed attempt is logged and retried later by `send_queued_mail`, so callers never see a
provider's outage: `send_messages` counts the messages accepted into the outbox.
"""

from django.core.mail.backends.base import BaseEmailBackend

from . import queue


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        current = queue.mode()
        if current == queue.DROP:
            return 0
        stored = []
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                stored.append(queue.enqueue(message, is_alert=current == queue.ALERT))
            except Exception:
                if not self.fail_silently:
                    raise
        for outgoing in stored:
            queue.deliver(outgoing)
        return len(stored)
