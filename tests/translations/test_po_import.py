"""PO import: a full round trip, and every reason a whole file is rejected with nothing saved."""

import pytest
from babel.messages.catalog import Catalog
from django.utils import translation
from wagtail.models import PageLogEntry

from campaigns.pages.models import CampaignPage
from campaigns.translations.models import TranslationRecord
from campaigns.translations.po import ImportRejected, export_po, import_po
from campaigns.translations.segments import PageContent

from .conftest import (
    BODY_RO,
    catalog_bytes,
    filled_po,
    latest,
    line_of,
    nepali,
    read_catalog,
)

BODY = CampaignPage._meta.get_field("body")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def snapshot(page):
    row = type(page).objects.get(pk=page.pk)
    draft = row.get_latest_revision_as_object()
    return {
        "latest_revision": row.latest_revision_id,
        "revisions": row.revisions.count(),
        "title_ne": (row.title_ne, draft.title_ne),
        "body_ne": PageContent.from_page(draft).raw(BODY, "ne"),
        "records": list(TranslationRecord.objects.values_list("page", "language", "source_digest")),
    }


def rejected(page, data, user, *expected, language="ne"):
    """Import `data`, expect a rejection naming each of `expected`, and nothing saved."""
    before = snapshot(page)
    with pytest.raises(ImportRejected) as caught:
        import_po(data, language, user)
    errors = [str(error) for error in caught.value.errors]
    for text in expected:
        assert any(text in error for error in errors), (text, errors)
    assert snapshot(page) == before
    return errors


def entry(page, context):
    return f"page:{page.pk}:{context}"


def with_string(page, context, string, catalog=None):
    catalog = catalog or filled_po(page)
    for message in catalog:
        if message.context == entry(page, context):
            message.string = string
    return catalog_bytes(catalog)


def where(data, page, context):
    return f"Line {line_of(data, entry(page, context))}, entry “{entry(page, context)}”: "


# The round trip -------------------------------------------------------------------------


def test_round_trip(campaign, admin_user):
    before = CampaignPage.objects.get(pk=campaign.pk)
    live_revision, revisions = before.live_revision_id, before.revisions.count()
    assert live_revision
    summary = import_po(catalog_bytes(filled_po(campaign)), "ne", admin_user)
    assert [page.pk for page in summary.pages_changed] == [campaign.pk]
    assert summary.segments_translated == 16

    row = CampaignPage.objects.get(pk=campaign.pk)
    assert row.revisions.count() == revisions + 1
    revision = row.latest_revision
    assert revision.user == admin_user
    assert PageLogEntry.objects.filter(
        page=row, action="wagtail.edit", user=admin_user, revision=revision
    ).exists()
    # Saved as a draft for the review workflow, not published.
    assert row.live_revision_id == live_revision and row.has_unpublished_changes
    assert not row.title_ne

    page = row.get_latest_revision_as_object()
    assert page.title_ne == "NE Jobul perfect"
    assert page.intro_ne == "NE O ofertă prea bună ca să fie adevărată."
    assert not page.hero_alt_ne
    source, target = BODY_RO, PageContent.from_page(page).raw(BODY, "ne")
    assert [(b["type"], b["id"]) for b in target] == [(b["type"], b["id"]) for b in source]
    blocks = {block["id"]: block["value"] for block in target}
    assert blocks["head"] == {"text": "NE Oferta perfectă", "level": "h2"}
    assert blocks["para"].startswith("<p>NE Sună gratuit la <b>0800 800 678</b>")
    assert blocks["signs"]["signs"] == [
        {"type": "item", "id": "sign-1", "value": "NE Îți cer pașaportul."},
        {"type": "item", "id": "sign-2", "value": "NE Ți se spune că ai o datorie."},
    ]
    assert blocks["steps"]["steps"][0]["value"]["text"] == "NE Scrie la %(email)s, {name}."
    assert blocks["faq"]["items"][0]["value"]["answer"] == "<p>NE Da, <i>mereu</i>.</p>"
    assert blocks["quote"]["consent_recorded"] is True
    assert blocks["call"] == {"heading": "NE Ai nevoie de ajutor?", "text": ""}
    # The Romanian text is untouched, and the page renders from the new body.
    assert PageContent.from_page(page).raw(BODY, "ro") == PageContent.from_page(row).raw(BODY, "ro")
    assert "NE Oferta perfectă" in str(page.body_ne[0].render())


def test_importing_the_same_file_again_saves_nothing(campaign, admin_user):
    data = catalog_bytes(filled_po(campaign))
    import_po(data, "ne", admin_user)
    before = snapshot(campaign)
    summary = import_po(data, "ne", admin_user)
    assert summary.pages_changed == []
    assert snapshot(campaign) == before


