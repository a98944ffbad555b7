import re
from pathlib import Path

import pytest

from campaigns.languages import catalogs, registry

TEMPLATES = Path(__file__).resolve().parents[2] / "site" / "templates"


def test_every_content_language_has_a_catalog():
    assert set(catalogs.catalog_codes()) == set(registry.language_codes())


@pytest.mark.parametrize("code", registry.language_codes())
def test_every_public_interface_string_is_translated(code):
    assert catalogs.missing_entries(code, public_only=True) == []


@pytest.mark.parametrize("code", ["ro", "en"])
def test_every_editor_string_is_translated_in_the_admin_languages(code):
    assert catalogs.missing_entries(code, public_only=False) == []


def test_public_strings_are_told_apart_from_editor_strings():
    by_id = {message.id: message for message in catalogs.load("ne") if message.id}
    assert catalogs.is_public(by_id["Exit this page"])
    assert not catalogs.is_public(by_id["alternative text"])


@pytest.mark.parametrize("code", registry.language_codes())
def test_the_committed_compiled_catalog_matches_its_source(code):
    assert catalogs.mo_path(code).read_bytes() == catalogs.compiled_bytes(code), (
        f"locale/{code}: run `make compilemessages`"
    )


def _template_strings():
    pattern = re.compile(r"""{% translate (["'])(.+?)\1""")
    for template in TEMPLATES.rglob("*.html"):
        for match in pattern.finditer(template.read_text()):
            yield match.group(2)


def test_every_template_string_is_in_the_catalogs():
    msgids = {message.id for message in catalogs.load("ro") if message.id}
    missing = sorted(set(_template_strings()) - msgids)
    assert missing == [], "run `make messages`"


def _forms(value):
    return list(value) if isinstance(value, tuple | list) else [value]


@pytest.mark.parametrize("code", registry.language_codes())
def test_placeholders_and_markup_survive_translation(code):
    for message in catalogs.load(code):
        if not message.id or message.fuzzy:
            continue
        source_tokens = set(re.findall(r"%\(\w+\)s|</?bdi>", _forms(message.id)[-1]))
        # A plural's singular form may leave out the count ("One file was rejected").
        required = source_tokens - {"%(counter)s"} if message.pluralizable else source_tokens
        for translation in _forms(message.string):
            if translation:
                found = set(re.findall(r"%\(\w+\)s|</?bdi>", translation))
                assert required <= found <= source_tokens, (code, message.id, translation)
