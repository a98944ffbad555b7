"""A running site and a real browser for the browser tests.

The site is started as `make run` starts it (gunicorn, DEBUG off, collected static files, the
demo content) but in a temporary directory with its own database, so the tests see what a
visitor sees and never touch a developer's data. Chromium is Debian's (`/usr/bin/chromium`):
Playwright's own browser download cannot work on machines without internet access.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = ROOT / "var" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without these, Chromium tries Google's services at start-up and on a closed network fails.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A cheap phone: small screen, dense pixels.
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )


def _wait_until_up(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the site exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the site did not answer at {url} within {timeout}s")


class LiveSite:
    def __init__(self, base_url, admin_password, database):
        self.base_url = base_url
        self.admin_password = admin_password
        self.database = database

    def url(self, path):
        return self.base_url + path

    def page_id(self, slug_ro):
        """The id of the page with this Romanian slug, read from the site's own database."""
        with sqlite3.connect(self.database) as db:
            (page_id,) = db.execute(
                "SELECT id FROM wagtailcore_page WHERE slug_ro = ?", (slug_ro,)
            ).fetchone()
        return page_id


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("live-site")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_VAR_DIR": str(workdir / "var"),
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_SERVE_MEDIA": "1",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
    }
    env.pop("DATABASE_URL_TEST", None)
    _manage(env, "migrate", "--noinput")
    _manage(env, "update_translation_fields")
    _manage(env, "load_demo_data")
    _manage(env, "collectstatic", "--noinput")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env["WAGTAILADMIN_BASE_URL"] = base_url
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--pythonpath",
            "site,.",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        _wait_until_up(base_url + "/ro/", server)
        password = (workdir / "var" / "demo-admin-password").read_text().strip()
        yield LiveSite(base_url, password, workdir / "db.sqlite3")
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OutsideRequests(list):
    """Every request the page tried to send somewhere other than the site under test."""


@pytest.fixture
def outside_requests():
    return OutsideRequests()


@pytest.fixture
def page(browser, live_site, outside_requests):
    context = browser.new_context(**PHONE)

    def keep_on_this_machine(route):
        url = route.request.url
        if url.startswith(live_site.base_url) or url.startswith("data:"):
            route.continue_()
        else:
            outside_requests.append(url)
            route.fulfill(status=200, content_type="text/html", body="<title>Neutral</title>")

    context.route("**/*", keep_on_this_machine)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def serious_accessibility_violations(page):
    """axe-core's WCAG 2.1 AA violations of impact serious or critical, run inside the page.

    Evaluated through the DevTools protocol, so it runs even under a script CSP.
    """
    results = page.evaluate(
        AXE_SOURCE + "\n;axe.run(document, {runOnly: {type: 'tag', values: %s}})" % WCAG_21_AA  # noqa: UP031
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def admin_page(page, live_site):
    """The browser tab, logged in to the admin as the demo administrator."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_site.url("/admin/login/"))
    page.fill("#id_username", "admin")
    page.fill("#id_password", live_site.admin_password)
    page.click("button[type=submit]")
    page.wait_for_url(live_site.url("/admin/"))
    return page
