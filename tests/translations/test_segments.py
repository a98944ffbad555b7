"""Segments: every text leaf of a real StreamField, with contexts built from block ids."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from campaigns.pages.models import CampaignPage
from campaigns.translations.segments import (
    PageContent,
    digest,
    page_segments,
    stream_slots,
    translated_stream,
)
from campaigns.translations.status import latest_content

from .conftest import BODY_SEGMENTS, PARAGRAPH_RO


def test_segments_walk_structs_lists_and_streams(campaign):
    segments = page_segments(campaign, "ro")
    contexts = [(segment.context, segment.format) for segment in segments]
    assert contexts == [
        ("title", "plain"),
        ("intro", "plain"),
        *BODY_SEGMENTS,
        ("hero_alt", "plain"),
    ]
    by_context = {segment.context: segment for segment in segments}
    assert by_context["body/signs/signs/sign-2"].text == "Ți se spune că ai o datorie."
    assert by_context["body/steps/steps/step-1/text"].text == "Scrie la %(email)s, {name}."
    assert by_context["body/head/text"].max_length == 200
    assert by_context["title"].max_length == 255


def test_non_text_blocks_and_address_fields_are_not_segments(campaign):
    contexts = {segment.context for segment in page_segments(campaign, "ro")}
    # The heading level (a choice) and the consent box (a boolean) are not text.
    assert "body/head/level" not in contexts
    assert "body/quote/consent_recorded" not in contexts
    assert not {"slug", "url_path", "seo_title", "search_description"} & contexts


def test_rich_text_keeps_markup_but_not_editor_block_keys(campaign):
    paragraph = next(s for s in page_segments(campaign, "ro") if s.context == "body/para")
    assert paragraph.text == PARAGRAPH_RO.replace(' data-block-key="k1"', "")
    assert '<a href="https://anitp.mai.gov.ro/">ANITP</a>' in paragraph.text


def test_labels_name_the_field_and_blocks(campaign):
    sign = next(s for s in page_segments(campaign, "ro") if s.context.endswith("sign-1"))
    with translation.override("en"):
        assert sign.label == "body > Warning signs > signs"


def test_contexts_are_the_same_in_every_language_after_a_copy(campaign):
    field = CampaignPage._meta.get_field("body")
    source = PageContent.from_page(campaign).raw(field, "ro")
    copy = translated_stream(field, source, {"body/signs/signs/sign-1": "NE sign"})
    campaign.body_ne = copy
    target = {s.context: s.text for s in page_segments(campaign, "ne") if s.field == "body"}
    assert list(target) == [context for context, _format in BODY_SEGMENTS]
    assert target["body/signs/signs/sign-1"] == "NE sign"
    # The copy is deep: the Romanian stream is untouched.
    assert [slot.read() for slot in stream_slots(field, source)][3] == "Îți cer pașaportul."


def test_lists_saved_in_the_old_format_use_positions(campaign):
    campaign.body_ro = [
        {"type": "warning_signs", "id": "w", "value": {"heading": "H", "signs": ["a", "b"]}}
    ]
    contexts = [s.context for s in page_segments(campaign, "ro") if s.field == "body"]
    assert contexts == ["body/w/heading", "body/w/signs/0", "body/w/signs/1"]


def test_revision_content_gives_the_same_segments_without_queries(campaign):
    campaign.title_ro = "Jobul perfect, ediția a doua"
    revision = campaign.save_revision()
    page = Page.objects.get(pk=campaign.pk).specific
    with CaptureQueriesContext(connection) as queries:
        from_revision = PageContent.from_revision_content(CampaignPage, revision.content)
        segments = from_revision.segments("ro")
    assert len(queries) == 0
    assert segments == page_segments(page.get_latest_revision_as_object(), "ro")
    assert digest(latest_content(page).segments("ro")) == digest(segments)
