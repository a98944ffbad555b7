"""Write (or remove) the static copies of the public pages that nginx serves first."""

import time

from django.core.management.base import BaseCommand, CommandError

from ... import static_pages


class Command(BaseCommand):
    help = (
        "Render live public pages in every language into STATIC_PAGES_ROOT and remove the files "
        "of pages no longer public. Run with --all from cron (after publish_scheduled, and daily "
        "for materials past their review date) and on every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every page, and sweep stale files")
        parser.add_argument("page_ids", nargs="*", type=int, help="only these pages")

    def handle(self, *args, all=False, page_ids=(), **options):
        if all == bool(page_ids):
            raise CommandError("Give --all or some page ids.")
        started = time.monotonic()
        outcome = static_pages.publish(None if all else page_ids)
        self.stdout.write(
            f"{len(outcome.written)} written, {outcome.unchanged} unchanged, "
            f"{len(outcome.removed)} removed in {time.monotonic() - started:.1f}s "
            f"({static_pages.root()})"
        )
