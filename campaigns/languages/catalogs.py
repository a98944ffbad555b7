"""Interface-string catalogs: compiled with babel, checked for completeness.

Visitors' strings (from the site templates) must be translated in every language; editors'
strings only in the admin's languages (ro, en).

`python -m campaigns.languages.catalogs compile` writes each `locale/<code>/LC_MESSAGES/django.mo`
from its `.po`; `... check` lists untranslated or fuzzy entries per language and exits non-zero
if any. Babel is used rather than GNU msgfmt so that compiling needs nothing beyond the project's
Python dependencies.
"""

import sys
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent.parent / "locale"
DOMAIN = "django"


def po_path(code):
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(code):
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"


def catalog_codes():
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def load(code):
    with po_path(code).open("rb") as handle:
        catalog = read_po(handle, locale=code.replace("-", "_"))
    if not catalog.mime_headers or "INTEGER" in dict(catalog.mime_headers).get("Plural-Forms", ""):
        # A header left generic by makemessages: CLDR knows the language's plural rule.
        plural = get_plural(catalog.locale)
        catalog._num_plurals, catalog._plural_expr = plural.num_plurals, plural.plural_expr
    return catalog


def compiled_bytes(code):
    buffer = BytesIO()
    write_mo(buffer, load(code), use_fuzzy=False)
    return buffer.getvalue()


def compile_all():
    for code in catalog_codes():
        mo_path(code).write_bytes(compiled_bytes(code))
    return catalog_codes()


# Interface strings visitors read come from the site's own templates; everything else is for
# editors, whose admin speaks only the admin languages.
PUBLIC_SOURCES = ("site/templates/",)


PUBLIC_MARKER = "shown to the public"


def is_public(message):
    """From a site template, or marked `# Translators: shown to the public.` in Python."""
    if any(PUBLIC_MARKER in comment for comment in message.auto_comments):
        return True
    return any(path.startswith(PUBLIC_SOURCES) for path, _line in message.locations)


def admin_languages():
    from django.conf import settings

    return {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}


def missing_entries(code, public_only=None):
    """msgids that have no translation or are marked fuzzy in `code`'s catalog.

    By default only public strings count for languages the admin does not offer.
    """
    if public_only is None:
        public_only = code not in admin_languages()
    missing = []
    for message in load(code):
        if not message.id or (public_only and not is_public(message)):
            continue
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    if command == "compile":
        for code in compile_all():
            print(f"compiled {mo_path(code).relative_to(LOCALE_DIR.parent)}")
        return 0
    if command == "check":
        import os

        import django

        sys.path.insert(0, str(LOCALE_DIR.parent / "site"))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
        django.setup()
        status = 0
        for code in catalog_codes():
            missing = missing_entries(code)
            if missing:
                status = 1
                print(f"{code}: {len(missing)} untranslated or fuzzy")
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
