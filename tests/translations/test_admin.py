"""The admin: report, per-page translations, PO download and upload, and who may use them."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.menus.pages import get_page_header_buttons

from campaigns.pages.models import CampaignPage
from campaigns.translations.po import PO_CONTENT_TYPE

from .conftest import PARAGRAPH_RO, catalog_bytes, filled_po, latest, read_catalog

REPORT = reverse("campaign_translations:report")
BULK = reverse("campaign_translations:bulk_export")


def page_url(page):
    return reverse("campaign_translations:page", args=[page.pk])


def export_url(page, language="ne"):
    return reverse("campaign_translations:export", args=[page.pk, language])


def upload(data, language="ne"):
    return {"language": language, "file": SimpleUploadedFile("ne.po", data)}


def test_report_shows_each_campaign_in_each_language(campaign, admin_client):
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    content = response.content.decode()
    assert "wagtailadmin/base.html" in [t.name for t in response.templates]
    assert page_url(campaign) in content
    assert 'data-language="ne" data-status="missing"' in content
    assert 'data-language="en" data-status="complete"' in content
    assert 'data-language="ro"' not in content  # the source is not a target
    assert BULK in content


def test_report_filters_by_language_and_status(campaign, admin_client):
    content = admin_client.get(REPORT, {"language": "ne", "status": "missing"}).content.decode()
    assert page_url(campaign) in content
    assert 'data-language="en"' not in content
    content = admin_client.get(REPORT, {"language": "ne", "status": "complete"}).content.decode()
    assert page_url(campaign) not in content
    assert "No campaign matches." in content


def test_menu_item_leads_to_the_report(admin_client, db):
    assert REPORT in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_page_view_lists_languages_with_export_links(campaign, admin_client):
    response = admin_client.get(page_url(campaign))
    assert response.status_code == 200
    content = response.content.decode()
    assert export_url(campaign, "ne") in content and export_url(campaign, "fil") in content
    assert 'enctype="multipart/form-data"' in content


def test_export_downloads_a_po_file(campaign, admin_client):
    response = admin_client.get(export_url(campaign))
    assert response.status_code == 200
    assert response["Content-Type"] == PO_CONTENT_TYPE
    assert f'filename="anitp-page-{campaign.pk}-ne.po"' in response["Content-Disposition"]
    ids = [message.id for message in read_catalog(response.content)]
    assert PARAGRAPH_RO.replace(' data-block-key="k1"', "") in ids


def test_upload_imports_and_reports(campaign, admin_client):
    data = catalog_bytes(filled_po(campaign))
    response = admin_client.post(page_url(campaign), upload(data), follow=True)
    assert response.redirect_chain == [(page_url(campaign), 302)]
    content = response.content.decode()
    assert "Imported 16 segments into" in content
    assert 'data-language="ne" data-status="complete"' in content
    assert latest(campaign).title_ne == "NE Jobul perfect"


def test_upload_shows_every_problem_and_saves_nothing(campaign, admin_client):
    catalog = filled_po(campaign, language="ne")
    catalog.locale = "ur"
    catalog.get("Jobul perfect", context=f"page:{campaign.pk}:title").flags.add("fuzzy")
    revision = CampaignPage.objects.get(pk=campaign.pk).latest_revision_id
    response = admin_client.post(page_url(campaign), upload(catalog_bytes(catalog)))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Correct these 2 problems" in content
    assert "the file is in “ur” but is being imported as “ne”" in content
    assert "the entry is marked fuzzy" in content
    assert CampaignPage.objects.get(pk=campaign.pk).latest_revision_id == revision


def test_upload_needs_a_file(campaign, admin_client):
    response = admin_client.post(page_url(campaign), {"language": "ne"})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_bulk_export_of_missing_translations(campaign, admin_client):
    response = admin_client.get(BULK, {"language": "ne", "status": ["outdated", "missing"]})
    assert response.status_code == 200
    assert "anitp-missing-outdated-ne.po" in response["Content-Disposition"]
    contexts = {message.context for message in read_catalog(response.content) if message.id}
    assert f"page:{campaign.pk}:title" in contexts

    response = admin_client.get(BULK, {"language": "ne", "status": "outdated"})
    assert response.status_code == 302
    assert response["Location"] == f"{REPORT}?language=ne"


def test_unknown_pages_and_languages_are_not_found(campaign, admin_client):
    def status(url):
        # The site's LocaleMiddleware first tries an admin 404 under /ro/; that 404s as well.
        return admin_client.get(url, follow=True).status_code

    assert status(reverse("campaign_translations:page", args=[999999])) == 404
    assert status(reverse("campaign_translations:page", args=[1])) == 404  # the tree root
    assert status(export_url(campaign, "ro")) == 404
    assert status(export_url(campaign, "xx")) == 404


def test_a_user_who_cannot_edit_the_page_cannot_export_or_import_it(
    campaign, client, other_centre_staff
):
    client.force_login(other_centre_staff)
    content = client.get(REPORT).content.decode()
    assert page_url(campaign) not in content
    assert client.get(page_url(campaign)).status_code == 403
    assert client.get(export_url(campaign)).status_code == 403
    data = catalog_bytes(filled_po(campaign))
    assert client.post(page_url(campaign), upload(data)).status_code == 403
    assert not latest(campaign).title_ne
    response = client.get(BULK, {"language": "ne", "status": "missing"})
    assert response.status_code == 302


def test_centre_staff_work_on_their_own_centre_campaigns(campaign, client, django_user_model):
    from django.contrib.auth.models import Group

    from campaigns.pages.roles import CENTRE_STAFF_GROUP

    user = django_user_model.objects.create_user(username="tm-staff", password="pw")
    user.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    campaign.regional_centre.staff.add(user)
    client.force_login(user)
    assert page_url(campaign) in client.get(REPORT).content.decode()
    assert client.get(export_url(campaign)).status_code == 200


def test_translations_button_only_for_editors(campaign, admin_user, other_centre_staff):
    view_name = "edit"

    def labels(user):
        buttons = get_page_header_buttons(campaign, user, next_url=None, view_name=view_name)
        return {str(button.label): button.url for button in buttons}

    assert labels(admin_user)["Translations"] == page_url(campaign)
    assert "Translations" not in labels(other_centre_staff)
    # On the explorer's listing, in each page's "more" menu.
    more = next(
        button
        for hook in hooks.get_hooks("register_page_listing_buttons")
        for button in hook(page=campaign, user=admin_user)
        if getattr(button, "hook_name", "") == "register_page_listing_more_buttons"
    )
    assert page_url(campaign) in {item.url for item in more.dropdown_buttons}
