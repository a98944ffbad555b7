"""No log the site or its servers write keeps a visitor's address (deploy/LOGGING.md).

Each server is started as deployed and sent what makes it log a client: a malformed request to
gunicorn, a request for a host the site does not serve to Django, an upstream failure to nginx.
"""

import os
import re
import runpy
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from campaigns.frame import nginx
from campaigns.frame.logs import redact

from .local_servers import ROOT, free_port, run_django, running
from .test_settings import PRODUCTION_ENV

GUNICORN_CONFIG = ROOT / "site" / "config" / "gunicorn.py"
NGINX_CONF = (ROOT / "deploy" / "nginx.conf").read_text()
SINK_SOCKET = "/run/anitp-log/nginx.sock"
VISITOR = {
    "REMOTE_ADDR": "203.0.113.77",
    "HTTP_X_FORWARDED_FOR": "198.51.100.23, 192.0.2.4",
    "HTTP_X_REAL_IP": "2001:db8::77",
}
ADDRESSES = re.compile(r"\d+\.\d+\.\d+\.\d+|2001:db8|::1|::ffff")


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Invalid request from ip=127.0.0.1: bad", "Invalid request from ip=[address]: bad"),
        ("Invalid request from ip=::1: bad", "Invalid request from ip=[address]: bad"),
        ("client: 2001:db8:0:1::7, server: x", "client: [address], server: x"),
        ("from [fe80::1%eth0]:443 and ::ffff:192.0.2.4", "from [[address]]:443 and [address]"),
        ("X-Forwarded-For: 010.000.113.005", "X-Forwarded-For: [address]"),
        ("at 12:30:05 in std::map, mac 52:54:00:12:34:56", None),
        ("version 5.2.19, worker 1234#1234: *5", None),
    ],
)
def test_addresses_are_replaced_and_nothing_else(text, redacted):
    assert redact(text) == (redacted or text)


def test_a_disallowed_host_is_logged_and_mailed_without_an_address(tmp_path):
    """Django logs it at ERROR and mails ADMINS a report printing every request header."""
    output = run_django(
        f"""
        import logging, sys
        from django.conf import settings
        from django.core import mail
        from django.test import Client
        from django.test.utils import override_settings, setup_test_environment
        setup_test_environment()
        # No collectstatic here: the error page links its files without the manifest.
        storages = dict(settings.STORAGES)
        storages["staticfiles"] = dict(
            BACKEND="django.contrib.staticfiles.storage.StaticFilesStorage"
        )
        override_settings(STORAGES=storages).enable()
        for handler in logging.getLogger("django").handlers:
            if type(handler) is logging.StreamHandler:
                handler.setStream(sys.stdout)
        client = Client(raise_request_exception=False, **{VISITOR!r})
        response = client.get("/ro/", HTTP_HOST="203.0.113.99")
        print("status", response.status_code, "mails", len(mail.outbox))
        for message in mail.outbox:
            print(message.subject, message.body)
        """,
        {
            **PRODUCTION_ENV,
            "DJANGO_ADMIN_EMAILS": "web@anitp.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        },
    )
    assert "status 400 mails 1" in output
    assert "ERROR django.security.DisallowedHost Invalid HTTP_HOST header" in output
    assert "REMOTE_ADDR = '[address]'" in output  # the report still lists the headers
    assert "HTTP_X_FORWARDED_FOR = '[address], [address]'" in output
    assert ADDRESSES.findall(output) == []


def test_gunicorn_logs_no_client_address(tmp_path):
    """A malformed request makes gunicorn's error log name the client; not with our logger."""
    ports = {"127.0.0.1": free_port(), "::1": free_port()}
    access_log, error_log = tmp_path / "access.log", tmp_path / "error.log"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{ports['127.0.0.1']},[::1]:{ports['::1']}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(access_log),
        "GUNICORN_ERROR_LOG": str(error_log),
    }
    command = [str(Path(sys.executable).parent / "gunicorn"), "-c", str(GUNICORN_CONFIG)]
    # The language switch answers without the database, which this server does not have.
    normal = b"GET /i18n/setlang/?next=/ro/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"

    def answers():
        return send_raw("127.0.0.1", ports["127.0.0.1"], normal).startswith(b"HTTP/1.1 302")

    with running(command, answers, timeout=90, cwd="/", env=env):
        for host, port in ports.items():
            assert send_raw(host, port, b"NOT A REQUEST\r\n\r\n").startswith(b"HTTP/1.1 400")
            bad_header = b"GET /ro/ HTTP/1.1\r\nHost: x\r\nBad\x01Header: 1\r\n\r\n"
            assert send_raw(host, port, bad_header).startswith(b"HTTP/1.1 400")
            assert send_raw(host, port, normal).startswith(b"HTTP/1.1 302")
    errors, accesses = error_log.read_text(), access_log.read_text()
    # Two bad requests over IPv4 and two over IPv6, each logged, none with its client.
    assert errors.count("[WARNING] Invalid request from ip=[address]: Invalid HTTP") == 4
    assert accesses.count('"GET /i18n/setlang/" 302') >= 3
    assert ADDRESSES.findall(errors) == []
    assert ADDRESSES.findall(accesses) == []


