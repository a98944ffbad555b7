"""Public pages under load, side by side with two references, in one run on loopback.

Measured with wrk against:
- our campaign page in ro and ne through the static path (nginx serving the published file,
  falling back to gunicorn) and rendered by Django (gunicorn directly, no page cache);
- the home page of a vanilla site made by `wagtail start`, served by gunicorn the same way;
- nginx serving a static copy of our campaign page's HTML, the ceiling for any page.

Server CPU per request is read from /proc (user + system time of the server's process tree), the
steadiest figure on a shared machine; queries per page are counted in-process, uncached.
Needs Debian's wrk and nginx (`make bench` installs them when missing).
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from campaigns.frame import nginx as nginx_config  # noqa: E402  (no Django imports in it)

BIN = ROOT / ".venv" / "bin"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
CAMPAIGN_SLUG = "muncesti-in-romania-ai-drepturi"  # the demo's campaign written in Nepali too


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def process_tree(pid):
    """`pid` and all its descendants, read from /proc."""
    children = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def cpu_seconds(pid):
    """User + system CPU seconds of a process tree (children that exited are not counted)."""
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


class Server:
    def __init__(self, name, command, *, env=None, cwd=None, url):
        self.name, self.url = name, url
        self.process = subprocess.Popen(
            command,
            cwd=cwd or ROOT,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        self.stop()
        raise SystemExit(f"{name} did not start: {self.process.stderr.read().decode()[-2000:]}")

    def cpu(self):
        return cpu_seconds(self.process.pid)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def gunicorn(name, app, port, workers, *, env, cwd=None, pythonpath="site,."):
    return Server(
        name,
        [
            str(BIN / "gunicorn"),
            "--pythonpath",
            pythonpath,
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=cwd,
        url=f"http://127.0.0.1:{port}/",
    )


def nginx(name, config_text, work, port):
    config = work / f"nginx-{name}.conf"
    config.write_text(config_text)
    return Server(
        name,
        ["/usr/sbin/nginx", "-c", str(config), "-p", str(work)],
        url=f"http://127.0.0.1:{port}/",
    )


def nginx_workdir(work, name):
    directory = work / f"nginx-{name}"
    directory.mkdir(exist_ok=True)
    return directory


WRK_LINE = re.compile(r"(\d+) requests in")
LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url, duration, connections):
    # A long timeout: a saturated Django queues requests for seconds, and they must count.
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s"]
    command += ["--latency", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    requests = int(WRK_LINE.search(output).group(1))
    latency = {q: float(v) * UNIT[u] for q, v, u in LATENCY.findall(output)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency["50"],
        "p99": latency["99"],
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


def measure(server, url, duration, connections):
    run_wrk(url, 2, connections)  # warm-up: workers import lazily, caches fill
    before = server.cpu()
    result = run_wrk(url, duration, connections)
    result["cpu_ms"] = (server.cpu() - before) * 1000 / max(result["requests"], 1)
    return result


def manage(*args, env, capture=False):
    return subprocess.run(
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
        capture_output=capture,
        text=True,
    )


PROBE = """
import json
from django.db import connection, reset_queries
from django.core.cache import cache
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from campaigns.pages.models import CampaignPage

page = CampaignPage.objects.get(slug_ro=%r)
out = {"id": page.pk}
for language in ("ro", "ne"):
    with translation.override(language):
        url = page.get_url()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = Client(HTTP_HOST="127.0.0.1").get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, (url, response.status_code)
    out[language] = {"url": url, "queries": len(queries), "bytes": len(response.content)}
print("PROBE" + json.dumps(out))
"""

VANILLA_PROBE = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
with CaptureQueriesContext(connection) as queries:
    response = Client().get("/")
assert response.status_code == 200, response.status_code
print("PROBE" + json.dumps({"queries": len(queries), "bytes": len(response.content)}))
"""


def probe(output):
    return json.loads(output.split("PROBE", 1)[1].strip())


