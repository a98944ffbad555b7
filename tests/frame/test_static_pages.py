"""Public pages written as static files: what is written, when, and what is never written."""

import gzip

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from campaigns.frame import static_pages
from campaigns.frame.management.commands import publish_static_pages  # noqa: F401
from campaigns.languages import registry
from tests.materials.conftest import build_catalogue

PURGED = []


class RecordingBackend(BaseBackend):
    """A CDN that only remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def pages_root(settings, tmp_path):
    settings.STATIC_PAGES_ROOT = tmp_path / "static-pages"
    settings.STATIC_PAGES_AUTO = True
    settings.STATIC_PAGES_BACKGROUND = False
    settings.STATIC_PAGES_BASE_URL = "http://testserver"
    # Each page renders once per language: two languages keep the tests quick; the tests about
    # every language ask for all of them.
    settings.STATIC_PAGES_LANGUAGES = ("ro", "ne")
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.frame.test_static_pages.RecordingBackend"}
    }
    PURGED.clear()
    return settings.STATIC_PAGES_ROOT


@pytest.fixture
def tree(db, django_user_model):
    return build_catalogue(django_user_model)


def url_in(page, code):
    with translation.override(code):
        return page.get_url()


def file_of(page, code):
    return static_pages.file_for(url_in(page, code))


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Run a change the way an editor's request does: collected, published once committed."""

    def change(action):
        with django_capture_on_commit_callbacks(execute=True), static_pages.collecting():
            action()

    return change


def test_publishing_writes_ro_and_ne_as_django_serves_them(pages_root, tree, client, after_commit):
    jobs = tree["jobs"]
    after_commit(lambda: jobs.save_revision().publish())

    for code in ("ro", "ne"):
        response = client.get(url_in(jobs, code))
        assert response.status_code == 200
        written = file_of(jobs, code).read_bytes()
        assert written == response.content
        assert gzip.decompress(file_of(jobs, code).with_suffix(".html.gz").read_bytes()) == written
    assert "उत्तम जागिर".encode() in file_of(jobs, "ne").read_bytes()
    # The listings that show the campaign were rewritten too.
    assert file_of(tree["index"], "ne").exists()
    assert file_of(tree["home"], "ro").exists()


def test_public_pages_carry_nothing_per_visitor(pages_root, tree):
    static_pages.publish([tree["jobs"].pk])
    html = file_of(tree["jobs"], "ro").read_text()
    assert "csrfmiddlewaretoken" not in html
    assert "wagtail-userbar" not in html


def test_every_language_is_written_and_purged(pages_root, tree, settings):
    settings.STATIC_PAGES_LANGUAGES = None
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])

    for language in registry.all_languages():
        assert file_of(jobs, language.code).exists(), language.code
        assert f"http://testserver{url_in(jobs, language.code)}" in PURGED


def test_unpublishing_removes_the_page_in_every_language(pages_root, tree, after_commit, settings):
    jobs = tree["jobs"]
    settings.STATIC_PAGES_LANGUAGES = None
    static_pages.publish([jobs.pk])
    settings.STATIC_PAGES_LANGUAGES = ("ro", "ne")
    assert file_of(jobs, "ur").exists()
    PURGED.clear()

    after_commit(jobs.unpublish)

    for language in registry.all_languages():
        assert not file_of(jobs, language.code).exists(), language.code
        assert not file_of(jobs, language.code).with_suffix(".html.gz").exists()
    assert f"http://testserver{url_in(jobs, 'ne')}" in PURGED
    # The index no longer lists it.
    assert "Jobul perfect" not in file_of(tree["index"], "ro").read_text()


def test_a_new_slug_removes_the_old_address(pages_root, tree, after_commit):
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])
    old = file_of(jobs, "ro")

    def rename():
        jobs.slug_ro = "jobul-de-vis"
        jobs.save_revision().publish()

    after_commit(rename)

    jobs.refresh_from_db()
    assert not old.exists()
    assert file_of(jobs, "ro").exists()


def test_editing_a_snippet_rewrites_the_pages_showing_it(pages_root, tree, after_commit):
    jobs = tree["jobs"]
    static_pages.publish()
    workers = tree["workers"]

    def rename():
        workers.name_ro = "Lucrători migranți"
        workers.save()

    after_commit(rename)

    assert "Lucrători migranți" in file_of(jobs, "ro").read_text()


def test_a_save_in_an_editors_request_is_published_after_it(
    pages_root, tree, django_capture_on_commit_callbacks
):
    """The middleware publishes what a request's saves changed once its response is ready."""
    static_pages.publish([tree["jobs"].pk])
    workers = tree["workers"]

    def view(request):
        workers.name_ro = "Muncitori străini"
        workers.save()
        return HttpResponse("saved")

    middleware = static_pages.StaticPagesMiddleware(view)
    with django_capture_on_commit_callbacks(execute=True):
        middleware(RequestFactory().post("/admin/snippets/taxonomy/audience/edit/1/"))

    assert "Muncitori străini" in file_of(tree["jobs"], "ro").read_text()


def test_a_draft_revision_leaves_the_file_alone(pages_root, tree, after_commit):
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])
    before = file_of(jobs, "ro").read_bytes()

    def draft():
        jobs.title_ro = "Titlu în lucru"
        jobs.save_revision()

    after_commit(draft)

    assert file_of(jobs, "ro").read_bytes() == before


def test_a_private_page_is_never_written(pages_root, tree, after_commit):
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])

    after_commit(
        lambda: PageViewRestriction.objects.create(
            page=jobs, restriction_type=PageViewRestriction.LOGIN
        )
    )

    assert not file_of(jobs, "ro").exists()
    static_pages.publish([jobs.pk])
    after_commit(lambda: jobs.save_revision().publish())
    assert not file_of(jobs, "ne").exists()


def test_material_pages_are_written_and_filtered_listings_left_to_django(pages_root, tree):
    catalogue = tree["catalogue"]
    static_pages.publish([catalogue.pk])

    base = url_in(catalogue, "ne")
    assert static_pages.file_for(base + "job-offer-leaflet/").exists()
    assert not static_pages.file_for(base + "old-wallet-card/").exists()  # withdrawn
    written = {path.parent.name for path in pages_root.rglob("index.html")}
    assert not any("?" in name for name in written)


def test_the_full_run_removes_files_no_page_owns(pages_root, tree, capsys):
    stray = pages_root / "ro" / "gone" / "index.html"
    stray.parent.mkdir(parents=True)
    stray.write_text("<p>old</p>")

    from django.core.management import call_command

    call_command("publish_static_pages", "--all")

    assert not stray.exists()
    assert file_of(tree["jobs"], "ne").exists()
    assert "removed" in capsys.readouterr().out
