from django.db import connections
from wagtail_modeltranslation.management.commands.migrate_translation import (
    Command as TranslationMigrateCommand,
)

from campaigns.languages.indexes import ensure_slug_indexes


class Command(TranslationMigrateCommand):
    help = (
        "Updates the database schema and Wagtail's per-language page columns, then indexes "
        "each language's slug column (used by routing)."
    )

    def handle(self, *args, **options):
        super().handle(*args, **options)
        created = ensure_slug_indexes(connections[options["database"]])
        if created and options["verbosity"] >= 1:
            self.stdout.write(f"Indexed the slug column of {len(created)} languages.")
