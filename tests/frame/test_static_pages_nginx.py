"""With the application stopped, nginx still serves the published pages from their files."""

import gzip
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from django.utils import translation

from campaigns.frame import nginx, static_pages
from tests.materials.conftest import build_catalogue

NGINX = "/usr/sbin/nginx"  # Debian's package `nginx` (.ci/run installs it)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def pages_root(settings, tmp_path):
    settings.STATIC_PAGES_ROOT = tmp_path / "static-pages"
    settings.STATIC_PAGES_BASE_URL = "http://testserver"
    settings.STATIC_PAGES_LANGUAGES = ("ro", "ne")
    return settings.STATIC_PAGES_ROOT


@pytest.fixture
def nginx_url(pages_root, tmp_path):
    """nginx on a free loopback port, its Django upstream a port nothing listens on."""
    workdir = tmp_path / "nginx"
    workdir.mkdir()
    port = free_port()
    config = workdir / "nginx.conf"
    config.write_text(
        nginx.standalone_config(
            listen=f"127.0.0.1:{port}",
            root=pages_root,
            upstream=f"127.0.0.1:{free_port()}",
            workdir=workdir,
        )
    )
    server = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(workdir)], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(
                    f"nginx did not start: {server.stderr.read().decode()}"
                ) from None
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "testserver", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def tree(db, django_user_model):
    return build_catalogue(django_user_model)


def test_published_pages_serve_without_the_application(tree, pages_root, nginx_url, client):
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])

    for code in ("ro", "ne"):
        with translation.override(code):
            path = jobs.get_url()
        status, headers, body = fetch(nginx_url + path)
        assert status == 200, path
        assert body == client.get(path).content
        assert headers["Content-Type"] == "text/html; charset=utf-8"

        status, headers, body = fetch(nginx_url + path, **{"Accept-Encoding": "gzip"})
        assert headers.get("Content-Encoding") == "gzip"
        assert gzip.decompress(body) == client.get(path).content


def test_what_is_not_written_goes_to_django(tree, pages_root, nginx_url):
    jobs = tree["jobs"]
    static_pages.publish([jobs.pk])
    with translation.override("ro"):
        path = jobs.get_url()

    # Django is down: whatever nginx hands to it fails, which shows nginx did not answer it.
    assert fetch(nginx_url + path + "?audience=minors")[0] == 502
    assert fetch(nginx_url + "/ro/not-written/")[0] == 502
    assert fetch(nginx_url + "/admin/")[0] == 502
