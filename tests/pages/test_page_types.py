from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.languages import registry
from campaigns.materials.pages import MaterialCatalogPage
from campaigns.pages.models import AudiencePage, CampaignIndexPage, HomePage
from campaigns.taxonomy.models import Audience
from tests.conftest import build_site_tree

# The admin form carries one body per language; an editor leaves the untranslated ones empty.
EMPTY_BODIES = {f"body_{code}": streamfield([]) for code in registry.language_codes()}


class PageTreeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.workers = build_site_tree()

    def test_the_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(AudiencePage, HomePage)

    def test_audience_pages_sit_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(AudiencePage, {HomePage})
        self.assertAllowedSubpageTypes(AudiencePage, {})
        self.assertAllowedSubpageTypes(
            HomePage, {AudiencePage, CampaignIndexPage, MaterialCatalogPage}
        )

    def test_pages_render(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.workers)

    def test_pages_render_in_a_right_to_left_language(self):
        with translation.override("ur"):
            self.assertPageIsRenderable(self.workers)


class EditorCreatesAnAudiencePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, _workers = build_site_tree()
        cls.audience = Audience.objects.create(key="diaspora", name_ro="Români în străinătate")

    def setUp(self):
        self.login()

    def test_an_editor_creates_an_audience_page_with_a_streamfield_body(self):
        body = streamfield(
            [
                ("heading", {"text": "Înainte să pleci", "level": "h2"}),
                ("paragraph", rich_text("<p>Cere contractul în scris.</p>")),
                (
                    "warning_signs",
                    {
                        "heading": "Semne",
                        "signs": {
                            "count": "1",
                            "0": {"value": "Îți iau actele", "deleted": "", "order": "0"},
                        },
                    },
                ),
                ("hotline", {"heading": "Sună gratuit", "text": ""}),
            ]
        )
        self.assertCanCreate(
            self.home,
            AudiencePage,
            nested_form_data(
                {
                    "title_ro": "Români în străinătate",
                    "title_en": "Romanians abroad",
                    "slug_ro": "romani-in-strainatate",
                    "slug_en": "romanians-abroad",
                    "audience": self.audience.pk,
                    **EMPTY_BODIES,
                    "body_ro": body,
                }
            ),
        )
        page = AudiencePage.objects.get(slug_ro="romani-in-strainatate")
        assert [block.block_type for block in page.body_ro] == [
            "heading",
            "paragraph",
            "warning_signs",
            "hotline",
        ]
        assert page.title_en == "Romanians abroad"
