"""Admin login throttling: per username and per address, in the shared cache, hashed keys."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from campaigns.frame.login import client_address

pytestmark = pytest.mark.django_db

LIMITS = {"window_seconds": 900, "max_per_username": 3, "max_per_address": 5}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    with override_settings(LOGIN_THROTTLE=LIMITS):
        yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="ana", password="right-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def log_in(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_a_right_password_logs_in(client, editor):
    response = log_in(client, "ana", "right-password")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_after_the_failures_allowed_even_the_right_password_is_refused(client, editor):
    for _attempt in range(LIMITS["max_per_username"] - 1):
        assert log_in(client, "ana", "wrong").status_code == 200
    refused = log_in(client, "ana", "wrong")
    assert refused.status_code == 429
    assert "Too many failed attempts to log in. Wait 15 minutes" in refused.content.decode()
    # The form is shown again, with the username but no password checked.
    assert 'value="ana"' in refused.content.decode()
    assert log_in(client, "ana", "right-password").status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address does not help: the username is throttled.
    assert log_in(client, "ANA ", "right-password", address="198.51.100.1").status_code == 429


def test_one_address_trying_many_usernames_is_refused(client, editor):
    for number in range(LIMITS["max_per_address"]):
        log_in(client, f"user{number}", "wrong")
    assert log_in(client, "ana", "right-password").status_code == 429
    # Elsewhere, ana still logs in.
    assert log_in(client, "ana", "right-password", address="198.51.100.1").status_code == 302


def test_a_successful_login_forgets_the_usernames_failures(client, editor):
    for _attempt in range(LIMITS["max_per_username"] - 1):
        log_in(client, "ana", "wrong")
    assert log_in(client, "ana", "right-password").status_code == 302
    client.logout()
    for _attempt in range(LIMITS["max_per_username"] - 1):
        assert log_in(client, "ana", "wrong").status_code == 200


def test_the_window_ends(client, editor):
    with override_settings(LOGIN_THROTTLE={**LIMITS, "window_seconds": 1}):
        for _attempt in range(LIMITS["max_per_username"]):
            log_in(client, "ana", "wrong")
        assert log_in(client, "ana", "right-password").status_code == 429
        import time

        time.sleep(1.1)
        assert log_in(client, "ana", "right-password").status_code == 302


def test_the_cache_holds_neither_username_nor_address(client, editor):
    log_in(client, "ana", "wrong", address="203.0.113.7")
    keys = list(cache._cache)  # the test cache is the local-memory one
    assert keys
    assert not [key for key in keys if "ana" in key or "203.0.113.7" in key or "wrong" in key]


def test_the_client_address_comes_from_the_proxy_header_when_configured(rf):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.9")
    assert client_address(request) == "127.0.0.1"
    with override_settings(CLIENT_ADDRESS_HEADER="HTTP_X_FORWARDED_FOR"):
        # The last entry is the one our own proxy wrote; earlier ones the client can forge.
        assert client_address(request) == "203.0.113.9"
