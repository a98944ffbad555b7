import re
from html.parser import HTMLParser

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from campaigns.frame.models import HotlineSettings
from campaigns.languages import registry

pytestmark = pytest.mark.django_db


PRESENT = object()


class _Collector(HTMLParser):
    """Collects the start tags of a page, for asserting structure rather than substrings."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, tag, **attrs):
        """Tags named `tag` with the given attributes; a value of PRESENT matches any value."""
        return [
            found
            for name, found in self.tags
            if name == tag
            and all(
                key in found and (value is PRESENT or found[key] == value)
                for key, value in attrs.items()
            )
        ]


def parse(response):
    collector = _Collector()
    collector.feed(response.content.decode())
    return collector


@pytest.mark.parametrize("code", registry.language_codes())
def test_every_language_gets_lang_and_dir_on_the_html_element(client, site_tree, code):
    page = parse(client.get(f"/{code}/"))
    html = page.all("html")[0]
    assert html["lang"] == code
    assert html["dir"] == ("rtl" if code in ("ar", "ur") else "ltr")


@pytest.mark.parametrize("url", ["/ro/", "/ne/", "/ur/lucratori-straini/", "/en/foreign-workers/"])
def test_every_page_has_exactly_one_h1(client, site_tree, url):
    assert len(parse(client.get(url)).all("h1")) == 1


def test_the_hotline_bar_offers_both_numbers_as_tel_links(client, site_tree):
    page = parse(client.get("/ne/"))
    assert page.all("a", href="tel:0800800678")
    assert page.all("a", href="tel:112")


def test_a_changed_hotline_number_reaches_every_language_at_once(client, site_tree):
    HotlineSettings.objects.update_or_create(pk=1, defaults={"information_line": "0800 800 679"})
    for code in ("ro", "ne", "ur"):
        body = client.get(f"/{code}/").content.decode()
        assert 'href="tel:0800800679"' in body
        assert "0800 800 678" not in body


def test_the_exit_control_leads_to_a_neutral_site_and_is_a_keyboard_reachable_link(
    client, site_tree, settings
):
    page = parse(client.get("/ro/"))
    exit_link = page.all("a", **{"data-exit-this-page-link": PRESENT})
    assert [link["href"] for link in exit_link] == [settings.EXIT_THIS_PAGE_URL]
    assert page.all("script", src="/static/js/exit-this-page.js")


def test_the_switcher_lists_every_language_by_its_own_name_linking_the_same_page(client, site_tree):
    body = client.get("/ro/lucratori-straini/").content.decode()
    page = parse(client.get("/ro/lucratori-straini/"))
    links = page.all("a", **{"class": "language-switcher__link"})
    assert [link["hreflang"] for link in links] == list(registry.language_codes())
    hrefs = {link["hreflang"]: link["href"] for link in links}
    assert hrefs["en"] == "/en/foreign-workers/"
    assert hrefs["ne"] == "/ne/lucratori-straini/"
    for language in registry.all_languages():
        assert f">{language.native_name}</a>" in body


def test_hreflang_alternates_cover_every_language_and_x_default(client, site_tree):
    page = parse(client.get("/ne/"))
    alternates = {link["hreflang"]: link["href"] for link in page.all("link", rel="alternate")}
    assert set(alternates) == {*registry.language_codes(), "x-default"}
    assert alternates["si"] == "http://testserver/si/"
    assert alternates["x-default"] == "http://testserver/ro/"


def test_fallback_text_is_announced_and_carries_its_own_lang_and_dir(client, site_tree):
    body = client.get("/ur/lucratori-straini/").content.decode()
    assert 'class="fallback-notice"' in body
    assert re.search(r'<div class="stream" lang="en" dir="ltr">', body)
    assert re.search(r'<h1 class="page-title" lang="en" dir="ltr">Foreign workers</h1>', body)


def test_no_fallback_notice_when_the_page_is_translated(client, site_tree):
    body = client.get("/ne/").content.decode()
    assert "fallback-notice" not in body
    assert '<div class="stream">' in body


def test_the_fallback_notice_speaks_the_visitors_language(client, site_tree):
    body = client.get("/ro/lucratori-straini/").content.decode()
    assert "fallback-notice" not in body
    body = client.get("/ne/lucratori-straini/").content.decode()
    notice = re.search(r'<p class="fallback-notice" role="note">(.*?)</p>', body, re.S).group(1)
    assert "नेपाली" in notice  # the requested language, named in Nepali
    assert "अङ्ग्रेजी" in notice  # the language shown, named in Nepali


def test_public_pages_request_nothing_from_a_third_party(client, site_tree):
    for url in ("/ro/", "/ne/", "/ur/lucratori-straini/"):
        page = parse(client.get(url))
        resources = [attrs.get("src") for _tag, attrs in page.tags if attrs.get("src")]
        resources += [
            attrs["href"]
            for tag, attrs in page.tags
            if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "preload")
        ]
        assert resources
        assert all(resource.startswith("/") for resource in resources), resources


def test_anonymous_visitors_get_no_cookie(client, site_tree):
    response = client.get("/ne/")
    assert response.cookies == {}


@override_settings(DEBUG=False)
@pytest.mark.parametrize("code", ["ro", "ne", "ur", "si", "en"])
def test_the_404_page_speaks_the_visitors_language(client, site_tree, code):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert f'<html lang="{code}"' in body
    with translation.override(code):
        heading = gettext("Page not found")
    assert f'<h1 class="page-title">{heading}</h1>' in body
    if code != "en":
        assert heading != "Page not found"
    assert 'href="tel:0800800678"' in body


def test_the_500_page_speaks_the_visitors_language_without_the_database(rf, settings):
    from campaigns.frame.views import server_error

    request = rf.get("/ur/")
    with translation.override("ur"):
        response = server_error(request)
    body = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ur" dir="rtl">' in body
    assert "Something went wrong" not in body
    assert 'href="tel:0800800678"' in body


def test_the_sitemap_lists_every_published_page_in_every_language(client, site_tree):
    _home, _workers = site_tree
    body = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", body)
    for code in registry.language_codes():
        assert f"http://testserver/{code}/" in locations
    assert "http://testserver/en/foreign-workers/" in locations
    assert "http://testserver/ne/lucratori-straini/" in locations
    assert len(locations) == 2 * len(registry.language_codes())
    assert 'hreflang="x-default"' in body


def test_the_sitemap_leaves_out_unpublished_pages(client, site_tree):
    _home, workers = site_tree
    workers.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "lucratori-straini" not in body
    assert "foreign-workers" not in body