def test_a_field_with_no_translation_is_left_as_it_is(campaign, admin_user):
    import_po(catalog_bytes(filled_po(campaign)), "ne", admin_user)
    body_before = PageContent.from_page(latest(campaign)).raw(BODY, "ne")
    catalog = read_catalog(export_po([campaign], "ne"))
    for message in catalog:
        is_title = message.context == entry(campaign, "title")
        message.string = "NE नयाँ शीर्षक" if is_title else ""
        message.flags.discard("fuzzy")
    summary = import_po(catalog_bytes(catalog), "ne", admin_user)
    assert summary.segments_translated == 1
    page = latest(campaign)
    assert page.title_ne == "NE नयाँ शीर्षक"
    assert PageContent.from_page(page).raw(BODY, "ne") == body_before


def test_import_builds_on_the_latest_draft_in_other_languages(campaign, admin_user):
    draft = latest(campaign)
    draft.title_en = "The perfect job (draft)"
    draft.save_revision()
    import_po(catalog_bytes(filled_po(campaign)), "ne", admin_user)
    page = latest(campaign)
    assert page.title_en == "The perfect job (draft)"
    assert page.title_ne == "NE Jobul perfect"


# Rejections ------------------------------------------------------------------------------


def header_line(data):
    lines = data.decode().splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith('"Language:'))


def test_rejects_a_file_in_another_language(campaign, admin_user):
    catalog = filled_po(campaign)
    catalog.locale = "ur"
    data = catalog_bytes(catalog)
    rejected(
        campaign,
        data,
        admin_user,
        f"Line {header_line(data)}: the file is in “ur” but is being imported as “ne”",
    )


def test_rejects_a_language_the_site_does_not_translate_into(campaign, admin_user):
    for code in ("pt", "ro"):
        catalog = filled_po(campaign)
        catalog.locale = code
        data = catalog_bytes(catalog)
        rejected(
            campaign,
            data,
            admin_user,
            f"Line {header_line(data)}: the file's language “{code}” is not one of the site's "
            "translation languages.",
        )


def test_a_language_with_a_region_is_that_language(campaign, admin_user):
    catalog = filled_po(campaign)
    catalog.locale = "ne_NP"
    assert import_po(catalog_bytes(catalog), "ne", admin_user).pages_changed


def test_rejects_a_file_without_a_language(campaign, admin_user):
    catalog = filled_po(campaign)
    template = Catalog(locale=None, fuzzy=False)
    for message in catalog:
        if message.id:
            template.add(message.id, message.string, context=message.context)
    rejected(campaign, catalog_bytes(template), admin_user, "the file has no Language header")


def test_rejects_entries_of_pages_or_segments_that_are_gone(campaign, admin_user):
    catalog = filled_po(campaign)
    for message in catalog:
        if message.context == entry(campaign, "intro"):
            message.context = "page:999999:intro"
        if message.context == entry(campaign, "body/quote/quote"):
            message.context = entry(campaign, "body/removed/quote")
        if message.context == entry(campaign, "title"):
            message.context = "title"
    data = catalog_bytes(catalog)
    errors = rejected(
        campaign,
        data,
        admin_user,
        f"Line {line_of(data, 'page:999999:intro')}, entry “page:999999:intro”: page 999999 "
        "no longer exists or is not a translatable page.",
        where(data, campaign, "body/removed/quote")
        + "this segment is no longer in the Romanian text of “Jobul perfect”; export the "
        "page again.",
        f"Line {line_of(data, 'title')}, entry “title”: this is not an entry of a page "
        "segment export.",
    )
    # The quote's other segment is translated while this one is unknown: it is in part.
    assert any("Entry “" + entry(campaign, "body/quote/quote") in e for e in errors)


def test_rejects_a_file_exported_before_the_source_changed(campaign, admin_user):
    data = catalog_bytes(filled_po(campaign))
    page = latest(campaign)
    page.body_ro[0].value["text"] = "Oferta de muncă perfectă"
    page.save_revision()
    rejected(
        campaign,
        data,
        admin_user,
        where(data, campaign, "body/head/text")
        + "the Romanian source changed since this file was exported (the msgid no longer "
        "matches it); export again.",
    )


PARAGRAPH_NE = nepali(
    "<p>Sună gratuit la <b>0800 800 678</b> sau, în caz de urgență, la 112. Află mai multe de "
    'la <a href="https://anitp.mai.gov.ro/">ANITP</a>.</p>'
)


