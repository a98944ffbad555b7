import pytest
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.languages import registry
from campaigns.pages.models import CampaignIndexPage, CampaignPage, HomePage
from tests.pages.campaign_tree import build_campaign_tree

EMPTY_BODIES = {f"body_{code}": streamfield([]) for code in registry.language_codes()}


class CampaignTreeRulesTests(WagtailPageTestCase):
    def test_campaigns_live_only_in_the_campaign_index(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignPage, {})
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})
        self.assertCanNotCreateAt(HomePage, CampaignPage)
        self.assertCanNotCreateAt(Page, CampaignPage)


class EditorPublishesACampaignTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from django.contrib.auth import get_user_model

        cls.tree = build_campaign_tree(get_user_model())

    def setUp(self):
        self.login()

    def test_an_editor_creates_and_publishes_a_campaign_through_the_admin_form(self):
        tree = self.tree
        body = streamfield(
            [
                ("heading", {"text": "Ce poți face", "level": "h2"}),
                ("paragraph", rich_text("<p>Sună gratuit la 0800 800 678.</p>")),
                (
                    "questions",
                    {
                        "heading": "Întrebări",
                        "items": {
                            "count": "1",
                            "0": {
                                "value": {
                                    "question": "Este gratuit?",
                                    "answer": rich_text("<p>Da.</p>"),
                                },
                                "deleted": "",
                                "order": "0",
                            },
                        },
                    },
                ),
                ("hotline", {"heading": "Sună", "text": ""}),
            ]
        )
        data = nested_form_data(
            {
                "title_ro": "Muncești în România? Ai drepturi",
                "title_ne": "रोमानियामा काम गर्नुहुन्छ?",
                "slug_ro": "muncesti-in-romania",
                **EMPTY_BODIES,
                "body_ro": body,
                "regional_centre": tree["timisoara"].pk,
                "start_date": "2026-01-15",
                "setting": "rural_urban",
                "action-publish": "publish",
            }
        )
        # nested_form_data would flatten lists into "audiences-0"; many-to-many values stay lists.
        data.update(audiences=[tree["workers"].pk], exploitation_forms=[tree["labour"].pk])
        self.assertCanCreate(tree["index"], CampaignPage, data)
        campaign = CampaignPage.objects.get(slug_ro="muncesti-in-romania")
        assert campaign.live
        assert [block.block_type for block in campaign.body_ro] == [
            "heading",
            "paragraph",
            "questions",
            "hotline",
        ]
        assert list(campaign.audiences.all()) == [tree["workers"]]
        response = self.client.get("/ne/campanii/muncesti-in-romania/")
        assert response.status_code == 200
        assert "रोमानियामा काम गर्नुहुन्छ?" in response.content.decode()

    def test_a_campaign_cannot_end_before_it_starts(self):
        campaign = self.tree["jobs"]
        campaign.end_date = "2019-01-01"
        with pytest.raises(Exception, match="cannot end before it starts"):
            campaign.full_clean()

    def test_a_hero_image_needs_alternative_text(self):
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        campaign = self.tree["jobs"]
        campaign.hero_image = Image.objects.create(title="hero", file=get_test_image_file())
        campaign.hero_alt_ro = ""
        with pytest.raises(Exception, match="needs its alternative text"):
            campaign.full_clean()

    def test_survivor_quotes_require_recorded_consent(self):
        from campaigns.pages.blocks import BaseStreamBlock

        block = BaseStreamBlock()
        value = block.to_python(
            [{"type": "survivor_quote", "value": {"quote": "…", "consent_recorded": False}}]
        )
        with pytest.raises(Exception):  # noqa: B017 - Wagtail's StreamBlockValidationError
            block.clean(value)

    def test_campaign_pages_render_in_every_demo_script(self):
        for code in ("ro", "ne", "ur", "si"):
            with translation.override(code):
                self.assertPageIsRenderable(self.tree["jobs"])

    def test_campaigns_preview_in_any_chosen_language(self):
        campaign = self.tree["jobs"]
        assert [mode for mode, _label in campaign.preview_modes] == list(registry.language_codes())
        data = nested_form_data(
            {
                "title_ro": campaign.title_ro,
                "title_ne": "उत्तम जागिर (ciornă)",
                "slug_ro": campaign.slug_ro,
                **EMPTY_BODIES,
                "regional_centre": campaign.regional_centre_id,
                "start_date": "2020-06-01",
                "setting": "rural_urban",
            }
        )
        data["audiences"] = [self.tree["workers"].pk]
        preview_url = f"/admin/pages/{campaign.pk}/edit/preview/"
        assert self.client.post(preview_url, data).json()["is_valid"]
        # The editor works in English; the preview renders the draft in the language chosen.
        for mode, lang_attr, text in (
            ("ne", '<html lang="ne" dir="ltr">', "उत्तम जागिर (ciornă)"),
            ("ur", '<html lang="ur" dir="rtl">', "Jobul perfect"),
        ):
            body = self.client.get(
                f"{preview_url}?mode={mode}", HTTP_ACCEPT_LANGUAGE="en"
            ).content.decode()
            assert lang_attr in body
            assert text in body


@pytest.mark.django_db
def test_the_materials_block_shows_only_current_materials(client, django_user_model):
    import datetime

    from campaigns.materials.models import Material

    tree = build_campaign_tree(django_user_model)
    today = datetime.date.today()
    current = Material.objects.create(
        key="card", title_ro="Card TelVerde", type="wallet_card", review_by=today
    )
    withdrawn = Material.objects.create(
        key="old", title_ro="Pliant vechi", type="leaflet", review_by=today.replace(year=2020)
    )
    campaign = tree["jobs"]
    campaign.body_ro = [
        {
            "type": "materials",
            "value": {"heading": "Materiale", "materials": [current.pk, withdrawn.pk]},
        }
    ]
    campaign.save_revision().publish()
    body = client.get("/ro/campanii/jobul-perfect/").content.decode()
    assert "Card TelVerde" in body
    assert "Pliant vechi" not in body
