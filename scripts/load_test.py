"""Two minutes at the measured capacity: public reads mixed with staff saving activity records.

The site runs as in production: gunicorn workers (DEBUG off, the demo content, a scratch
database in var/loadtest/) behind nginx, which answers published pages from the static files and
hands the rest (filtered listings, search, the admin) to Django. First a short closed-loop burst
measures how many public reads per second this mix gets; then, for the duration, readers are
paced at that rate while staff accounts log in to the admin and save activity records through
the real form. The run passes
only if no request failed (every read 200, every save a redirect to the listing) and every saved
record is in the database afterwards. Everything targets 127.0.0.1 and stops by itself.

    .venv/bin/python scripts/load_test.py [--duration 120] [--writers 4]
"""

import argparse
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
WORKDIR = ROOT / "var" / "loadtest"
#: Public pages a visitor from a television spot opens, in the languages they read.
READ_PATHS = [
    "/ro/",
    "/ne/",
    "/ro/campanii/",
    "/ro/campanii/muncesti-in-romania-ai-drepturi/",
    "/ne/campanii/muncesti-in-romania-ai-drepturi/",
    "/ur/campanii/muncesti-in-romania-ai-drepturi/",
    "/ro/materiale/",
    # Rendered by Django on every request: a query string is never a static file.
    "/ro/materiale/?language=ne",
    "/ro/search/?q=trafic",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env):
    shutil.rmtree(WORKDIR, ignore_errors=True)
    (WORKDIR / "var").mkdir(parents=True)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "update_translation_fields")
    manage(env, "load_demo_data")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(env, "publish_static_pages", "--all")


def start_nginx(port, upstream_port):
    """nginx in front of gunicorn, with the production rules for the static pages."""
    sys.path.insert(0, str(ROOT))
    from campaigns.frame.nginx import standalone_config

    work = WORKDIR / "nginx"
    work.mkdir(exist_ok=True)
    config = work / "nginx.conf"
    config.write_text(
        standalone_config(
            listen=f"127.0.0.1:{port}",
            root=WORKDIR / "var" / "static-pages",
            upstream=f"127.0.0.1:{upstream_port}",
            workdir=work,
        )
    )
    server = subprocess.Popen(
        ["/usr/sbin/nginx", "-c", str(config), "-p", str(work)], start_new_session=True
    )
    return answering(server, port, "nginx")


