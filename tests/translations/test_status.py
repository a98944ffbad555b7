"""Status: missing → complete after import → outdated after a source change → complete."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from campaigns.pages.factories import CampaignPageFactory
from campaigns.pages.models import HomePage
from campaigns.translations.models import TranslationRecord
from campaigns.translations.po import export_po, import_po
from campaigns.translations.status import COMPLETE, MISSING, OUTDATED, page_statuses

from .conftest import catalog_bytes, filled_po, latest, nepali, read_catalog


def status(page, language="ne"):
    page = type(page).objects.get(pk=page.pk)
    return page_statuses([page], [language])[page.pk][language]


def editor():
    return get_user_model().objects.create_superuser("editor", password="pw")


def test_missing_complete_outdated_complete(campaign):
    user = editor()
    assert status(campaign) == MISSING
    assert status(campaign, "en") == COMPLETE  # the factory wrote title_en with the source

    import_po(catalog_bytes(filled_po(campaign)), "ne", user)
    assert status(campaign) == COMPLETE

    page = latest(campaign)
    page.title_ro = "Jobul perfect din străinătate"
    page.save_revision(user=user)
    assert status(campaign) == OUTDATED
    assert status(campaign, "en") == OUTDATED

    # The export flags exactly the segment whose source changed, with its old translation.
    catalog = read_catalog(export_po([campaign], "ne"))
    fuzzy = {message.context: message.string for message in catalog if message.fuzzy}
    assert fuzzy == {f"page:{campaign.pk}:title": "NE Jobul perfect"}
    others = [message for message in catalog if message.id and not message.fuzzy]
    assert others and all(message.string == nepali(message.id) for message in others)

    for message in catalog:
        if message.fuzzy:
            message.string = nepali(message.id)
            message.flags.discard("fuzzy")
    import_po(catalog_bytes(catalog), "ne", user)
    assert status(campaign) == COMPLETE
    assert status(campaign, "en") == OUTDATED


def test_a_translation_saved_from_the_editor_is_made_against_the_current_source(campaign):
    page = latest(campaign)
    page.title_ne = "उत्तम जागिर"
    page.save_revision()
    assert status(campaign) == COMPLETE
    record = TranslationRecord.objects.get(page=campaign, language="ne")

    page = latest(campaign)
    page.intro_ro = "Altă introducere."
    page.save_revision()
    assert status(campaign) == OUTDATED
    # Only a change of the Nepali text itself moves its record.
    assert TranslationRecord.objects.get(pk=record.pk).source_digest == record.source_digest


def test_clearing_a_translation_makes_it_missing(campaign):
    page = latest(campaign)
    page.title_ne = "उत्तम जागिर"
    page.save_revision()
    page = latest(campaign)
    page.title_ne = ""
    page.save_revision()
    assert status(campaign) == MISSING


def test_translations_from_before_tracking_are_outdated(campaign):
    # build_site_tree writes the home page's body_ne directly, without a revision.
    home = HomePage.objects.get(pk=campaign.get_parent().get_parent().pk)
    assert home.body_ne
    assert not TranslationRecord.objects.filter(page=home).exists()
    assert status(home) == OUTDATED
    assert status(home, "hu") == MISSING


def test_many_pages_take_no_more_queries_than_one(campaign):
    with translation.override("ro"):
        others = [
            CampaignPageFactory(parent=campaign.get_parent(), title_ro=f"Campania {n}")
            for n in range(3)
        ]
    draft = latest(others[0])
    draft.title_ne = "मस्यौदा"
    draft.save_revision()  # unpublished changes: its status comes from the revision

    pages = [type(campaign).objects.get(pk=page.pk) for page in [campaign, *others]]
    with CaptureQueriesContext(connection) as one:
        page_statuses(pages[:1])
    with CaptureQueriesContext(connection) as many:
        statuses = page_statuses(pages)
    assert len(many) <= len(one) + 1  # + the revisions of pages with unpublished changes
    assert len(many) <= 2
    assert statuses[others[0].pk]["ne"] == COMPLETE
    assert statuses[others[1].pk]["ne"] == MISSING
