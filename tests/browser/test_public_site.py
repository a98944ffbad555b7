"""The public site in a real browser: languages, scripts, switcher, exit control, accessibility."""

import re

import pytest
from playwright.sync_api import expect

from campaigns.demo import campaigns_content, content

from .conftest import serious_accessibility_violations

pytestmark = pytest.mark.browser

WORKERS = next(page for page in content.AUDIENCE_PAGES if page["audience"] == "foreign-workers")

# The self-hosted face each script must be drawn with (file names from build_fonts).
SCRIPT_FONTS = {
    "ro": "latin",
    "ne": "devanagari",
    "si": "sinhala",
    "ur": "nastaliq",
}


def fonts_drawing(page, selector):
    """The fonts Chromium actually drew an element's text with (DevTools' own report)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    document = session.send("DOM.getDocument")
    node = session.send(
        "DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector}
    )
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    session.detach()
    return fonts


def _loaded_font_files(page):
    page.evaluate("document.fonts.ready.then(() => true)")
    return page.evaluate(
        "performance.getEntriesByType('resource')"
        ".map(entry => entry.name).filter(name => name.endsWith('.woff2'))"
    )


@pytest.mark.parametrize(
    ("code", "direction"), [("ro", "ltr"), ("ne", "ltr"), ("si", "ltr"), ("ur", "rtl")]
)
def test_the_home_page_renders_in_each_script(
    page, live_site, outside_requests, screenshot_dir, code, direction
):
    page.goto(live_site.url(f"/{code}/"))
    html = page.locator("html")
    expect(html).to_have_attribute("lang", code)
    expect(html).to_have_attribute("dir", direction)
    heading = page.locator("h1")
    expect(heading).to_have_count(1)
    expect(heading).to_have_text(content.HOME["title"][code])
    expect(page.locator(".hotline-bar a[href='tel:0800800678']")).to_be_visible()

    fonts = _loaded_font_files(page)
    assert any(SCRIPT_FONTS[code] in name for name in fonts), fonts
    # Every glyph of the heading and the intro is drawn by our own web fonts: none falls to a
    # system font, none is an empty box.
    for selector in ("h1", ".page-intro"):
        used = fonts_drawing(page, selector)
        assert used and all(font["isCustomFont"] for font in used), (selector, used)
    page.screenshot(path=screenshot_dir / f"home-{code}.png", full_page=True)

    assert serious_accessibility_violations(page) == []
    assert outside_requests == []


def test_right_to_left_pages_mirror_the_layout(page, live_site):
    page.goto(live_site.url("/ur/"))
    exit_box = page.locator(".exit-this-page__button").bounding_box()
    viewport_width = page.viewport_size["width"]
    # The exit control sits at the inline end: the right in Romanian, the left in Urdu.
    assert exit_box["x"] + exit_box["width"] / 2 < viewport_width / 2
    page.goto(live_site.url("/ro/"))
    exit_box = page.locator(".exit-this-page__button").bounding_box()
    assert exit_box["x"] + exit_box["width"] / 2 > viewport_width / 2


def test_fallback_text_in_a_right_to_left_page_keeps_its_own_direction(
    page, live_site, screenshot_dir
):
    demand = next(p for p in content.AUDIENCE_PAGES if p["audience"] == "demand-reduction")
    page.goto(live_site.url(f"/ur/{demand['slug']['ro']}/"))
    expect(page.locator(".fallback-notice")).to_be_visible()
    stream = page.locator(".stream")
    expect(stream).to_have_attribute("lang", "en")
    expect(stream).to_have_attribute("dir", "ltr")
    assert page.evaluate("getComputedStyle(document.querySelector('.stream')).direction") == "ltr"
    page.screenshot(path=screenshot_dir / "fallback-ur.png", full_page=True)
    assert serious_accessibility_violations(page) == []


def test_the_switcher_leads_to_the_same_page_in_another_language(page, live_site):
    page.goto(live_site.url(f"/ro/{WORKERS['slug']['ro']}/"))
    page.locator(".language-switcher__toggle").click()
    page.get_by_role("link", name="नेपाली").click()
    expect(page).to_have_url(live_site.url(f"/ne/{WORKERS['slug']['ro']}/"))
    expect(page.locator("html")).to_have_attribute("lang", "ne")
    expect(page.locator("h1")).to_have_text(WORKERS["title"]["ne"])

    page.locator(".language-switcher__toggle").click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_site.url(f"/en/{WORKERS['slug']['en']}/"))
    expect(page.locator("h1")).to_have_text(WORKERS["title"]["en"])


def _open_from_a_previous_page(page, live_site, path):
    page.goto(live_site.url("/sitemap.xml"))
    page.goto(live_site.url(path))


def test_the_exit_control_leaves_without_leaving_the_page_in_history(
    page, live_site, outside_requests
):
    _open_from_a_previous_page(page, live_site, "/ro/")
    page.locator(".exit-this-page__button").click()
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))
    page.go_back()
    assert page.url == live_site.url("/sitemap.xml")
    assert outside_requests == ["https://www.google.com/"]


def test_the_exit_control_works_from_the_keyboard(page, live_site):
    _open_from_a_previous_page(page, live_site, "/ne/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "exit-this-page__button"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))


def test_pressing_shift_three_times_exits(page, live_site):
    _open_from_a_previous_page(page, live_site, "/ur/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(re.compile(r"^https://www\.google\.com/"))
    page.go_back()
    assert page.url == live_site.url("/sitemap.xml")


@pytest.mark.parametrize("code", ["ro", "ne", "si", "ur"])
def test_the_audience_page_is_accessible(page, live_site, code):
    page.goto(live_site.url(f"/{code}/{WORKERS['slug']['ro']}/"))
    expect(page.locator("h1")).to_have_text(WORKERS["title"][code])
    assert serious_accessibility_violations(page) == []


def test_the_404_page_speaks_the_visitors_language(page, live_site, screenshot_dir):
    response = page.goto(live_site.url("/si/no-such-page/"))
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "si")
    expect(page.locator("h1")).not_to_have_text("Page not found")
    page.screenshot(path=screenshot_dir / "404-si.png", full_page=True)
    assert serious_accessibility_violations(page) == []


WORKERS_CAMPAIGN = next(
    campaign
    for campaign in campaigns_content.CAMPAIGNS
    if campaign["audiences"] == ["foreign-workers"] and "bn" in campaign["body"]
)


@pytest.mark.parametrize("code", ["bn", "vi", "ur"])
def test_the_foreign_workers_campaign_reads_in_the_workers_languages(
    page, live_site, outside_requests, screenshot_dir, code
):
    page.goto(live_site.url(f"/{code}/campanii/{WORKERS_CAMPAIGN['slug']['ro']}/"))
    expect(page.locator("h1")).to_have_text(WORKERS_CAMPAIGN["title"][code])
    expect(page.locator(".fallback-notice")).to_have_count(0)
    for selector in ("h1", ".page-intro"):
        used = fonts_drawing(page, selector)
        assert used and all(font["isCustomFont"] for font in used), (selector, used)
    page.screenshot(path=screenshot_dir / f"campaign-workers-{code}.png", full_page=True)
    assert serious_accessibility_violations(page) == []
    assert outside_requests == []


def test_the_campaign_index_filters_by_language(page, live_site, screenshot_dir):
    page.goto(live_site.url("/ro/campanii/"))
    all_cards = page.locator(".campaign-card").count()
    page.select_option("#filter-language", "si")
    page.locator(".filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"language=si"))
    titles = page.locator(".campaign-card__title").all_inner_texts()
    assert 0 < len(titles) < all_cards
    # The visitor reads Romanian; the filter picked campaigns also written in Sinhala.
    assert WORKERS_CAMPAIGN["title"]["ro"] in titles
    page.screenshot(path=screenshot_dir / "campaign-index-si.png", full_page=True)
    assert serious_accessibility_violations(page) == []