def answering(server, port, name, timeout=60):
    """`server` once it answers on `port`; stopped, and the run ended, if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ro/", timeout=5):
                return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    raise SystemExit(f"{name} did not start")


def start_site(env, port, workers):
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--pythonpath",
            "site,.",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    return answering(server, port, "the site")


def stop(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(server.pid, signal.SIGKILL)


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.errors = []

    def ok(self, seconds):
        with self.lock:
            self.latencies.append(seconds)

    def fail(self, what):
        with self.lock:
            self.errors.append(what)


def read_loop(port, stop_at, tally, interval):
    """GET public pages on one keep-alive connection, one every `interval` seconds (0: flat out)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    index = 0
    next_at = time.monotonic()
    while time.monotonic() < stop_at:
        path = READ_PATHS[index % len(READ_PATHS)]
        index += 1
        started = time.monotonic()
        try:
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                tally.ok(time.monotonic() - started)
            else:
                tally.fail(f"GET {path}: {response.status}")
        except (OSError, http.client.HTTPException) as error:
            tally.fail(f"GET {path}: {error}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        if interval:
            next_at += interval
            pause = next_at - time.monotonic()
            if pause > 0:
                time.sleep(pause)


def option_value(html, name):
    """The selected (else first non-empty) option of the form's select `name`."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    if select is None:
        raise RuntimeError(f"no {name} field in the activity form")
    selected = re.search(r'<option value="([^"]+)"[^>]*selected', select.group(1))
    first = re.search(r'<option value="([^"]+)"', select.group(1))
    return (selected or first).group(1)


class Staff:
    """One member of a centre's staff in their own browser session."""

    def __init__(self, base_url, username, password):
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        form = self.get("/admin/login/")
        self.post(
            "/admin/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": csrf(form)},
        )

    def get(self, path):
        with self.opener.open(self.base_url + path, timeout=60) as response:
            return response.read().decode()

    def post(self, path, data):
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(
            self.base_url + path, data=body, headers={"Referer": self.base_url + path}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as redirect:
            return redirect.code, redirect.headers.get("Location", "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def csrf(html):
    return hidden_value(html, "csrfmiddlewaretoken")


def hidden_value(html, name):
    """The value of the form's hidden input `name` (the CSRF token, the one-time token)."""
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def write_loop(staff, stop_at, tally, saved, interval, writer):
    count = 0
    while time.monotonic() < stop_at:
        started = time.monotonic()
        title = f"Sesiune de informare (test de încărcare {writer}-{count})"
        count += 1
        try:
            form = staff.get("/admin/reach/activities/new/")
            data = {
                "csrfmiddlewaretoken": csrf(form),
                "submission_token": hidden_value(form, "submission_token"),
                "campaign": option_value(form, "campaign"),
                "title": title,
                "regional_centre": option_value(form, "regional_centre"),
                "consular_post": "",
                "audience": option_value(form, "audience"),
                "start_date": time.strftime("%Y-%m-%d"),
                "setting": "urban",
                "venue_type": "school",
                "county": "TM",
                "beneficiaries": "30",
                "beneficiaries_minors": "28",
                "beneficiaries_adults": "2",
                "material_lines-TOTAL_FORMS": "0",
                "material_lines-INITIAL_FORMS": "0",
                "material_lines-MIN_NUM_FORMS": "0",
                "material_lines-MAX_NUM_FORMS": "1000",
            }
            status, location = staff.post("/admin/reach/activities/new/", data)
            if status == 302 and "/admin/reach/activities/" in location:
                tally.ok(time.monotonic() - started)
                saved.append(title)
            else:
                tally.fail(f"save {title}: {status}")
        except (OSError, RuntimeError, AttributeError) as error:
            tally.fail(f"save {title}: {error}")
        pause = interval - (time.monotonic() - started)
        if pause > 0:
            time.sleep(pause)


def run_readers(port, seconds, threads, interval):
    tally = Tally()
    stop_at = time.monotonic() + seconds
    workers = [
        threading.Thread(target=read_loop, args=(port, stop_at, tally, interval))
        for _ in range(threads)
    ]
    return tally, workers


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=120, help="seconds of mixed load")
    parser.add_argument("--writers", type=int, default=4, help="staff sessions saving records")
    parser.add_argument("--readers", type=int, default=8, help="concurrent public readers")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--reuse", action="store_true", help="keep var/loadtest from a last run")
    options = parser.parse_args(argv)

    database = WORKDIR / "db.sqlite3"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_VAR_DIR": str(WORKDIR / "var"),
        "DJANGO_STATIC_ROOT": str(WORKDIR / "static"),
        "DJANGO_MEDIA_ROOT": str(WORKDIR / "media"),
        "DATABASE_URL": f"sqlite:///{database}",
    }
    port, django_port = free_port(), free_port()
    # The static pages are rendered for the address nginx answers at.
    env["WAGTAILADMIN_BASE_URL"] = f"http://127.0.0.1:{port}"
    if not (options.reuse and database.exists()):
        prepare(env)
    password = (WORKDIR / "var" / "demo-admin-password").read_text().strip()
    server = start_site(env, django_port, options.workers)
    front = start_nginx(port, django_port)
    try:
        # Capacity: readers flat out for ten seconds.
        calibration, threads = run_readers(port, 10, options.readers, 0)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        capacity = len(calibration.latencies) / 10
        if calibration.errors or not capacity:
            raise SystemExit(f"calibration failed: {calibration.errors[:5]}")
        print(f"measured capacity: {capacity:.0f} public reads/s with {options.readers} readers")

        staff = [Staff(env["WAGTAILADMIN_BASE_URL"], "timisoara", password)]
        staff += [
            Staff(env["WAGTAILADMIN_BASE_URL"], "timisoara", password)
            for _ in range(options.writers - 1)
        ]
        reads, readers = run_readers(
            port, options.duration, options.readers, options.readers / capacity
        )
        writes, saved = Tally(), []
        stop_at = time.monotonic() + options.duration
        writers = [
            threading.Thread(target=write_loop, args=(member, stop_at, writes, saved, 2.0, n))
            for n, member in enumerate(staff)
        ]
        started = time.monotonic()
        for thread in readers + writers:
            thread.start()
        for thread in readers + writers:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        stop(front)
        stop(server)

    with sqlite3.connect(database) as db:
        stored = {
            title
            for (title,) in db.execute(
                "SELECT title FROM reach_activity WHERE title LIKE '%test de încărcare%'"
            )
        }
    missing = sorted(set(saved) - stored)
    latency = reads.latencies
    p50, p99 = statistics.median(latency) * 1000, percentile(latency, 0.99) * 1000
    print(
        f"{elapsed:.0f} s mixed load: {len(latency)} reads ({len(latency) / elapsed:.0f}/s, "
        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms), {len(saved)} activity records saved "
        f"(p50 {statistics.median(writes.latencies or [0]) * 1000:.0f} ms per form round trip)"
    )
    print(f"errors: {len(reads.errors) + len(writes.errors)}; saved but missing: {len(missing)}")
    for error in (reads.errors + writes.errors)[:20]:
        print("  ", error)
    if reads.errors or writes.errors or missing or not saved:
        return 1
    print("load test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
