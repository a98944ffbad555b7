"""Consular posts and API tokens in the admin: coordinators manage, a post's staff look at their
own post only, and a token's secret is shown once and never stored."""

import hashlib

import pytest
from django.contrib.auth.models import Group

from campaigns.posts.models import ApiToken, ConsularPost, Order
from campaigns.posts.roles import CONSULAR_STAFF_GROUP, posts_of
from tests.posts.helpers import messages_of

pytestmark = pytest.mark.django_db

POSTS = "/admin/consular-posts/"


def test_the_staff_group_has_admin_access_and_nothing_else():
    group = Group.objects.get(name=CONSULAR_STAFF_GROUP)
    assert [p.codename for p in group.permissions.all()] == ["access_admin"]
    assert not group.page_permissions.exists()
    assert not group.collection_permissions.exists()


def test_posts_of_is_cached_on_the_user(world, django_assert_num_queries):
    ana = world["ana"]
    assert posts_of(ana) == {world["london"].pk}
    with django_assert_num_queries(0):
        assert posts_of(ana) == {world["london"].pk}


def test_a_coordinator_adds_a_post_with_its_staff(world, as_user):
    client = as_user(world["coordinator"])
    assert client.get(POSTS).status_code == 200
    response = client.post(
        f"{POSTS}new/",
        {
            "code": "de-berlin",
            "name": "Ambasada României la Berlin",
            "country": "de",
            "city": "Berlin",
            "email": "berlin@mae.example.org",
            "staff": [world["marco"].pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    berlin = ConsularPost.objects.get(code="de-berlin")
    assert berlin.country == "DE"
    assert list(berlin.staff.all()) == [world["marco"]]


def test_a_coordinator_finds_a_post_by_city(world, as_user):
    listing = as_user(world["coordinator"]).get(POSTS, {"q": "Roma"}).content.decode()
    assert world["rome"].name in listing
    assert world["london"].name not in listing


def test_only_consular_staff_can_be_made_a_posts_staff(world, as_user):
    client = as_user(world["coordinator"])
    response = client.post(
        f"{POSTS}edit/{world['london'].pk}/",
        {
            "code": "gb-london",
            "name": "Londra",
            "country": "GB",
            "city": "London",
            "email": "londra@mae.example.org",
            "staff": [world["centre_staff"].pk],
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert list(world["london"].staff.all()) == [world["ana"]]


def test_staff_see_only_their_own_post(world, as_user):
    client = as_user(world["ana"])
    listing = client.get(POSTS).content.decode()
    assert world["london"].name in listing
    assert world["rome"].name not in listing
    assert client.get(f"{POSTS}inspect/{world['london'].pk}/").status_code == 200
    assert client.get(f"{POSTS}inspect/{world['rome'].pk}/").status_code == 403


def test_staff_cannot_change_add_or_delete_posts(world, as_user):
    client = as_user(world["ana"])
    london = world["london"]
    assert client.get(f"{POSTS}edit/{london.pk}/").status_code == 403
    assert client.post(f"{POSTS}edit/{london.pk}/", {"name": "x"}).status_code == 403
    assert client.get(f"{POSTS}new/").status_code == 403
    assert client.post(f"{POSTS}delete/{london.pk}/").status_code == 403
    london.refresh_from_db()
    assert london.name.startswith("Consulatul")


def test_regional_centre_staff_cannot_see_posts_at_all(world, as_user):
    client = as_user(world["centre_staff"])
    assert client.get(POSTS).status_code == 403
    assert client.get(f"{POSTS}inspect/{world['london'].pk}/").status_code == 403
    dashboard = client.get("/admin/").content.decode()
    assert POSTS not in dashboard
    assert "/admin/consular-orders/" not in dashboard


def test_the_menu_shows_posts_to_their_staff(world, as_user):
    dashboard = as_user(world["ana"]).get("/admin/").content.decode()
    assert "/admin/consular-orders/" in dashboard
    assert "/admin/distribution-reports/" in dashboard


def test_a_post_with_orders_is_not_deleted(world, as_user, place_order):
    place_order()
    client = as_user(world["coordinator"])
    response = client.post(f"{POSTS}delete/{world['london'].pk}/", follow=True)
    assert "cannot be deleted" in " ".join(messages_of(response))
    assert ConsularPost.objects.filter(pk=world["london"].pk).exists()
    assert Order.objects.count() == 1


def test_issuing_a_token_shows_its_secret_once_and_stores_only_a_digest(world, as_user):
    london = world["london"]
    client = as_user(world["coordinator"])
    assert client.get(f"{POSTS}{london.pk}/tokens/new/").status_code == 200
    response = client.post(
        f"{POSTS}{london.pk}/tokens/new/", {"name": "Embassy website", "valid_for": "90"}
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = response.context["secret"]
    assert secret in response.content.decode()

    token = ApiToken.objects.get()
    assert token.post == london and token.name == "Embassy website"
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    stored = [str(value) for value in ApiToken.objects.values_list(flat=False).get()]
    assert secret not in stored
    assert ApiToken.authenticate(secret) == token

    # Afterwards the post's page lists the token by name, never its secret.
    page = client.get(f"{POSTS}inspect/{london.pk}/").content.decode()
    assert "Embassy website" in page
    assert secret not in page
    assert secret[: ApiToken.PREFIX_LENGTH] not in page


def test_staff_see_their_tokens_names_but_cannot_issue_or_revoke(world, as_user):
    token, secret = ApiToken.issue(world["london"], "Kiosk")
    ApiToken.issue(world["rome"], "Roma kiosk")
    client = as_user(world["ana"])
    page = client.get(f"{POSTS}inspect/{world['london'].pk}/").content.decode()
    assert "Kiosk" in page and "Roma kiosk" not in page
    assert secret not in page
    assert "Issue an API token" not in page
    assert client.get(f"{POSTS}{world['london'].pk}/tokens/new/").status_code == 403
    assert client.post(f"{POSTS}{world['london'].pk}/tokens/new/", {"name": "x"}).status_code == 403
    assert client.post(f"{POSTS}tokens/{token.pk}/revoke/").status_code == 403
    assert ApiToken.objects.count() == 2
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_coordinator_revokes_a_token(world, as_user):
    token, secret = ApiToken.issue(world["london"], "Kiosk")
    client = as_user(world["coordinator"])
    response = client.post(f"{POSTS}tokens/{token.pk}/revoke/", follow=True)
    assert "was revoked" in " ".join(messages_of(response))
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ApiToken.authenticate(secret) is None
    response = client.post(f"{POSTS}tokens/{token.pk}/revoke/", follow=True)
    assert "was already revoked" in " ".join(messages_of(response))
