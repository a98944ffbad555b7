"""PO import of hand-edited files: an impossible page id or a control character is a line-numbered
rejection, never a server error or a NUL saved into a page."""

import pytest
from django.utils import translation

from campaigns.translations.po import ImportRejected, import_po

from .conftest import catalog_bytes, filled_po, line_of

HUGE_ID = "9" * 20


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def errors_of(data, user):
    with pytest.raises(ImportRejected) as caught:
        import_po(data, "ne", user)
    return [str(error) for error in caught.value.errors]


def test_a_page_id_past_the_databases_integers_names_no_page(campaign, admin_user):
    catalog = filled_po(campaign)
    for message in catalog:
        if message.context == f"page:{campaign.pk}:intro":
            message.context = f"page:{HUGE_ID}:intro"
    data = catalog_bytes(catalog)

    errors = errors_of(data, admin_user)

    assert (
        f"Line {line_of(data, f'page:{HUGE_ID}:intro')}, entry “page:{HUGE_ID}:intro”: "
        f"page {HUGE_ID} no longer exists or is not a translatable page."
    ) in errors


@pytest.mark.parametrize(("character", "named"), [("\x00", "U+0000"), ("\x1b", "U+001B")])
def test_a_control_character_in_a_translation_is_refused(campaign, admin_user, character, named):
    catalog = filled_po(campaign)
    context = f"page:{campaign.pk}:title"
    for message in catalog:
        if message.context == context:
            message.string = f"शीर्षक{character}"
    data = catalog_bytes(catalog)

    errors = errors_of(data, admin_user)

    assert (
        f"Line {line_of(data, context)}, entry “{context}”: the translation contains the "
        f"control character {named}, which no page text may hold; remove it."
    ) in errors
    campaign.refresh_from_db()
    assert character not in (campaign.title_ne or "")
