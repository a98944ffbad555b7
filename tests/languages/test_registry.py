import pytest
from django.conf import settings
from django.utils.translation import get_language_info

from campaigns.languages import registry

EXPECTED_CODES = [
    *("ro", "en", "hu", "uk", "ru", "ar", "ur", "ne", "hi"),
    *("bn", "si", "vi", "fil", "tr", "it", "es", "de", "fr"),
]


def test_the_content_languages_are_the_eighteen_planned_in_switcher_order():
    assert list(registry.language_codes()) == EXPECTED_CODES
    assert settings.LANGUAGE_CODE == "ro"


@pytest.mark.parametrize(
    ("code", "native_name"),
    [
        ("ro", "Română"),
        ("ne", "नेपाली"),
        ("si", "සිංහල"),
        ("ur", "اردو"),
        ("uk", "Українська"),
        ("bn", "বাংলা"),
        ("fil", "Filipino"),
        ("es", "Español"),
    ],
)
def test_each_language_is_named_in_its_own_language_from_cldr(code, native_name):
    assert registry.get(code).native_name == native_name


@pytest.mark.parametrize("code", ["ar", "ur"])
def test_arabic_script_languages_are_right_to_left(code):
    assert registry.get(code).direction == "rtl"


def test_every_other_language_is_left_to_right():
    ltr = [language.code for language in registry.all_languages() if not language.is_rtl]
    assert sorted(ltr) == sorted(set(EXPECTED_CODES) - {"ar", "ur"})


def test_language_names_in_the_readers_language():
    assert registry.get("ne").name_in("ro") == "nepaleză"
    assert registry.get("ne").name_in("fr") == "népalais"
    assert registry.get("en").name_in("ne") == "अङ्ग्रेजी"


def test_default_fallback_chain_is_english_then_romanian():
    assert registry.fallback_chain("ne") == ("en", "ro")
    assert registry.fallback_chain("si") == ("en", "ro")


def test_hungarian_falls_back_to_romanian_first():
    assert registry.fallback_chain("hu")[0] == "ro"


def test_ukrainian_never_falls_back_to_russian():
    assert "ru" not in registry.fallback_chain("uk")


def test_no_language_falls_back_to_itself():
    for code in EXPECTED_CODES:
        assert code not in registry.fallback_chain(code)


@pytest.mark.parametrize("code", ["si", "fil"])
def test_languages_django_lacks_have_language_info(code):
    info = get_language_info(code)
    assert info["code"] == code
    assert info["bidi"] is False


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("ro", "3 martie 2026"),
        ("fil", "Marso 3, 2026"),
        ("vi", "3 tháng 3, 2026"),
        ("ur", "3 مارچ، 2026"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(code, written):
    import datetime

    from django.utils import translation

    from campaigns.languages.templatetags.languages_tags import local_date

    with translation.override(code):
        assert local_date(datetime.date(2026, 3, 3)) == written
