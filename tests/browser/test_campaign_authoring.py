"""An editor authors a campaign in the admin, publishes it, and the public reads it."""

# Urdu punctuation is meant, not a look-alike of ASCII.

import re

import pytest
from playwright.sync_api import expect

from .conftest import serious_accessibility_violations

pytestmark = pytest.mark.browser

TITLES = {
    "ro": "Muncă sigură în construcții",
    "ur": "تعمیرات میں محفوظ کام",
    "ne": "निर्माणमा सुरक्षित काम",
}
INTROS = {
    "ro": "Păstrează-ți pașaportul și cere contractul în scris.",
    "ur": "اپنا پاسپورٹ اپنے پاس رکھیں اور تحریری معاہدہ مانگیں۔",
    "ne": "आफ्नो राहदानी आफैंसँग राख्नुहोस् र लिखित सम्झौता माग्नुहोस्।",
}


def show_language_fields(page, code):
    """wagtail-modeltranslation shows one language's fields at a time; pick `code`."""
    toggle = page.locator("button.locale-toggle").filter(has_text=re.compile(rf"^\s*{code}\s*$"))
    toggle.first.click()


def test_an_editor_authors_publishes_and_the_public_reads_in_urdu_and_nepali(
    admin_page, live_site, screenshot_dir
):
    page = admin_page
    index_id = live_site.page_id("campanii")
    page.goto(live_site.url(f"/admin/pages/add/pages/campaignpage/{index_id}/"))

    page.fill("#id_title_ro", TITLES["ro"])
    page.fill("#id_intro_ro", INTROS["ro"])
    for code in ("ur", "ne"):
        show_language_fields(page, code)
        page.fill(f"#id_title_{code}", TITLES[code])
        page.fill(f"#id_intro_{code}", INTROS[code])

    # Urdu is typed right-to-left, Nepali left-to-right.
    title_ur = page.locator("#id_title_ur")
    expect(title_ur).to_have_attribute("dir", "rtl")
    assert title_ur.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("#id_title_ne").evaluate("el => getComputedStyle(el).direction") == "ltr"
    page.screenshot(path=screenshot_dir / "admin-campaign-urdu-fields.png")

    page.get_by_role("tab", name="Campaign").click()
    # Names show in the editor's admin language (English here), so match on what both share.
    timisoara = page.locator("#id_regional_centre option", has_text="Timișoara")
    page.select_option("#id_regional_centre", value=timisoara.get_attribute("value"))
    page.get_by_label(re.compile("Foreign workers|Lucrători străini")).first.check()
    page.fill("#id_start_date", "2026-11-22")

    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text(TITLES["ro"])

    for code, direction in (("ur", "rtl"), ("ne", "ltr")):
        page.goto(live_site.url(f"/{code}/campanii/"))
        page.get_by_role("link", name=TITLES[code]).click()
        expect(page.locator("html")).to_have_attribute("dir", direction)
        expect(page.locator("h1")).to_have_text(TITLES[code])
        expect(page.locator(".page-intro")).to_have_text(INTROS[code])
        page.screenshot(path=screenshot_dir / f"campaign-authored-{code}.png", full_page=True)
        assert serious_accessibility_violations(page) == []
