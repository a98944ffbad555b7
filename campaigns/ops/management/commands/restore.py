"""`manage.py restore ARCHIVE`: check a backup against its manifest, then put it back."""

from django.core.management.base import BaseCommand

from campaigns.ops.archive import restore_backup, verify_archive


class Command(BaseCommand):
    help = (
        "Verify a backup made by `manage.py backup` (every checksum), then restore its database "
        "and media files. Refuses a database that is not empty unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the current database even if it holds data.",
        )
        parser.add_argument(
            "--verify-only",
            action="store_true",
            help="Only check the archive against its manifest; change nothing.",
        )
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, **options):
        if options["verify_only"]:
            manifest = verify_archive(options["archive"])
            self.stdout.write(
                self.style.SUCCESS(f"{options['archive']} is intact")
                + f": {len(manifest['files'])} files, made {manifest['created_at']}."
            )
            return
        report = restore_backup(
            options["archive"], force=options["force"], using=options["database"]
        )
        manifest = report.manifest
        self.stdout.write(
            self.style.SUCCESS(f"Restored {options['archive']}")
            + f" (made {manifest['created_at']} with Django {manifest['versions']['django']}, "
            f"Wagtail {manifest['versions']['wagtail']})"
            + f"\n  database: {manifest['database']['vendor']} ({manifest['database']['format']})"
            + f"\n  media: {report.media_files} file{'' if report.media_files == 1 else 's'}, "
            f"{report.media_bytes} bytes" + "\n  caches cleared"
        )
        if report.unknown_migrations:
            self.stdout.write(
                self.style.WARNING(
                    "The archive comes from newer code: these migrations are unknown here: "
                    + ", ".join(report.unknown_migrations)
                )
            )
        if report.unapplied_migrations:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.unapplied_migrations)} migrations are not applied yet: "
                    "run `manage.py migrate --noinput`."
                )
            )
