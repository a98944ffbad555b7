import pytest
from django.utils import translation

from campaigns.languages.fallback import shown_language, translated_languages

pytestmark = pytest.mark.django_db


def test_a_field_with_its_own_translation_is_not_a_fallback(site_tree):
    home, _workers = site_tree
    shown = shown_language(home, "body", "ne")
    assert shown.shown.code == "ne"
    assert not shown.is_fallback


def test_a_missing_translation_reports_the_language_actually_shown(site_tree):
    _home, workers = site_tree
    shown = shown_language(workers, "body", "si")
    assert shown.is_fallback
    assert shown.shown.code == "en"


def test_hungarian_reads_the_romanian_text_before_the_english(site_tree):
    _home, workers = site_tree
    assert shown_language(workers, "body", "hu").shown.code == "ro"


def test_the_reported_language_is_the_one_modeltranslation_displays(site_tree):
    _home, workers = site_tree
    for code in ("si", "hu", "uk", "ne"):
        with translation.override(code):
            displayed = workers.body.raw_data[0]["value"]
        shown = shown_language(workers, "body", code).shown.code
        raw = getattr(workers, f"body_{shown}").raw_data[0]["value"]
        assert displayed == raw


def test_translated_languages_lists_only_own_values(site_tree):
    home, _workers = site_tree
    assert translated_languages(home, "body") == ["ro", "ne"]
