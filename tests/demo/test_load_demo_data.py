import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import translation
from wagtail.models import Page, Site

from campaigns.demo import content
from campaigns.languages.fallback import shown_language
from campaigns.pages.models import AudiencePage, CampaignPage, HomePage
from campaigns.taxonomy.models import Audience


def load_demo(var_dir):
    with override_settings(VAR_DIR=Path(var_dir)), open("/dev/null", "w") as quiet:
        call_command("load_demo_data", stdout=quiet)


class DemoContentTests(TestCase):
    """The demo is loaded once for the class: it takes seconds."""

    @classmethod
    def setUpTestData(cls):
        cls.var_dir = tempfile.mkdtemp()
        load_demo(cls.var_dir)

    def test_the_home_page_is_the_sites_root(self):
        site = Site.objects.get(is_default_site=True)
        assert isinstance(site.root_page.specific, HomePage)
        assert Page.objects.filter(depth=2).count() == 1

    def test_one_published_landing_page_per_audience(self):
        assert Audience.objects.count() == len(content.AUDIENCES)
        keys = sorted(page.audience.key for page in AudiencePage.objects.live())
        assert keys == sorted(audience["key"] for audience in content.AUDIENCES)

    def test_home_and_foreign_workers_pages_are_written_in_each_demo_language(self):
        home = HomePage.objects.get()
        workers = AudiencePage.objects.get(audience__key="foreign-workers")
        for code in ("ro", "en", "ne", "si", "ur", "uk"):
            for page in (home, workers):
                assert not shown_language(page, "body", code).is_fallback, (page, code)
                assert not shown_language(page, "title", code).is_fallback, (page, code)

    def test_other_languages_fall_back(self):
        demand = AudiencePage.objects.get(audience__key="demand-reduction")
        assert shown_language(demand, "body", "si").shown.code == "en"
        assert shown_language(demand, "body", "hu").shown.code == "ro"

    def test_the_demo_admin_can_log_in_with_the_printed_password(self):
        password = (Path(self.var_dir) / "demo-admin-password").read_text().strip()
        assert self.client.login(username="admin", password=password)
        assert self.client.get("/admin/").status_code == 200

    def test_demo_pages_serve_in_their_language(self):
        workers = next(p for p in content.AUDIENCE_PAGES if p["audience"] == "foreign-workers")
        response = self.client.get(f"/si/{workers['slug']['ro']}/")
        assert response.status_code == 200
        with translation.override("si"):
            assert response.context["page"].title == workers["title"]["si"]

    def test_the_real_2020_campaigns_are_there(self):
        titles = set(CampaignPage.objects.live().values_list("title_ro", flat=True))
        assert "Dă-i libertate! Nu-i plăti exploatarea!" in titles
        assert any(title.startswith("Jobul perfect") for title in titles)
        week = CampaignPage.objects.get(title_ro__startswith="Săptămâna Prevenirii")
        assert (str(week.start_date), str(week.end_date)) == ("2020-10-12", "2020-10-18")

    def test_the_foreign_workers_campaign_is_written_in_the_workers_languages(self):
        campaign = CampaignPage.objects.get(audiences__key="foreign-workers", start_date__year=2026)
        for code in ("ne", "si", "bn", "ur", "vi"):
            assert not shown_language(campaign, "body", code).is_fallback, code

    def test_the_diaspora_campaign_is_written_in_the_diaspora_languages(self):
        campaign = CampaignPage.objects.get(audiences__key="diaspora", start_date__year=2026)
        for code in ("ro", "en", "it", "es", "de"):
            assert not shown_language(campaign, "body", code).is_fallback, code

    def test_campaigns_link_to_the_pna_actions_they_implement(self):
        campaign = CampaignPage.objects.get(title_ro="Dă-i libertate! Nu-i plăti exploatarea!")
        assert "1.1.1" in {action.code for action in campaign.pna_actions.all()}

    def test_every_demo_campaign_is_listed_on_the_index(self):
        response = self.client.get("/ro/campanii/")
        assert len(response.context["campaigns"]) == CampaignPage.objects.live().count() == 7


@pytest.mark.django_db
def test_running_it_again_updates_instead_of_duplicating(tmp_path):
    load_demo(tmp_path)
    counts = (Page.objects.count(), Audience.objects.count(), CampaignPage.objects.count())
    password = (tmp_path / "demo-admin-password").read_text()
    load_demo(tmp_path)
    assert (Page.objects.count(), Audience.objects.count(), CampaignPage.objects.count()) == counts
    assert (tmp_path / "demo-admin-password").read_text() == password


class DemoAccountsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.var_dir = tempfile.mkdtemp()
        load_demo(cls.var_dir)

    def test_the_demo_centre_staff_edit_only_their_centres_campaigns(self):
        from django.contrib.auth import get_user_model

        staff = get_user_model().objects.get(username="timisoara")
        own = CampaignPage.objects.filter(regional_centre__key="timisoara")
        others = CampaignPage.objects.exclude(regional_centre__key="timisoara")
        assert own.exists() and others.exists()
        assert all(page.permissions_for_user(staff).can_edit() for page in own)
        assert not any(page.permissions_for_user(staff).can_edit() for page in others)

    def test_the_demo_coordinator_reviews_every_campaign(self):
        from django.contrib.auth import get_user_model

        coordinator = get_user_model().objects.get(username="coordonator")
        assert all(
            p.permissions_for_user(coordinator).can_publish() for p in CampaignPage.objects.all()
        )
