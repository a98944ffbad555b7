"""site/config/gunicorn.py: workers from the machine, an access log keeping no visitor data."""

import os
import runpy
import sys
import urllib.error
import urllib.request
from pathlib import Path

from .local_servers import ROOT, free_port, running

CONFIG = ROOT / "site" / "config" / "gunicorn.py"


def load_config(monkeypatch, **env):
    for name in [name for name in os.environ if name.startswith("GUNICORN_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_workers_default_to_two_per_core_plus_one(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    config = load_config(monkeypatch)
    assert config["workers"] == 9
    assert config["wsgi_app"] == "config.wsgi:application"
    assert config["graceful_timeout"] == 30
    assert Path(config["worker_tmp_dir"]).is_dir()


def test_the_environment_sets_workers_bind_and_timeouts(monkeypatch):
    config = load_config(
        monkeypatch,
        GUNICORN_WORKERS="3",
        GUNICORN_BIND="127.0.0.1:9000,unix:/run/anitp/gunicorn.sock",
        GUNICORN_TIMEOUT="60",
        GUNICORN_GRACEFUL_TIMEOUT="20",
    )
    assert config["workers"] == 3
    assert config["bind"] == ["127.0.0.1:9000", "unix:/run/anitp/gunicorn.sock"]
    assert (config["timeout"], config["graceful_timeout"]) == (60, 20)


def test_gunicorn_serves_with_the_config_and_logs_no_address_or_query(tmp_path):
    port = free_port()
    log = tmp_path / "access.log"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": str(log),
        "GUNICORN_ERROR_LOG": str(tmp_path / "error.log"),
    }
    url = f"http://127.0.0.1:{port}"

    def get(path, **headers):
        """The status of a GET, redirects not followed."""
        request = urllib.request.Request(url + path, headers=headers)
        try:
            with urllib.request.build_opener(NoRedirects).open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "-c", str(CONFIG)]
    # The language switch answers without the database, which this server does not have.
    path = "/i18n/setlang/?next=/ro/&q=exploatare+prin+munca"
    with running(command, lambda: get(path), timeout=90, cwd="/", env=env) as master:
        workers = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
        status = get(path, **{"User-Agent": "Phone/1.0"})
    assert len(workers) == 2
    assert status == 302
    last = log.read_text().splitlines()[-1]
    assert '"GET /i18n/setlang/" 302' in last
    assert "127.0.0.1" not in last and "exploatare" not in last and "Phone" not in last
    assert last.endswith("ms")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
