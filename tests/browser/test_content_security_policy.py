"""The public site and the admin work in a real browser under their Content-Security-Policy.

Every page is loaded with a listener for `securitypolicyviolation` (installed through the
DevTools protocol, which the policy does not govern); a violation means the page relies on
something the policy blocks: an inline script or style, a third-party resource.
"""

import sqlite3

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def watched(page):
    page.add_init_script(LISTENER)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.csp_console = console
    return page


def violations(page):
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    return page.evaluate("window.__cspViolations") + page.csp_console


def first_id(live_site, sql):
    with sqlite3.connect(live_site.database) as db:
        return db.execute(sql).fetchone()[0]


def log_in(page, live_site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_site.url("/admin/login/"))
    assert violations(page) == []
    page.fill("#id_username", "admin")
    page.fill("#id_password", live_site.admin_password)
    page.click("button[type=submit]")
    page.wait_for_url(live_site.url("/admin/"))


@pytest.mark.parametrize(
    "path",
    [
        "/ro/",
        "/ne/campanii/jobul-perfect-iluzie-cu-sens-unic/",
        "/ur/",
        "/ro/materiale/",
        "/ro/search/?q=munca",
        "/ro/no-such-page/",
        "/api/v1/docs",
    ],
)
def test_public_pages_break_no_rule_of_their_policy(watched, live_site, path):
    response = watched.goto(live_site.url(path))
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert violations(watched) == []


def test_the_api_documentation_renders_under_the_policy(watched, live_site):
    watched.goto(live_site.url("/api/v1/docs"))
    watched.wait_for_selector(".swagger-ui .opblock", timeout=10_000)
    assert violations(watched) == []


def test_the_admin_works_under_its_policy(watched, live_site):
    page = watched
    log_in(page, live_site)
    assert violations(page) == [], "dashboard"
    campaign_id = live_site.page_id("jobul-perfect-iluzie-cu-sens-unic")
    material_id = first_id(live_site, "SELECT id FROM materials_material ORDER BY id")
    audience_id = first_id(live_site, "SELECT id FROM taxonomy_audience ORDER BY id")
    for path in [
        f"/admin/pages/{campaign_id}/edit/",
        f"/admin/snippets/taxonomy/audience/edit/{audience_id}/",
        "/admin/materials/coverage/",
        "/admin/translations/",
        "/admin/qr-scans/",
        "/admin/consular-orders/new/",
        "/admin/reach/activities/new/",
        "/admin/pna/actions/",
    ]:
        response = page.goto(live_site.url(path))
        assert (
            "unsafe-inline"
            not in response.headers["content-security-policy"].split("style-src-elem")[0]
        )
        assert violations(page) == [], path

    # The inline panel, the date picker and a chooser modal run without inline scripts.
    page.goto(live_site.url(f"/admin/snippets/materials/material/edit/{material_id}/"))
    children = page.locator("[data-inline-panel-child]:not(.deleted)")
    before = children.count()
    page.click("#id_files-ADD")
    expect(children).to_have_count(before + 1)
    page.click("#id_review_by")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    assert violations(page) == [], "material editor"

    page.goto(live_site.url(f"/admin/pages/{campaign_id}/edit/"))
    # The hero image is set: its "Choose another image" sits in a closed menu.
    page.locator("[data-chooser-action-choose]").first.dispatch_event("click")
    page.wait_for_selector(".modal-content form", timeout=10_000)
    assert violations(page) == [], "image chooser"
    page.keyboard.press("Escape")

    # The live preview frames the public page inside the admin.
    page.click("button[data-side-panel-toggle='preview']")
    preview = page.frame_locator("iframe[data-w-preview-target='iframe']").first
    preview.locator("h1").first.wait_for(timeout=15_000)
    assert violations(page) == [], "preview"
