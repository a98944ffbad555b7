"""Identical requests fired at once at a live server, each with its own database connection.

pytest-django's SQLite test database lives in memory, and a live server thread shares the test's
only connection to it: requests would take turns on it and never race. Here every test gets a
database of its own, copied from the freshly migrated test database: on SQLite a file (opened as
production opens it: WAL, IMMEDIATE transactions, a busy timeout), on PostgreSQL a database
created from a template. Django's threaded live server opens a connection to it per request, as
gunicorn's workers each hold their own, so two requests really are two transactions at once.

The test's own connection is moved to that copy too, for the data it sets up and the rows it
counts, and moved back afterwards: the suite's test database is never written, so these tests
need neither a flush nor serialized data, and they are as cheap to isolate as any other.
"""

import contextlib
import http.cookies
import re
import shutil
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.test.testcases import LiveServerThread, _StaticFilesHandler


@pytest.fixture(scope="session")
def pristine_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the test database as migrated, taken before any test of the session writes.

    Requested first by a test with the `db` fixture, which pytest-django runs before every
    transactional test, so what it copies is the migrations' data and nothing else. Session
    fixtures are set up before the test's transaction begins, so the connection is free.
    """
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            path = tmp_path_factory.mktemp("parallel") / "pristine.sqlite3"
            connection.ensure_connection()
            with contextlib.closing(sqlite3.connect(path)) as copy:
                connection.connection.backup(copy)
            yield str(path)
            return
        name = f"{connection.settings_dict['NAME']}_pristine"
        connection.close()  # PostgreSQL copies a template nobody is connected to
        _execute(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
        yield name
        _execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _execute(sql):
    """DDL on PostgreSQL's maintenance database, outside any test's transaction."""
    with connection._nodb_cursor() as cursor:
        cursor.execute(sql)


@contextlib.contextmanager
def _copy_of(pristine, tmp_path):
    """The name of a new copy of the pristine database, dropped afterwards."""
    if connection.vendor == "sqlite":
        path = tmp_path / "parallel.sqlite3"
        shutil.copyfile(pristine, path)
        yield str(path)
        return
    name = f"{pristine}_{uuid.uuid4().hex[:8]}"
    _execute(f'CREATE DATABASE "{name}" TEMPLATE "{pristine}"')
    try:
        yield name
    finally:
        _execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def _every_connection_on(name):
    """The test's connection, and each one the server opens, on the database `name`."""
    stashed, stashed_settings = connections["default"], connections.settings["default"]
    connections.settings["default"] = {**stashed_settings, "NAME": name}
    connections["default"] = connections.create_connection("default")
    try:
        yield
    finally:
        connections["default"].close()
        connections.settings["default"] = stashed_settings
        connections["default"] = stashed


@pytest.fixture
def live_site(db, pristine_database, tmp_path):
    """The base URL of a live server on a database of the test's own (see above)."""
    with _copy_of(pristine_database, tmp_path) as name, _every_connection_on(name):
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