BROKEN_MARKUP = {
    "unbalanced": (PARAGRAPH_NE.replace("</b>", ""), ["<b> is closed by </p>"]),
    "unclosed": (PARAGRAPH_NE.replace("</p>", ""), ["<p> is not closed"]),
    "unknown tag": (
        PARAGRAPH_NE.replace("ANITP</a>", "ANITP</a><script>alert(1)</script>"),
        ["the tag <script> is not allowed"],
    ),
    "attribute": (
        PARAGRAPH_NE.replace('<a href="', '<a onclick="steal()" href="'),
        ["the attribute “onclick” is not allowed on <a>"],
    ),
    "tags differ": (
        PARAGRAPH_NE.replace("<b>", "").replace("</b>", ""),
        ["the translation uses the tags <a>, <p> where the source uses <a>, <b>, <p>"],
    ),
    "links differ": (
        PARAGRAPH_NE.replace("https://anitp.mai.gov.ro/", "https://example.com/"),
        [
            "links of the source are missing: https://anitp.mai.gov.ro/",
            "links not in the source were added: https://example.com/",
        ],
    ),
}


def test_rejects_broken_or_changed_markup(campaign, admin_user):
    for text, messages in BROKEN_MARKUP.values():
        data = with_string(campaign, "body/para", text)
        prefix = where(data, campaign, "body/para")
        rejected(campaign, data, admin_user, *(prefix + message for message in messages))


STEP = "body/steps/steps/step-1/text"
CHANGED_PLACEHOLDERS = {
    "dropped": (STEP, "NE %(email)s", "missing {name}"),
    "renamed": (STEP, "NE {nume} %(email)s", "missing {name}; not in the source {nume}"),
    "positional": (STEP, "NE {name} %s", "missing %(email)s; not in the source %s"),
    "phone changed": (
        "body/para",
        PARAGRAPH_NE.replace("0800 800 678", "0800 800 679"),
        "missing 0800 800 678; not in the source 0800 800 679",
    ),
    "phone regrouped": (
        "body/para",
        PARAGRAPH_NE.replace("0800 800 678", "0800800678"),
        "missing 0800 800 678; not in the source 0800800678",
    ),
    "other digits": (
        "body/para",
        PARAGRAPH_NE.replace("112", "११२"),
        "missing 112; not in the source ११२",
    ),
}


def test_rejects_changed_placeholders_and_phone_numbers(campaign, admin_user):
    for context, text, detail in CHANGED_PLACEHOLDERS.values():
        data = with_string(campaign, context, text)
        rejected(
            campaign,
            data,
            admin_user,
            where(data, campaign, context)
            + "placeholders and numbers (such as %(name)s, {name}, 0800 800 678 or 112) must "
            f"stay exactly as in the source: {detail}",
        )


def test_rejects_a_fuzzy_entry(campaign, admin_user):
    catalog = filled_po(campaign)
    catalog.get("Jobul perfect", context=entry(campaign, "title")).flags.add("fuzzy")
    data = catalog_bytes(catalog)
    rejected(
        campaign,
        data,
        admin_user,
        where(data, campaign, "title") + "the entry is marked fuzzy (needs review)",
    )


def test_rejects_a_field_translated_only_in_part(campaign, admin_user):
    catalog = filled_po(campaign)
    catalog.get(
        "Ți se spune că ai o datorie.", context=entry(campaign, "body/signs/signs/sign-2")
    ).string = ""
    catalog.delete("Nu a fost vina mea.", context=entry(campaign, "body/quote/quote"))
    data = catalog_bytes(catalog)
    errors = rejected(
        campaign,
        data,
        admin_user,
        where(data, campaign, "body/signs/signs/sign-2")
        + "the field “body” of “Jobul perfect” is translated only in part: this segment has "
        "no translation while 12 others have one.",
        f"Entry “{entry(campaign, 'body/quote/quote')}” is not in the file, but the field "
        "“body” of “Jobul perfect” is translated only in part without it.",
    )
    assert len(errors) == 2


def test_rejects_a_translation_too_long_for_its_field(campaign, admin_user):
    data = with_string(campaign, "body/head/text", "NE " + "क" * 200)
    rejected(
        campaign,
        data,
        admin_user,
        where(data, campaign, "body/head/text")
        + "the translation is 203 characters long; this text allows at most 200",
    )


def test_rejects_pages_the_user_may_not_edit(campaign, other_centre_staff):
    data = catalog_bytes(filled_po(campaign))
    rejected(
        campaign,
        data,
        other_centre_staff,
        where(data, campaign, "title") + "you may not edit the page “Jobul perfect”.",
    )


def test_rejects_what_is_not_a_po_file(campaign, admin_user):
    rejected(
        campaign,
        b'msgid "a"\nmsgstr "b"\nnonsense here\n',
        admin_user,
        "Line 3: this is not a valid PO file",
    )


def test_reports_every_problem_at_once(campaign, admin_user):
    catalog = filled_po(campaign)
    catalog.locale = "hi"
    catalog.get("Jobul perfect", context=entry(campaign, "title")).flags.add("fuzzy")
    data = with_string(campaign, "body/para", PARAGRAPH_NE.replace("112", "911"), catalog)
    errors = rejected(campaign, data, admin_user)
    assert len(errors) == 3
