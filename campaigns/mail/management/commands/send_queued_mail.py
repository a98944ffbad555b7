"""`manage.py send_queued_mail`: retry the outbox's due messages (run it every minute)."""

from django.core.management.base import BaseCommand

from campaigns.mail.queue import purge_sent, send_due


class Command(BaseCommand):
    help = (
        "Retry every outgoing e-mail whose next attempt is due, then forget delivered ones "
        "older than MAIL_KEEP_SENT_DAYS. Meant for a cron job or systemd timer every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=500, help="At most this many messages per run."
        )

    def handle(self, *args, **options):
        sent, failed = send_due(limit=options["limit"])
        purged = purge_sent()
        if sent or failed or purged or options["verbosity"] > 1:
            self.stdout.write(f"{sent} sent, {failed} failed, {purged} old sent messages removed")
