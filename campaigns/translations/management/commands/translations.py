"""PO export and import from the shell, for translators and agencies working outside the admin.

manage.py translations export --language ne --page 12 -o page-12-ne.po
manage.py translations export --language ne --outdated --missing -o ne.po
manage.py translations import --language ne ne.po --user maria
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from ...po import ImportRejected, export_po, import_po, pages_to_translate
from ...segments import target_languages
from ...status import MISSING, OUTDATED, is_translatable


class Command(BaseCommand):
    help = "Export pages to a PO file for one language, or import a translated PO file."

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="subcommand", required=True)

        export = subcommands.add_parser("export", help="Write a PO file for translators.")
        export.add_argument("--language", required=True, choices=target_languages())
        export.add_argument("--page", type=int, help="One page, by id.")
        export.add_argument(
            "--outdated", action="store_true", help="Every page whose translation is outdated."
        )
        export.add_argument(
            "--missing", action="store_true", help="Every page with no translation (combinable)."
        )
        export.add_argument(
            "-o", "--output", required=True, help="The PO file to write ('-' for stdout)."
        )

        imported = subcommands.add_parser("import", help="Apply a translated PO file.")
        imported.add_argument("--language", required=True, choices=target_languages())
        imported.add_argument("file")
        imported.add_argument(
            "--user", required=True, help="Username the new revisions are saved as."
        )

    def handle(self, *args, subcommand, **options):
        if subcommand == "export":
            return self.export(**options)
        return self.import_(**options)

    def export(self, language, page, outdated, missing, output, **options):
        if (page is None) == (not outdated and not missing):
            raise CommandError("Give either --page, or --outdated and/or --missing.")
        if page is not None:
            try:
                pages = [Page.objects.get(pk=page).specific]
            except Page.DoesNotExist:
                raise CommandError(f"There is no page {page}.") from None
            if not is_translatable(type(pages[0])):
                raise CommandError(f"Page {page} is not a translatable page.")
        else:
            statuses = {OUTDATED} if outdated else set()
            statuses |= {MISSING} if missing else set()
            pages = pages_to_translate(language, statuses)
        data = export_po(pages, language)
        if output == "-":
            self.stdout.write(data.decode())
        else:
            Path(output).write_bytes(data)
            self.stderr.write(f"{len(pages)} page(s) exported to {output}")

    def import_(self, language, file, user, **options):
        try:
            importer = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no user {user!r}.") from None
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from None
        try:
            summary = import_po(data, language, importer)
        except ImportRejected as rejected:
            for error in rejected.errors:
                self.stderr.write(str(error))
            raise CommandError("The file was not imported; nothing was changed.") from None
        self.stdout.write(
            f"{len(summary.pages_changed)} page(s) changed, "
            f"{summary.segments_translated} segment(s) translated; new revisions await review."
        )
