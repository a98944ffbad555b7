"""The public catalogue: current materials only, its filters, the detail page, every language."""

import re

from django.contrib.auth import get_user_model
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from campaigns.materials.models import Material, MaterialCatalogPage
from campaigns.pages.models import CampaignIndexPage, CampaignPage, HomePage

from . import files
from .conftest import add_file, build_catalogue, make_material


def listed(response):
    return [material.key for material in response.context["materials"]]


FILTER_CASES = [
    ("audience=minors-parents", ["school-poster"]),
    ("audience=foreign-workers", ["job-offer-leaflet"]),
    ("language=ne", ["job-offer-leaflet"]),
    ("language=ro", ["job-offer-leaflet", "school-poster"]),
    ("language=si", []),
    ("type=poster", ["school-poster"]),
    ("type=leaflet", ["job-offer-leaflet"]),
    ("topic=labour", ["job-offer-leaflet"]),
    ("topic=sexual", []),
    ("audience=foreign-workers&language=ne&type=leaflet&topic=labour", ["job-offer-leaflet"]),
    ("audience=nobody&language=xx", []),
]


class CatalogueTests(WagtailPageTestCase):
    """One catalogue for the whole class: building it is the slow part."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_catalogue(get_user_model())

    def test_the_catalogue_lists_current_materials_only(self):
        response = self.client.get("/ro/materiale/")
        assert response.status_code == 200
        assert listed(response) == ["job-offer-leaflet", "school-poster"]
        assert "old-wallet-card" not in response.content.decode()

    def test_filters(self):
        for query, expected in FILTER_CASES:
            response = self.client.get(f"/ro/materiale/?{query}")
            assert response.status_code == 200, query
            assert listed(response) == expected, query
        html = self.client.get("/ro/materiale/?type=poster&topic=labour").content.decode()
        assert '<option value="poster" selected>' in html
        assert '<option value="labour" selected>' in html

    def test_a_card_shows_title_type_languages_and_downloads(self):
        html = self.client.get("/ne/materiale/").content.decode()
        card = html[html.index('data-material="job-offer-leaflet"') :]
        card = card[: card.index("</li>\n")]
        # The Nepali title, in the page's own language: no lang attribute needed.
        assert '<a href="/ne/materiale/job-offer-leaflet/">कामको प्रस्ताव जाँच गर्नुहोस्</a>' in card
        assert 'class="material-card__thumbnail" src="/downloads/materials/' in card
        # The visitor's language first, each language named in itself.
        assert card.index('<span lang="ne" dir="ltr">नेपाली</span>') < card.index(
            '<span lang="ro" dir="ltr">Română</span>'
        )
        leaflet_ne = self.tree["leaflet"].files.get(language="ne")
        assert (
            f'href="{leaflet_ne.download_url}" download="job-offer-leaflet-ne.pdf" '
            'type="application/pdf" hreflang="ne"'
        ) in card
        # Format and size, the size written as Nepali writes it ("932 बाइटहरु").
        assert f'material-download__meta">PDF, {leaflet_ne.file_size}\xa0बाइटहरु' in card

    def test_fallback_titles_carry_their_own_language(self):
        html = self.client.get("/ur/materiale/").content.decode()
        assert '<html lang="ur" dir="rtl">' in html
        # No Urdu title: the English one, marked as English, left to right.
        assert (
            '<a href="/ur/materiale/job-offer-leaflet/" lang="en" dir="ltr">Check the job offer'
            in (html)
        )

    def test_the_catalogue_and_a_material_render_in_every_frame(self):
        for language, direction in (("ne", "ltr"), ("ur", "rtl"), ("ar", "rtl"), ("si", "ltr")):
            for path in ("materiale/", "materiale/job-offer-leaflet/"):
                response = self.client.get(f"/{language}/{path}")
                html = response.content.decode()
                assert response.status_code == 200, (language, path)
                assert f'<html lang="{language}" dir="{direction}">' in html
                assert 'href="tel:0800800678"' in html
                assert "data-exit-this-page-link" in html

    def test_the_detail_shows_the_material(self):
        response = self.client.get("/en/materials/job-offer-leaflet/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "<title>Check the job offer · " in html
        assert "Ten questions before you go to work abroad." in html
        assert 'href="/en/materials/"' in html  # back to the catalogue
        # Every language version, with its print specification.
        assert re.findall(r'class="material-version" data-language="(\w+)"', html) == ["ro", "ne"]
        assert 'download="job-offer-leaflet-ne.pdf"' in html
        assert "A5 (148 × 210 mm)" in html
        assert "5 mm" in html  # the Nepali file's bleed

    def test_the_detail_lists_the_live_campaigns_that_use_it(self):
        html = self.client.get("/ro/materiale/school-poster/").content.decode()
        section = html[html.index("material__campaigns") :]
        assert '<a href="/ro/campanii/saptamana-prevenirii/">Săptămâna Prevenirii</a>' in section
        assert '<a href="/ro/campanii/jobul-perfect/">Jobul perfect</a>' in section

        self.tree["week"].unpublish()
        html = self.client.get("/ro/materiale/school-poster/").content.decode()
        assert "saptamana-prevenirii" not in html
        assert "/ro/campanii/jobul-perfect/" in html

    def test_withdrawn_and_unknown_materials_are_not_found(self):
        assert self.client.get("/ro/materiale/old-wallet-card/").status_code == 404
        assert self.client.get("/ro/materiale/no-such-material/").status_code == 404
        assert self.client.get("/ro/materiale/job-offer-leaflet/extra/").status_code == 404

    def test_a_material_without_files_is_not_listed(self):
        make_material("empty", type="booklet", title_ro="Gol", audiences=[self.tree["workers"]])
        assert "empty" not in listed(self.client.get("/ro/materiale/"))
        assert self.client.get("/ro/materiale/empty/").status_code == 404

    def test_the_language_switcher_stays_on_the_material(self):
        html = self.client.get("/ro/materiale/job-offer-leaflet/").content.decode()
        assert 'hreflang="ne" href="http://testserver/ne/materiale/job-offer-leaflet/"' in html
        assert 'href="/ur/materiale/job-offer-leaflet/" hreflang="ur"' in html

    def test_a_fallback_description_is_announced(self):
        html = self.client.get("/ne/materiale/job-offer-leaflet/").content.decode()
        assert 'class="fallback-notice"' in html
        assert '<div class="material__description" lang="en" dir="ltr">' in html

    def test_queries_do_not_grow_with_the_number_of_materials(self):
        def queries(path):
            self.client.get(path)  # warm the site root and per-process caches
            with CaptureQueriesContext(connection) as captured:
                assert self.client.get(path).status_code == 200
            return len(captured)

        before = queries("/ro/materiale/"), queries("/ro/materiale/job-offer-leaflet/")
        for number in range(3):
            material = make_material(
                f"extra-{number}",
                type="leaflet",
                title_ro=f"Extra {number}",
                audiences=[self.tree["workers"]],
                forms=[self.tree["labour"]],
                campaigns=[self.tree["jobs"], self.tree["week"]],
            )
            add_file(material, "ro", files.image_bytes("PNG"), f"extra-{number}.png")
            add_file(material, "en", files.image_bytes("PNG"), f"extra-{number}-en.png")
        self.tree["leaflet"].campaigns.add(self.tree["week"])
        after = queries("/ro/materiale/"), queries("/ro/materiale/job-offer-leaflet/")
        assert len(listed(self.client.get("/ro/materiale/"))) == 5
        assert after == before

    def test_campaign_pages_can_list_their_materials(self):
        request = RequestFactory().get("/ro/campanii/jobul-perfect/")
        with translation.override("ro"):
            html = render_to_string(
                "materials/includes/campaign_materials.html",
                {"campaign": self.tree["jobs"], "request": request},
            )
        assert re.findall(r'<li data-material="([\w-]+)">', html) == [
            "job-offer-leaflet",
            "school-poster",
        ]
        assert '<a href="/ro/materiale/job-offer-leaflet/">Verifică oferta de muncă</a>' in html
        assert 'download="job-offer-leaflet-ro.pdf"' in html
        assert "old-wallet-card" not in html

    def test_a_campaign_without_materials_gets_nothing(self):
        Material.objects.all().delete()
        html = render_to_string(
            "materials/includes/campaign_materials.html", {"campaign": self.tree["week"]}
        )
        assert html.strip() == ""

    def test_previews_render_in_the_language_chosen(self):
        page = self.tree["catalogue"]
        response = page.make_preview_request(preview_mode="ne")
        html = response.content.decode()
        assert '<html lang="ne" dir="ltr">' in html
        assert "कामको प्रस्ताव जाँच गर्नुहोस्" in html

    def test_one_catalogue_under_the_home_page(self):
        # One already exists (max_count = 1): on a fresh site it could be created.
        MaterialCatalogPage.objects.all().delete()
        self.assertCanCreateAt(HomePage, MaterialCatalogPage)
        self.assertCanNotCreateAt(CampaignIndexPage, MaterialCatalogPage)
        self.assertCanNotCreateAt(MaterialCatalogPage, CampaignPage)
        self.assertAllowedParentPageTypes(MaterialCatalogPage, {HomePage})
        self.assertAllowedSubpageTypes(MaterialCatalogPage, {})

    def test_the_catalogue_renders(self):
        self.assertPageIsRenderable(self.tree["catalogue"])
        self.assertPageIsRenderable(self.tree["catalogue"], "job-offer-leaflet/")
