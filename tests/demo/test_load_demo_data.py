import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page, Site

from campaigns.demo import content
from campaigns.languages.fallback import shown_language
from campaigns.pages.models import AudiencePage, HomePage
from campaigns.taxonomy.models import Audience

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(tmp_path, django_user_model):
    with override_settings(VAR_DIR=tmp_path):
        call_command("load_demo_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return tmp_path


def test_the_demo_builds_the_home_page_as_the_sites_root(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert Page.objects.filter(depth=2).count() == 1


def test_the_demo_has_one_published_landing_page_per_audience(demo):
    assert Audience.objects.count() == len(content.AUDIENCES)
    pages = AudiencePage.objects.live()
    assert sorted(page.audience.key for page in pages) == sorted(
        a["key"] for a in content.AUDIENCES
    )


@pytest.mark.parametrize("code", ["ro", "en", "ne", "si", "ur", "uk"])
def test_the_home_page_and_foreign_workers_page_are_written_in_each_demo_language(demo, code):
    home = HomePage.objects.get()
    workers = AudiencePage.objects.get(audience__key="foreign-workers")
    for page in (home, workers):
        assert not shown_language(page, "body", code).is_fallback
        assert not shown_language(page, "title", code).is_fallback


def test_other_languages_fall_back(demo):
    demand = AudiencePage.objects.get(audience__key="demand-reduction")
    assert shown_language(demand, "body", "si").shown.code == "en"
    assert shown_language(demand, "body", "hu").shown.code == "ro"


def test_running_it_again_updates_instead_of_duplicating(demo, tmp_path):
    counts = (Page.objects.count(), Audience.objects.count())
    password = (demo / "demo-admin-password").read_text()
    with override_settings(VAR_DIR=demo):
        call_command("load_demo_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Page.objects.count(), Audience.objects.count()) == counts
    assert (demo / "demo-admin-password").read_text() == password


def test_the_demo_admin_can_log_in_with_the_printed_password(demo, client):
    password = (demo / "demo-admin-password").read_text().strip()
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200


def test_demo_pages_serve_in_their_language(demo, client):
    workers = next(p for p in content.AUDIENCE_PAGES if p["audience"] == "foreign-workers")
    response = client.get(f"/si/{workers['slug']['ro']}/")
    assert response.status_code == 200
    with translation.override("si"):
        assert response.context["page"].title == workers["title"]["si"]
