"""Admin login throttling: a stranger's failures slow the stranger, never the account's owner.

Counts are per username from one address and per address, in the cache every worker shares,
under keyed hashes; a new password starts them afresh; "forgotten password" is throttled too.
"""

import re
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from campaigns.frame.login import LoginThrottle, address_network, client_address
from config.settings.base import file_caches

from .local_servers import run_django

pytestmark = pytest.mark.django_db

LIMITS = {"window_seconds": 900, "max_per_username_and_address": 3, "max_per_address": 5}
RESET_LIMITS = {"window_seconds": 3600, "max_per_address": 3, "max_per_email": 2}
STRANGER, OWNER = "203.0.113.7", "198.51.100.1"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    with override_settings(LOGIN_THROTTLE=LIMITS, PASSWORD_RESET_THROTTLE=RESET_LIMITS):
        yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(
        username="ana", password="right-password", email="ana@anitp.example.org"
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def log_in(client, username, password, address=STRANGER):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def fail(client, times, username="ana", address=STRANGER):
    return [log_in(client, username, "wrong", address).status_code for _ in range(times)]


def ask_reset(client, email="ana@anitp.example.org", address=OWNER):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_a_right_password_logs_in(client, editor):
    response = log_in(client, "ana", "right-password")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_after_the_failures_allowed_that_address_is_refused_even_the_right_password(client, editor):
    assert fail(client, LIMITS["max_per_username_and_address"]) == [200, 200, 429]
    refused = log_in(client, "ana", "right-password")
    assert refused.status_code == 429
    assert "Too many failed attempts to log in. Wait 15 minutes" in refused.content.decode()
    # The form is shown again, with the username but no password checked.
    assert 'value="ana"' in refused.content.decode()
    assert "_auth_user_id" not in client.session
    assert log_in(client, "ana ", "right-password").status_code == 429  # as the form cleans it


def test_a_stranger_cannot_lock_the_owner_out(client, editor):
    # Strangers on several addresses try the owner's username until each is refused.
    for stranger in ("203.0.113.7", "203.0.113.8", "2001:db8:1:2::7"):
        assert fail(client, 5, address=stranger)[-1] == 429
    response = log_in(client, "ana", "right-password", address=OWNER)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_one_address_trying_many_usernames_is_refused(client, editor):
    for number in range(LIMITS["max_per_address"]):
        log_in(client, f"user{number}", "wrong")
    assert log_in(client, "ana", "right-password").status_code == 429
    # Elsewhere, ana still logs in.
    assert log_in(client, "ana", "right-password", address=OWNER).status_code == 302


def test_a_hostile_username_is_counted_not_an_error(client, editor):
    assert fail(client, 3, username="ana\x00' OR 1=1") == [200, 200, 429]
    assert log_in(client, "ana", "right-password").status_code == 302


def test_an_ipv6_client_is_counted_per_64_network(client, editor):
    fail(client, 2, address="2001:db8:1:2::7")
    assert log_in(client, "ana", "wrong", address="2001:db8:1:2:ffff::1").status_code == 429
    assert log_in(client, "ana", "right-password", address="2001:db8:1:3::7").status_code == 302
    assert address_network("::ffff:203.0.113.7") == "203.0.113.7"
    assert address_network("[2001:db8::1]") == "2001:db8::/64"
    assert address_network("not an address") == "not an address"


def test_a_successful_login_forgets_the_failures_from_that_address(client, editor):
    fail(client, LIMITS["max_per_username_and_address"] - 1)
    assert log_in(client, "ana", "right-password").status_code == 302
    client.logout()
    assert fail(client, LIMITS["max_per_username_and_address"] - 1) == [200, 200]


def test_the_window_ends(client, editor):
    with override_settings(LOGIN_THROTTLE={**LIMITS, "window_seconds": 1}):
        fail(client, LIMITS["max_per_username_and_address"])
        assert log_in(client, "ana", "right-password").status_code == 429
        time.sleep(1.1)
        assert log_in(client, "ana", "right-password").status_code == 302


def reset_link(message):
    return re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", message.body)[1]


def test_a_password_reset_by_email_ends_the_refusal(client, editor):
    fail(client, LIMITS["max_per_username_and_address"], address=OWNER)
    assert log_in(client, "ana", "right-password", address=OWNER).status_code == 429

    assert ask_reset(client).status_code == 302
    (message,) = mail.outbox
    form = client.get(reset_link(message), follow=True)
    assert form.status_code == 200
    new = {"new_password1": "a-new-long-passphrase", "new_password2": "a-new-long-passphrase"}
    done = client.post(form.redirect_chain[-1][0], new, REMOTE_ADDR=OWNER)
    assert done.status_code == 302
    assert done["Location"] == "/admin/password_reset/complete/"

    assert log_in(client, "ana", "a-new-long-passphrase", address=OWNER).status_code == 302


def test_a_password_set_by_a_coordinator_ends_the_refusal_too(client, editor):
    fail(client, LIMITS["max_per_username_and_address"], address=OWNER)
    editor.set_password("set-by-a-coordinator")
    editor.save()
    assert log_in(client, "ana", "set-by-a-coordinator", address=OWNER).status_code == 302


def test_reset_requests_from_one_address_are_refused_after_the_limit(client, editor):
    answers = [ask_reset(client, f"someone{n}@example.org", STRANGER).status_code for n in range(4)]
    assert answers == [302, 302, 302, 429]
    refused = ask_reset(client, address=STRANGER)
    assert refused.status_code == 429
    assert "Too many requests to reset a password. Wait 60 minutes" in refused.content.decode()
    assert mail.outbox == []
    # The owner, elsewhere, still gets the mail.
    assert ask_reset(client, address=OWNER).status_code == 302
    assert len(mail.outbox) == 1


def test_a_stranger_asking_resets_for_the_owner_cannot_keep_her_from_resetting(client, editor):
    for stranger in ("203.0.113.7", "203.0.113.8", "203.0.113.9"):
        assert ask_reset(client, "ANA@anitp.example.org ", stranger).status_code == 302
    # Only max_per_email mails went out; the answer did not change (nothing to learn from it).
    assert len(mail.outbox) == RESET_LIMITS["max_per_email"]
    response = ask_reset(client, address=OWNER)
    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/done/"
    assert len(mail.outbox) == RESET_LIMITS["max_per_email"]
    # The links already in her inbox still work.
    form = client.get(reset_link(mail.outbox[0]), follow=True)
    assert form.status_code == 200
    assert "new_password1" in form.content.decode()


def test_the_cache_holds_no_username_address_or_password(client, editor):
    log_in(client, "ana", "wrong", address=STRANGER)
    ask_reset(client, address=OWNER)
    keys = list(cache._cache)  # the test cache is the local-memory one
    assert len(keys) >= 4
    for secret in ("ana", STRANGER, OWNER, "wrong", "anitp.example.org", editor.password):
        assert not [key for key in keys if secret in key]


def test_the_client_address_comes_from_the_proxy_header_when_configured(rf):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.9")
    assert client_address(request) == "127.0.0.1"
    with override_settings(CLIENT_ADDRESS_HEADER="HTTP_X_FORWARDED_FOR"):
        # The last entry is the one our own proxy wrote; earlier ones the client can forge.
        assert client_address(request) == "203.0.113.9"


def test_workers_without_redis_share_the_counts(client, editor, settings, tmp_path):
    """Two processes, each with its own cache client, as `make run` configures them (no
    REDIS_URL): what one counts, the other sees."""
    settings.CACHES = file_caches(tmp_path)
    for number in range(LIMITS["max_per_address"] - 1):
        assert log_in(client, f"user{number}", "wrong").status_code == 200

    output = run_django(
        f"""
        from django.conf import settings
        from django.core.cache import cache
        from campaigns.frame.login import Counts, login_address_key
        key = login_address_key({STRANGER!r})
        print(settings.CACHES["default"]["BACKEND"], cache.get(key))
        Counts({{key: settings.LOGIN_THROTTLE["max_per_address"]}}, 900).record()
        """,
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_VAR_DIR": str(tmp_path),
            "DJANGO_SECRET_KEY": settings.SECRET_KEY,
            "DJANGO_LOGIN_THROTTLE_PER_ADDRESS": str(LIMITS["max_per_address"]),
        },
    )
    assert output.split() == ["django.core.cache.backends.filebased.FileBasedCache", "4"]
    # The other worker's failure reached this one: the address has used up its attempts.
    assert log_in(client, "ana", "right-password").status_code == 429
    assert LoginThrottle("someone", STRANGER).is_locked()
