"""Load action plans (PNA) from JSON data files; safe to run on every deploy."""

from django.core.management.base import BaseCommand, CommandError

from campaigns.pna.loader import DATA_DIR, PnaDataError, load_files


class Command(BaseCommand):
    help = (
        "Load National Action Plan data files (default: every JSON file in "
        f"{DATA_DIR}). Rows are matched by code, so running it again changes nothing; "
        "all files load in one transaction and an invalid entry saves nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="Data files to load.")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Delete indicators that an action in the file no longer lists.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would change, then roll back.",
        )

    def handle(self, *args, files, prune, dry_run, **options):
        try:
            report = load_files(files or None, prune=prune, dry_run=dry_run)
        except PnaDataError as e:
            raise CommandError(f"Nothing was saved. {e}") from e

        for line in report.lines():
            self.stdout.write(line)
        if report.pruned_indicators:
            self.stdout.write(f"Indicators deleted: {report.pruned_indicators}")
        if report.stale_indicators:
            self.stderr.write(
                self.style.WARNING(
                    "Indicators in the database that the data files no longer list "
                    "(kept; use --prune to delete them):"
                )
            )
            for line in report.stale_indicators:
                self.stderr.write(f"  {line}")
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
        elif report.changed:
            self.stdout.write(self.style.SUCCESS("National Action Plan data loaded."))
        else:
            self.stdout.write(self.style.SUCCESS("National Action Plan data already up to date."))