def build_vanilla(work):
    """A site made by `wagtail start`, the reference any Wagtail site can be compared with."""
    site = work / "vanilla"
    if not (site / "manage.py").exists():
        site.mkdir(parents=True)
        subprocess.run([str(BIN / "wagtail"), "start", "vanilla", str(site)], check=True)
    (site / "vanilla" / "settings" / "bench.py").write_text(
        "from .base import *  # noqa: F403\n\n"
        "DEBUG = False\nSECRET_KEY = 'bench-only'\nALLOWED_HOSTS = ['*']\n"
    )
    env = {"DJANGO_SETTINGS_MODULE": "vanilla.settings.bench", "PYTHONPATH": str(site)}
    subprocess.run(
        [str(BIN / "python"), "manage.py", "migrate", "--noinput", "-v0"],
        cwd=site,
        env={**os.environ, **env},
        check=True,
    )
    output = subprocess.run(
        [str(BIN / "python"), "manage.py", "shell", "-c", VANILLA_PROBE],
        cwd=site,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return site, env, probe(output)


def publish(env, page_id):
    """Our own publishing step, as `page_published` runs it: the campaign in every language."""
    print(manage("publish_static_pages", str(page_id), env=env, capture=True).stdout.strip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded database")
    args = parser.parse_args()
    for tool in ("wrk", "/usr/sbin/nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: apt-get install wrk nginx")

    work = ROOT / "var" / "bench" / "http"
    if not args.reuse and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    published = work / "published"
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_VAR_DIR": str(work),
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "DJANGO_SERVE_MEDIA": "1",
        "DJANGO_STATIC_PAGES_ROOT": str(published),
        "DJANGO_STATIC_PAGES_BASE_URL": "http://127.0.0.1",
        "DJANGO_STATIC_PAGES_AUTO": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    print("Preparing our site (migrate, demo content, static files, publishing)...", flush=True)
    if not (work / "db.sqlite3").exists():
        manage("migrate", "--noinput", "-v0", env=env)
        manage("update_translation_fields", env=env, capture=True)
        manage("load_demo_data", env=env, capture=True)
    manage("collectstatic", "--noinput", "-v0", env=env)
    ours = probe(manage("shell", "-c", PROBE % CAMPAIGN_SLUG, env=env, capture=True).stdout)
    publish(env, ours["id"])
    print("Preparing the vanilla `wagtail start` site...", flush=True)
    vanilla_site, vanilla_env, vanilla = build_vanilla(work)

    django_port, vanilla_port, static_port, copy_port = (free_port() for _ in range(4))
    copy_root = work / "static-copy"
    copy_root.mkdir(exist_ok=True)
    servers = []
    try:
        servers.append(
            ours_server := gunicorn("ours", "config.wsgi", django_port, args.workers, env=env)
        )
        servers.append(
            vanilla_server := gunicorn(
                "vanilla",
                "vanilla.wsgi",
                vanilla_port,
                args.workers,
                env=vanilla_env,
                cwd=vanilla_site,
                pythonpath=str(vanilla_site),
            )
        )
        # The reference copy: exactly the HTML Django serves for the ro page, as one file.
        html = urllib.request.urlopen(f"http://127.0.0.1:{django_port}{ours['ro']['url']}").read()
        (copy_root / "index.html").write_bytes(html)
        servers.append(
            copy_server := nginx(
                "copy",
                nginx_config.standalone_config(
                    listen=f"127.0.0.1:{copy_port}",
                    root=copy_root,
                    upstream=f"127.0.0.1:{django_port}",
                    workdir=nginx_workdir(work, "copy"),
                    plain=True,
                ),
                work,
                copy_port,
            )
        )
        servers.append(
            static_server := nginx(
                "static",
                nginx_config.standalone_config(
                    listen=f"127.0.0.1:{static_port}",
                    root=published,
                    upstream=f"127.0.0.1:{django_port}",
                    workdir=nginx_workdir(work, "static"),
                ),
                work,
                static_port,
            )
        )

        rows = []

        def row(label, server, url, queries):
            print(f"  measuring {label}...", flush=True)
            result = measure(server, url, args.duration, args.connections)
            result.update(label=label, queries=queries)
            rows.append(result)
            return result

        for language in ("ro", "ne"):
            path = ours[language]["url"]
            row(
                f"campaign {language}, static path (nginx)",
                static_server,
                f"http://127.0.0.1:{static_port}{path}",
                0,
            )
            row(
                f"campaign {language}, rendered by Django",
                ours_server,
                f"http://127.0.0.1:{django_port}{path}",
                ours[language]["queries"],
            )
        vanilla_row = row(
            "vanilla `wagtail start` home (Django)",
            vanilla_server,
            f"http://127.0.0.1:{vanilla_port}/",
            vanilla["queries"],
        )
        copy_row = row(
            "nginx, static copy of the ro HTML",
            copy_server,
            f"http://127.0.0.1:{copy_port}/",
            0,
        )
    finally:
        for server in reversed(servers):
            server.stop()

    print()
    print(
        f"wrk: {args.duration}s per row, {args.connections} connections, 2 threads; "
        f"gunicorn {args.workers} sync workers; {os.cpu_count()} cores; loopback"
    )
    print(
        f"page size: ro {ours['ro']['bytes']:,} B, ne {ours['ne']['bytes']:,} B; "
        f"vanilla home {vanilla['bytes']:,} B"
    )
    header = (
        f"{'':42} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>10} {'queries':>7}"
        f" {'req/s ÷ vanilla':>15} {'req/s ÷ nginx':>13} {'CPU ÷ vanilla':>13}"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for result in rows:
        print(
            f"{result['label']:42} {result['rps']:9.0f} {result['p50']:8.2f} {result['p99']:8.2f}"
            f" {result['cpu_ms']:10.3f} {result['queries']:7d}"
            f" {result['rps'] / vanilla_row['rps']:15.2f} {result['rps'] / copy_row['rps']:13.2f}"
            f" {result['cpu_ms'] / vanilla_row['cpu_ms']:13.3f}"
        )
        if result["non_2xx"] or result["socket_errors"]:
            failed = True
            print(f"    errors: {result['non_2xx']} non-2xx, sockets: {result['socket_errors']}")
    if failed:
        raise SystemExit("Some requests failed.")


if __name__ == "__main__":
    sys.exit(main())
