"""`manage.py backup`: the database and every media file in one verified `.tar.gz`."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connections

from campaigns.ops.archive import create_backup, default_archive_path


class Command(BaseCommand):
    help = (
        "Write a consistent copy of the database (SQLite online backup, or pg_dump) and every "
        "media file of the default storage into one .tar.gz with a SHA-256 manifest. Safe "
        "while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o",
            "--output",
            help="Archive path (default: var/backups/anitp-<vendor>-<time>.tar.gz).",
        )
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, **options):
        alias = options["database"]
        output = options["output"] or default_archive_path(
            settings.VAR_DIR / "backups", connections[alias].vendor
        )
        manifest = create_backup(output, using=alias)
        database = manifest["database"]
        media = manifest["media"]
        self.stdout.write(
            self.style.SUCCESS(f"Backup written to {output}")
            + f"\n  database: {database['vendor']} ({database['format']}), "
            f"{len(database['migrations'])} migrations applied"
            + f"\n  media: {media['count']} file{'' if media['count'] == 1 else 's'}, "
            f"{media['bytes']} bytes ({media['storage']})"
        )
