"""Shared fixtures: a small published tree (home page and one audience page) in a few languages."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management.sql import emit_post_migrate_signal
from django.utils import translation
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Page, Site

from campaigns.pages.factories import AudiencePageFactory, HomePageFactory
from campaigns.taxonomy.factories import AudienceFactory
from tests.parallel import live_site, pristine_database  # noqa: F401 (fixtures, for every test)

HOME_BODY_RO = [{"type": "paragraph", "value": "<p>Apelează gratuit linia de informare.</p>"}]
HOME_BODY_NE = [{"type": "paragraph", "value": "<p>निःशुल्क सूचना लाइनमा फोन गर्नुहोस्।</p>"}]
WORKERS_BODY_RO = [{"type": "paragraph", "value": "<p>Păstrează-ți pașaportul.</p>"}]
WORKERS_BODY_EN = [{"type": "paragraph", "value": "<p>Keep your passport.</p>"}]


def build_site_tree():
    """Home page as the default site's root, with one audience page under it."""
    with translation.override("ro"):
        root = Page.get_first_root_node()
        home = HomePageFactory(
            parent=root,
            slug_ro="acasa",
            title_ro="Împreună împotriva traficului de persoane",
            title_en="Together against trafficking in persons",
            title_ne="मानव बेचबिखन विरुद्ध सँगै",
            title_ur="انسانی اسمگلنگ کے خلاف مل کر",
            body_ro=HOME_BODY_RO,
            body_ne=HOME_BODY_NE,
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
        audience = AudienceFactory(key="foreign-workers", name_ro="Lucrători străini")
        workers = AudiencePageFactory(
            parent=home,
            audience=audience,
            title_ro="Lucrători străini",
            title_en="Foreign workers",
            slug_ro="lucratori-straini",
            slug_en="foreign-workers",
            body_ro=WORKERS_BODY_RO,
            body_en=WORKERS_BODY_EN,
        )
    return home, workers


@pytest.fixture(autouse=True, scope="session")
def mail_through_the_outbox(django_test_environment):
    """Django's test setup replaces EMAIL_BACKEND with its locmem backend; put the site's outbox
    back, so every test's mail takes the production path (stored, then delivered through
    anymail's test backend, which fills `mail.outbox` just the same)."""
    from django.conf import settings

    settings.EMAIL_BACKEND = "campaigns.mail.backends.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def english_messages():
    """Run each test in English, so messages are asserted in the language they are written in.

    The site's default language is Romanian, whose catalog translates them; requests still
    choose their own language from the URL, the admin user or Accept-Language.
    """
    with translation.override("en"):
        yield


@pytest.fixture
def client(client):
    """The test client, reading the admin in English unless a test asks otherwise."""
    client.defaults.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
    return client


@pytest.fixture
def admin_client(admin_client):
    admin_client.defaults.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
    return admin_client


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture(autouse=True)
def forget_flushed_content_types(request):
    """Start a transactional test without content types cached from before a flush.

    After a test with `serialized_rollback` the tables stay empty until the next such test
    reloads them (Django skips post_migrate, which would clear the cache), so another
    transactional test would be handed ids that no longer exist: SQLite's search index has no
    foreign key to notice, PostgreSQL's refuses the row. Tests that reload the serialized
    database keep the cache: its ids are the ones they reload.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
        ContentType.objects.clear_cache()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Leave the database as a plain transactional test leaves it.

    Tests marked so need the migrations' data (the page tree's root, the role groups), which a
    transactional test before them may have flushed, so they use serialized_rollback. Django's
    flush after such a test skips post_migrate, though (the next serialized test loads them
    back), leaving no content types for a plain transactional test that follows: send it
    here, as a plain flush does.
    """
    result = yield
    if _serialized(item) and nextitem is not None and not _serialized(nextitem):
        with item.config.stash[blocking_manager_key].unblock():
            emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    return result


def _serialized(item):
    marker = item.get_closest_marker("django_db")
    return marker is not None and marker.kwargs.get("serialized_rollback", False)
