"""Delivery backends for the outbox tests: anymail's test backend, with a provider outage."""

from anymail.backends.test import EmailBackend as AnymailTestBackend
from anymail.exceptions import AnymailAPIError


class Outage:
    """How many more deliveries fail (None: all of them), and which addresses are affected."""

    failures_left = 0
    only_to = None
    attempts = 0

    @classmethod
    def reset(cls, failures=0, only_to=None):
        cls.failures_left, cls.only_to, cls.attempts = failures, only_to, 0


class FlakyBackend(AnymailTestBackend):
    def send_messages(self, email_messages):
        Outage.attempts += 1
        affected = Outage.only_to is None or any(
            Outage.only_to in address for message in email_messages for address in message.to
        )
        if affected and (Outage.failures_left is None or Outage.failures_left > 0):
            if Outage.failures_left is not None:
                Outage.failures_left -= 1
            raise AnymailAPIError("503 Service Unavailable from the mail provider")
        return super().send_messages(email_messages)


class RefusingBackend(AnymailTestBackend):
    def send_messages(self, email_messages):
        return 0
