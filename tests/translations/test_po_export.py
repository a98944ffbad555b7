"""PO export: one message per Romanian segment, for one page or for every page needing work."""

import pytest
from django.utils import translation

from campaigns.pages.factories import CampaignPageFactory
from campaigns.translations.po import export_po, import_po, pages_to_translate
from campaigns.translations.status import MISSING, OUTDATED

from .conftest import (
    BODY_SEGMENTS,
    PARAGRAPH_RO,
    catalog_bytes,
    filled_po,
    latest,
    read_catalog,
)


def test_export_of_one_page(campaign):
    with translation.override("en"):
        data = export_po([campaign], "ne")
    text = data.decode()
    assert '"Language: ne\\n"' in text
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text

    catalog = read_catalog(data)
    messages = [message for message in catalog if message.id]
    exported = ["title", "intro", *(c for c, _f in BODY_SEGMENTS if c != "body/call/text")]
    # Empty source texts (the hero image's alt text, the hotline's optional text) are left out.
    assert [message.context for message in messages] == [
        f"page:{campaign.pk}:{context}" for context in exported
    ]
    assert all(message.string == "" and not message.fuzzy for message in messages)
    by_context = {message.context.split(":", 2)[2]: message for message in messages}
    assert by_context["title"].id == "Jobul perfect"
    assert by_context["body/para"].id == PARAGRAPH_RO.replace(' data-block-key="k1"', "")
    assert by_context["body/signs/signs/sign-2"].id == "Ți se spune că ai o datorie."
    assert by_context["body/faq/items/qa-1/answer"].auto_comments == [
        f"Page: Jobul perfect (id {campaign.pk})",
        "Field: body > Questions and answers > questions > answer",
    ]


def test_export_plural_forms_follow_the_language(campaign):
    assert '"Plural-Forms: nplurals=6;' in export_po([campaign], "ar").decode()
    assert '"Language: fil\\n"' in export_po([campaign], "fil").decode()
    with pytest.raises(ValueError):
        export_po([campaign], "ro")


def test_export_gives_the_current_translation_where_block_ids_match(campaign, admin_user):
    import_po(catalog_bytes(filled_po(campaign)), "ne", admin_user)
    by_context = {m.context: m.string for m in read_catalog(export_po([campaign], "ne"))}
    assert by_context[f"page:{campaign.pk}:body/signs/signs/sign-1"] == "NE Îți cer pașaportul."
    assert by_context[f"page:{campaign.pk}:title"] == "NE Jobul perfect"

    # A body written in the editor has blocks of its own: nothing there matches the source.
    page = latest(campaign)
    page.body_ne = [{"type": "paragraph", "id": "own", "value": "<p>आफ्नै</p>"}]
    page.save_revision()
    by_context = {m.context: m.string for m in read_catalog(export_po([campaign], "ne"))}
    assert by_context[f"page:{campaign.pk}:body/para"] == ""
    assert by_context[f"page:{campaign.pk}:title"] == "NE Jobul perfect"


def test_pages_needing_translation(campaign, admin_user):
    with translation.override("ro"):
        other = CampaignPageFactory(parent=campaign.get_parent(), title_ro="Altă campanie")
    import_po(catalog_bytes(filled_po(campaign)), "ne", admin_user)
    assert pages_to_translate("ne", {MISSING}) == [other]
    assert pages_to_translate("ne", {OUTDATED}) == []

    page = latest(campaign)
    page.title_ro = "Jobul perfect (nou)"
    page.save_revision()
    assert pages_to_translate("ne", {OUTDATED}) == [campaign]
    both = pages_to_translate("ne", {OUTDATED, MISSING})
    assert {page.pk for page in both} == {campaign.pk, other.pk}

    catalog = read_catalog(export_po(both, "ne"))
    assert {message.context.split(":")[1] for message in catalog if message.id} == {
        str(campaign.pk),
        str(other.pk),
    }
