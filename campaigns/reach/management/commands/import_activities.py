"""Import activities from a spreadsheet, as the admin's import screen does, on behalf of a user."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import ngettext

from campaigns.reach.imports import FILE_LANGUAGES, import_activities


class Command(BaseCommand):
    help = (
        "Import activities from an XLSX or CSV file: all rows or none. The user's centres and "
        "posts limit what may be imported, and the audit trail records the user."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="An .xlsx or .csv file (UTF-8).")
        parser.add_argument("--user", required=True, help="The username the import is made as.")
        parser.add_argument(
            "--language",
            choices=FILE_LANGUAGES,
            default="en",
            help="The language of the messages and column names reported.",
        )

    def handle(self, *args, file, user, language, **options):
        try:
            account = get_user_model().objects.get_by_natural_key(user)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No user is called {user!r}.") from error
        if not account.is_active:
            raise CommandError(f"The user {user!r} is not active.")
        try:
            upload = open(file, "rb")  # noqa: SIM115 (closed below, after the import)
        except OSError as error:
            raise CommandError(f"Cannot open {file}: {error.strerror}.") from error
        with upload, translation.override(language):
            result = import_activities(upload, account, language=language)
            for error in result.errors:
                self.stderr.write(str(error))
            if result.errors:
                raise CommandError(
                    ngettext(
                        "Nothing was imported: %(count)d problem.",
                        "Nothing was imported: %(count)d problems.",
                        len(result.errors),
                    )
                    % {"count": len(result.errors)}
                )
            count = len(result.activities)
            self.stdout.write(
                ngettext(
                    "%(count)d activity was imported.", "%(count)d activities were imported.", count
                )
                % {"count": count}
            )
