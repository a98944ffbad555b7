"""A regional centre records an activity in the admin; a coordinator approves the semester,
which locks it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def log_in(page, live_site, username):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.context.clear_cookies()
    page.goto(live_site.url("/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", live_site.admin_password)
    page.click("button[type=submit]")
    page.wait_for_url(live_site.url("/admin/"))


def test_a_centre_records_an_activity_and_a_coordinator_locks_its_semester(
    page, live_site, screenshot_dir
):
    log_in(page, live_site, "timisoara")
    page.goto(live_site.url("/admin/reach/activities/new/"))
    # The centre is the user's own, preselected; no other centre is offered.
    centre_options = page.locator("#id_regional_centre option:not([value=''])")
    expect(centre_options).to_have_count(1)
    expect(page.locator("#id_regional_centre")).to_have_value(
        centre_options.first.get_attribute("value")
    )
    campaign = page.locator(
        "#id_campaign option", has_text=re.compile("Prieteni pe bune|Real friends")
    ).first
    page.select_option("#id_campaign", value=campaign.get_attribute("value"))
    page.fill("#id_title", "Sesiune de informare la Liceul din Lugoj")
    audience = page.locator("#id_audience option", has_text=re.compile("Minor|minor")).first
    page.select_option("#id_audience", value=audience.get_attribute("value"))
    page.fill("#id_start_date", "2026-11-20")
    page.select_option("#id_setting", value="urban")
    page.select_option("#id_venue_type", value="school")
    page.select_option("#id_county", value="TM")
    page.fill("#id_beneficiaries", "64")
    page.fill("#id_beneficiaries_minors", "60")
    page.fill("#id_beneficiaries_adults", "4")
    page.fill("#id_children_surveyed", "50")
    page.fill("#id_children_naming_two_risks", "41")
    page.screenshot(path=screenshot_dir / "admin-reach-activity-form.png", full_page=True)
    page.locator(
        "button[type=submit]", has_text=re.compile("^\\s*(Create|Save)\\s*$")
    ).first.click()
    expect(page.locator(".messages")).to_contain_text("created")
    expect(
        page.get_by_role("link", name="Sesiune de informare la Liceul din Lugoj")
    ).to_be_visible()

    # The semester goes to the coordinators.
    page.goto(live_site.url("/admin/reach/periods/?year=2026"))
    page.locator("tr[data-status]", has_text="Timișoara").filter(
        has_text="July–December 2026"
    ).get_by_role("link").first.click()
    submit = page.get_by_role("button", name="Submit to the coordinators")
    if submit.count():
        submit.click()
        expect(page.locator(".messages")).to_contain_text("submitted")
    period_url = page.url

    log_in(page, live_site, "coordonator")
    page.goto(period_url)
    page.get_by_role("button", name="Approve and lock").click()
    expect(page.locator("[data-status]").first).to_have_attribute("data-status", "approved")

    # Locked: the centre can read its activity but not change it.
    log_in(page, live_site, "timisoara")
    page.goto(live_site.url("/admin/reach/activities/"))
    page.get_by_role("link", name="Sesiune de informare la Liceul din Lugoj").click()
    expect(page.locator("[data-locked]")).to_be_visible()
    expect(page.locator("[data-audit]")).to_contain_text("64")
    page.goto(page.url.replace("/inspect/", "/edit/"))
    expect(page.locator(".messages")).to_contain_text("reopen")
    page.screenshot(path=screenshot_dir / "admin-reach-locked.png", full_page=True)
