"""One Redis shared by every worker: sessions and cached fragments cross process boundaries.

Debian's redis-server runs on a loopback port for the module. The "other worker" is a separate
Python process with its own connection, configured from REDIS_URL as a deployment is; it has an
empty database of its own, so whatever it knows of a session came through the cache.
"""

import pytest
import redis
from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.db import connection
from django.template import engines
from django.test.utils import CaptureQueriesContext

from config.settings.base import redis_caches

from .local_servers import free_port, require_program, run_django, running

pytestmark = pytest.mark.redis

PASSWORD = "correct horse battery staple"
FRAGMENT = "{% load cache %}{% cache 600 hotline_box lang %}<p>{{ text }}</p>{% endcache %}"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    server = require_program("redis-server", "redis-server")
    port = free_port()
    command = [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly"]
    command += ["no", "--dir", str(tmp_path_factory.mktemp("redis"))]
    client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=2)
    with running(command, client.ping):
        yield f"redis://127.0.0.1:{port}/0"
    client.close()


@pytest.fixture
def shared_cache(redis_url, settings):
    """This process configured as production is with REDIS_URL set, on an empty Redis."""
    redis.Redis.from_url(redis_url).flushdb()
    settings.CACHES = redis_caches(redis_url)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield redis_url
    caches.close_all()


def session_reads(queries):
    return sum(
        query["sql"].startswith("SELECT") and "django_session" in query["sql"] for query in queries
    )


def other_worker(redis_url, tmp_path, script):
    """Run `script` in another process sharing only the cache (its database is empty)."""
    return run_django(
        script,
        {"REDIS_URL": redis_url, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"},
    )


@pytest.mark.django_db
def test_a_login_on_one_worker_is_accepted_by_another(
    shared_cache, client, django_user_model, tmp_path
):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302
    session_key = client.cookies["sessionid"].value

    # The other process, configured by REDIS_URL alone, has no session table at all: it can
    # only find the login in Redis.
    output = other_worker(
        shared_cache,
        tmp_path,
        f"""
        from django.conf import settings
        from django.contrib.sessions.backends.cached_db import SessionStore
        print(settings.CACHES["default"]["BACKEND"], settings.SESSION_ENGINE)
        session = SessionStore("{session_key}")
        print(session.get("_auth_user_id"), session.get("_auth_user_hash"))
        """,
    )
    assert output.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "django.contrib.sessions.backends.cached_db",
        str(user.pk),
        user.get_session_auth_hash(),
    ]


@pytest.mark.django_db
def test_a_session_is_served_from_the_cache_and_outlives_a_redis_flush(
    shared_cache, client, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    del caches["default"]  # the next request opens a new connection, as another worker would

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    assert session_reads(queries) == 0  # the session came from Redis

    redis.Redis.from_url(shared_cache).flushdb()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200  # still logged in
    assert session_reads(queries) == 1  # from the database this time


def test_a_fragment_cached_by_one_worker_is_served_by_another(shared_cache, tmp_path):
    template = engines["django"].from_string(FRAGMENT)
    assert template.render({"text": "0800 800 678", "lang": "ne"}) == "<p>0800 800 678</p>"

    output = other_worker(
        shared_cache,
        tmp_path,
        f"""
        from django.core.cache import cache
        from django.core.cache.utils import make_template_fragment_key
        from django.template import engines
        template = engines["django"].from_string({FRAGMENT!r})
        print(template.render({{"text": "stale", "lang": "ne"}}))
        print(template.render({{"text": "fresh", "lang": "ro"}}))
        cache.delete(make_template_fragment_key("hotline_box", ["ne"]))
        """,
    )
    # Nepali came from this process's cached copy; Romanian was not cached yet.
    assert output.split() == ["<p>0800", "800", "678</p>", "<p>fresh</p>"]
    # The other worker's invalidation reaches this one.
    assert caches["default"].get(make_template_fragment_key("hotline_box", ["ne"])) is None
    assert template.render({"text": "changed", "lang": "ne"}) == "<p>changed</p>"


@pytest.mark.django_db
def test_login_failures_on_one_worker_refuse_the_address_on_another(
    shared_cache, client, settings, tmp_path
):
    settings.LOGIN_THROTTLE = {
        "window_seconds": 900,
        "max_per_username_and_address": 3,
        "max_per_address": 3,
    }
    for number in range(2):
        credentials = {"username": f"user{number}", "password": "wrong"}
        response = client.post("/admin/login/", credentials, REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 200

    output = other_worker(
        shared_cache,
        tmp_path,
        """
        from django.core.cache import cache
        from campaigns.frame.login import Counts, login_address_key
        key = login_address_key("203.0.113.7")
        print(cache.get(key))
        Counts({key: 3}, 900).record()
        """,
    )
    assert output.split() == ["2"]
    response = client.post(
        "/admin/login/", {"username": "ana", "password": "x"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 429
