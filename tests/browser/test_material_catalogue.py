"""The public materials catalogue in a real browser: filters, withdrawn materials, downloads."""

import re
import urllib.request

import pytest
from playwright.sync_api import expect

from campaigns.demo import materials_content

from .conftest import serious_accessibility_violations

pytestmark = pytest.mark.browser

WITHDRAWN = next(m for m in materials_content.MATERIALS if m["review_by"] < "2026-01-01")
IN_URDU = {m["key"] for m in materials_content.MATERIALS if "ur" in m["files"]} - {WITHDRAWN["key"]}


def shown_keys(page):
    return set(
        page.locator(".material-card").evaluate_all("cards => cards.map(c => c.dataset.material)")
    )


def test_the_catalogue_filters_by_language_and_type_and_hides_withdrawn_materials(
    page, live_site, outside_requests, screenshot_dir
):
    page.goto(live_site.url("/ro/materiale/"))
    everything = shown_keys(page)
    assert WITHDRAWN["key"] not in everything
    assert len(everything) == len(materials_content.MATERIALS) - 1

    page.select_option("#filter-language", "ur")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"language=ur"))
    assert shown_keys(page) == IN_URDU

    page.select_option("#filter-language", "")
    page.select_option("#filter-type", "leaflet")
    page.locator("form.filters button[type=submit]").click()
    leaflets = {
        m["key"]
        for m in materials_content.MATERIALS
        if m["type"] == "leaflet" and m["key"] != WITHDRAWN["key"]
    }
    assert shown_keys(page) == leaflets
    page.screenshot(path=screenshot_dir / "materials-ro-leaflets.png", full_page=True)
    assert serious_accessibility_violations(page) == []
    assert outside_requests == []


def test_a_material_page_offers_each_language_to_download(page, live_site, screenshot_dir):
    key = next(iter(IN_URDU))
    page.goto(live_site.url(f"/ur/materiale/{key}/"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    links = page.locator("a[download]")
    assert links.count() >= 6
    href = page.locator("a[download][hreflang='ur']").first.get_attribute("href")
    with urllib.request.urlopen(live_site.url(href)) as response:
        assert response.read(5) == b"%PDF-"
    page.screenshot(path=screenshot_dir / "material-ur.png", full_page=True)
    assert serious_accessibility_violations(page) == []


def test_a_withdrawn_material_is_not_reachable(page, live_site):
    response = page.goto(live_site.url(f"/ro/materiale/{WITHDRAWN['key']}/"))
    assert response.status == 404
