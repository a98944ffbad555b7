"""Identical requests fired at once at a live server, each with its own database connection.

pytest-django's SQLite test database lives in memory, and a live server thread shares the test's
only connection to it: requests would take turns on it and never race. Here the server works on
a real database: on SQLite a file, copied from the test database with SQLite's backup API and
opened as production opens it (WAL, IMMEDIATE transactions, a busy timeout); on PostgreSQL the
test database itself. Django's threaded live server opens a connection per request, as gunicorn's
workers each hold their own, so two requests really are two transactions at once.

Tests using `live_site` are transactional with `serialized_rollback` (marker `PARALLEL`): what
they create is committed, so the server's connections see it, and each starts from the migrated
data (groups, the page tree's root) whatever a test before it flushed.
"""

import contextlib
import http.cookies
import re
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.test.testcases import LiveServerThread, _StaticFilesHandler

PARALLEL = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@contextlib.contextmanager
def _file_database(path):
    """Every connection, the test's and each request's, on a file copy of the test database."""
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    in_memory, memory_settings = connections["default"], connections.settings["default"]
    on_file = {**memory_settings, "NAME": str(path)}
    connections.settings["default"] = on_file
    connections["default"] = connections.create_connection("default")
    try:
        yield
    finally:
        connections["default"].close()
        connections.settings["default"] = memory_settings
        connections["default"] = in_memory


@pytest.fixture
def live_site(tmp_path):
    """The base URL of a live server on a database every connection reaches."""
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    database = (
        _file_database(tmp_path / "parallel.sqlite3") if in_memory else contextlib.nullcontext()
    )
    with database:
        server = LiveServerThread("127.0.0.1", _StaticFilesHandler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://127.0.0.1:{server.port}"
        finally:
            server.terminate()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Response:
    status: int
    location: str = ""
    body: str = ""


@dataclass
class Browser:
    """One signed-in user's cookies, speaking HTTP to the live server."""

    base_url: str
    cookies: dict = field(default_factory=dict)

    @classmethod
    def signed_in(cls, base_url, user):
        client = Client()
        client.force_login(user)
        return cls(
            base_url,
            {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value},
        )

    def request(self, path, data=None, *, multipart=False):
        """GET `path`, or POST `data` (form-encoded, or multipart with file objects)."""
        headers = {
            "Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items()),
            "Accept-Language": "en",
        }
        body = None
        if multipart:
            body = encode_multipart(BOUNDARY, data)
            headers["Content-Type"] = MULTIPART_CONTENT
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers)
        opener = urllib.request.build_opener(_NoRedirect())
        try:
            with opener.open(request, timeout=60) as answer:
                response = Response(answer.status, body=answer.read().decode())
                received = answer.headers.get_all("Set-Cookie") or []
        except urllib.error.HTTPError as error:
            response = Response(
                error.code, error.headers.get("Location", ""), error.read().decode()
            )
            received = error.headers.get_all("Set-Cookie") or []
        for header in received:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def form(self, path):
        """The hidden inputs of the form at `path` (the CSRF and one-time tokens), as sent."""
        page = self.request(path)
        assert page.status == 200, (path, page.status)
        return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page.body))


def at_once(count, send):
    """`send()` from `count` threads released together; their responses, in thread order."""
    barrier = threading.Barrier(count)
    responses, failures = [None] * count, []

    def run(index):
        try:
            barrier.wait(timeout=30)
            responses[index] = send()
        except Exception as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    return responses
