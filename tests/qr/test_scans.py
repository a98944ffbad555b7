"""Scanning a short link: counted once per day and key, sent on in its language, nothing kept."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.qr.models import ScanCount
from tests.qr.conftest import make_material

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.qr.urls")]

VISITOR = {
    "REMOTE_ADDR": "203.0.113.77",
    "HTTP_X_FORWARDED_FOR": "198.51.100.23",
    "HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14; Pixel 8) ScanTest/1.0",
}


def counts():
    return sorted(
        (row.material.key, row.language, row.post.code if row.post else "", row.scans)
        for row in ScanCount.objects.select_related("material", "post")
    )


def test_two_scans_on_one_day_make_one_row_of_two(client, site_tree, leaflet, london):
    assert client.get("/q/jobul-perfect/ne/gb-london/").status_code == 302
    assert client.get("/q/jobul-perfect/ne/gb-london/").status_code == 302
    assert counts() == [("jobul-perfect", "ne", "gb-london", 2)]
    assert ScanCount.objects.get().day == timezone.localdate()


def test_scans_without_a_post_share_one_row(client, site_tree, leaflet):
    for _ in range(3):
        client.get("/q/jobul-perfect/ne/")
    assert counts() == [("jobul-perfect", "ne", "", 3)]


def test_each_post_and_language_has_its_own_row(client, site_tree, leaflet, london, rome):
    for url in [
        "/q/jobul-perfect/ne/gb-london/",
        "/q/jobul-perfect/ne/it-roma/",
        "/q/jobul-perfect/ne/",
        "/q/jobul-perfect/ur/gb-london/",
        "/q/jobul-perfect/ne/it-roma/",
    ]:
        client.get(url)
    assert counts() == [
        ("jobul-perfect", "ne", "", 1),
        ("jobul-perfect", "ne", "gb-london", 1),
        ("jobul-perfect", "ne", "it-roma", 2),
        ("jobul-perfect", "ur", "gb-london", 1),
    ]


def test_each_day_has_its_own_row(leaflet):
    today = timezone.localdate()
    ScanCount.record(leaflet, "ro", day=today - datetime.timedelta(days=1))
    ScanCount.record(leaflet, "ro", day=today)
    ScanCount.record(leaflet, "ro")
    assert sorted(ScanCount.objects.values_list("day", "scans")) == [
        (today - datetime.timedelta(days=1), 1),
        (today, 2),
    ]


@pytest.mark.parametrize("with_post", [False, True])
def test_the_database_refuses_a_second_row_for_the_same_day(leaflet, london, with_post):
    post = london if with_post else None
    key = {"material": leaflet, "language": "ro", "post": post, "day": timezone.localdate()}
    ScanCount.objects.create(**key, scans=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        ScanCount.objects.create(**key, scans=1)


@pytest.mark.parametrize("with_post", [False, True])
def test_a_scan_that_loses_the_race_to_insert_still_counts(leaflet, london, monkeypatch, with_post):
    """Another scan commits the day's first row between this scan's UPDATE and its INSERT."""
    post = london if with_post else None
    ScanCount.objects.create(
        material=leaflet, language="ro", post=post, day=timezone.localdate(), scans=1
    )
    increment = ScanCount._increment
    calls = []

    def increment_too_early(key):
        calls.append(key)
        return 0 if len(calls) == 1 else increment(key)

    monkeypatch.setattr(ScanCount, "_increment", increment_too_early)
    ScanCount.record(leaflet, "ro", post)
    assert len(calls) == 2  # the INSERT was refused, and the scan became an increment
    assert list(ScanCount.objects.values_list("scans", flat=True)) == [2]


@pytest.mark.parametrize(
    ("language", "home"), [("ro", "/ro/"), ("ne", "/ne/"), ("ur", "/ur/"), ("fil", "/en/")]
)
def test_without_a_catalogue_a_scan_leads_to_the_home_page(
    client, site_tree, leaflet, language, home
):
    response = client.get(f"/q/jobul-perfect/{language}/")
    assert response.status_code == 302
    assert response["Location"] == home


@pytest.mark.parametrize(
    ("language", "target"),
    [
        ("ro", "/ro/materiale/jobul-perfect/"),
        ("en", "/en/materials/jobul-perfect/"),
        ("ne", "/ne/materiale/jobul-perfect/"),  # no Nepali slug: the Romanian one
        ("ur", "/ur/materiale/jobul-perfect/"),
    ],
)
def test_a_scan_leads_to_the_material_in_the_catalogue_in_its_language(
    client, catalogue, leaflet, london, language, target
):
    response = client.get(f"/q/jobul-perfect/{language}/gb-london/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == target
    page = client.get(target)
    assert page.status_code == 200
    assert f'<html lang="{language}"' in page.content.decode()


@pytest.mark.parametrize(
    ("language", "target"),
    [
        ("hu", "/ro/materiale/jobul-perfect/"),  # Hungarian readers fall back to Romanian first
        ("ar", "/en/materials/jobul-perfect/"),  # others to English
        ("fil", "/en/materials/jobul-perfect/"),
    ],
)
def test_a_scan_in_a_language_without_a_file_is_not_counted_and_opens_one_it_has(
    client, catalogue, leaflet, london, language, target
):
    response = client.get(f"/q/jobul-perfect/{language}/gb-london/")
    assert response.status_code == 302
    assert response["Location"] == target
    assert client.get(target).status_code == 200
    assert counts() == []
    # The languages it has still count.
    client.get("/q/jobul-perfect/ne/gb-london/")
    assert counts() == [("jobul-perfect", "ne", "gb-london", 1)]


def test_without_a_file_in_any_fallback_a_scan_opens_the_first_language_it_has(client, catalogue):
    make_material("nepali-card", languages=("ne", "si"))
    response = client.get("/q/nepali-card/uk/")
    assert response.status_code == 302
    assert response["Location"] == "/ne/materiale/nepali-card/"
    assert client.get(response["Location"]).status_code == 200
    assert counts() == []


def test_a_material_with_no_file_sends_the_scan_to_the_catalogue(client, catalogue):
    make_material("fara-fisiere", languages=())
    response = client.get("/q/fara-fisiere/ne/")
    assert response.status_code == 302
    assert response["Location"] == "/ne/materiale/"
    assert counts() == []


def test_a_scan_is_never_cached(client, site_tree, leaflet):
    response = client.get("/q/jobul-perfect/ne/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    client.get("/q/jobul-perfect/ne/")
    assert counts() == [("jobul-perfect", "ne", "", 2)]


def test_a_head_request_is_answered_but_not_counted(client, site_tree, leaflet):
    response = client.head("/q/jobul-perfect/ne/")
    assert response.status_code == 302
    assert counts() == []
    assert client.post("/q/jobul-perfect/ne/").status_code == 405
    assert counts() == []


def test_a_withdrawn_material_is_gone_in_the_readers_language(client, site_tree, withdrawn):
    response = client.get("/q/card-vechi/ne/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 410
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Language"] == "ne"
    content = response.content.decode()
    assert '<html lang="ne" dir="ltr">' in content
    assert content.count("<h1") == 1
    assert "Card vechi" in content  # the material's title (Romanian: it has no other)
    assert 'href="/ne/"' in content  # no catalogue page: the home page
    assert '<meta name="robots" content="noindex, nofollow">' in content
    # The language switcher offers this notice in the other languages, not the same URL.
    assert 'href="/q/card-vechi/ur/" hreflang="ur"' in content
    assert counts() == []


def test_a_withdrawn_material_points_to_the_catalogue(client, catalogue, withdrawn, london):
    response = client.get("/q/card-vechi/ur/gb-london/")
    assert response.status_code == 410
    content = response.content.decode()
    assert '<html lang="ur" dir="rtl">' in content
    assert 'href="/ur/materiale/"' in content
    assert counts() == []


@pytest.mark.parametrize(
    "url",
    [
        "/q/no-such-material/ne/",
        "/q/no-such-material/ne/gb-london/",
        "/q/jobul-perfect/xx/",
        "/q/jobul-perfect/pt/gb-london/",
        "/q/jobul-perfect/ne/no-such-post/",
    ],
)
def test_unknown_materials_languages_and_posts_are_not_found(
    client, site_tree, leaflet, london, url
):
    response = client.get(url)
    # Straight away: not a LocaleMiddleware redirect to /<language>/q/... first.
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]
    assert counts() == []


def test_a_not_found_page_speaks_the_language_of_the_link(client, site_tree, leaflet):
    response = client.get("/q/no-such-material/ne/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert '<html lang="ne"' in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/q/jobul-perfect/ne/", "/q/jobul-perfect/ne/gb-london/", "/q/card-vechi/ne/"]
)
def test_a_scan_sets_no_cookie_and_reads_no_session(
    client, catalogue, leaflet, withdrawn, london, url
):
    response = client.get(url, **VISITOR)
    assert response.status_code in (302, 410)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    # Vary: Cookie would mean the session (or the user behind it) was read.
    assert "cookie" not in response.get("Vary", "").lower()
    assert not client.cookies


def test_a_scan_keeps_nothing_about_the_person(client, site_tree, leaflet, london, caplog):
    caplog.set_level("DEBUG")
    client.get("/q/jobul-perfect/ne/gb-london/", **VISITOR)
    field_names = {field.name for field in ScanCount._meta.get_fields()}
    assert field_names == {"id", "material", "language", "post", "day", "scans"}
    stored = " ".join(str(value) for value in ScanCount.objects.values_list().get())
    logged = " ".join(record.getMessage() for record in caplog.records)
    for personal in VISITOR.values():
        assert personal not in stored
        assert personal not in logged


def test_a_material_withdrawn_today_is_still_current(client, site_tree):
    make_material("ultima-zi", review_by=timezone.localdate())
    assert client.get("/q/ultima-zi/ro/").status_code == 302