def send_raw(host, port, data):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect((host, port))
        sock.sendall(data)
        return sock.recv(4096)


def test_gunicorn_is_configured_with_the_redacting_logger_and_an_address_free_format():
    config = runpy.run_path(str(GUNICORN_CONFIG))
    assert config["logger_class"] == "campaigns.frame.logs.GunicornLogger"
    # Remote address, any request header (X-Forwarded-For), user agent, referrer, query.
    for atom in ("%(h)s", "}i)s", "%(a)s", "%(f)s", "%(q)s", "%(r)s", "%(u)s"):
        assert atom not in config["access_log_format"]


def test_nginx_logs_as_deployed_keep_no_address():
    """Every access log uses the private format (or none); every error log goes to the sink."""
    private = re.search(r"log_format anitp_private ((?:'[^']*'\s*)+);", NGINX_CONF)[1]
    for variable in ("remote_addr", "forwarded", "real_ip", "user_agent", "referer", "args"):
        assert variable not in private
    assert "$request " not in private and "$request_uri" not in private
    access_logs = re.findall(r"^\s*access_log ([^;]+);", NGINX_CONF, re.MULTILINE)
    assert access_logs and all(
        log == "off" or log.endswith(" anitp_private") for log in access_logs
    )
    error_logs = re.findall(r"^\s*error_log ([^;]+);", NGINX_CONF, re.MULTILINE)
    assert error_logs == [f"syslog:server=unix:{SINK_SOCKET},nohostname,tag=nginx warn"]
    unit = (ROOT / "deploy" / "systemd" / "anitp-nginx-log.service").read_text()
    assert f"-m campaigns.frame.log_sink {SINK_SOCKET}" in unit


@pytest.fixture
def sink():
    """The log sink on a socket of its own; yields (socket path, its output file)."""
    # A short path: a Unix socket's name has room for about 100 bytes.
    workdir = Path(tempfile.mkdtemp(prefix="anitp-log-"))
    path, output = workdir / "nginx.sock", workdir / "journal.txt"
    with output.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "campaigns.frame.log_sink", str(path)], cwd=ROOT, stdout=out
        )
    try:
        deadline = time.monotonic() + 20
        while not path.exists():
            assert process.poll() is None and time.monotonic() < deadline, "the sink did not start"
            time.sleep(0.05)
        yield path, output
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(workdir)


def test_nginx_error_lines_are_kept_without_the_client_address(sink, tmp_path):
    path, output = sink
    directive = re.search(r"^error_log syslog:[^;]+;", NGINX_CONF, re.MULTILINE)[0]
    port = free_port()
    config = tmp_path / "nginx.conf"
    config.write_text(
        nginx.standalone_config(
            listen=f"127.0.0.1:{port}",
            root=tmp_path,
            upstream=f"127.0.0.1:{free_port()}",  # nothing listens: an error naming the client
            workdir=tmp_path,
            server_extra=directive.replace(SINK_SOCKET, str(path)) + "\n",
        )
    )
    command = ["/usr/sbin/nginx", "-c", str(config), "-p", str(tmp_path)]

    def answers():
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True

    with running(command, answers, timeout=20):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/ro/cautare/?q=munca+in+strainatate",
            headers={"Referer": "https://www.example.org/?q=ajutor", "Host": "testserver"},
        )
        with pytest.raises(urllib.error.HTTPError) as failed:
            urllib.request.urlopen(request, timeout=10)
        assert failed.value.code == 502
        deadline = time.monotonic() + 10
        while "connect() failed" not in output.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
    journal = output.read_text()
    assert "connect() failed" in journal
    assert "client: [address]" in journal
    assert 'request: "GET /ro/cautare/ HTTP/1.1"' in journal
    assert ADDRESSES.findall(journal) == []
    assert "munca" not in journal and "ajutor" not in journal and "referrer" not in journal
