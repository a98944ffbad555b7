"""The outbox screen: coordinators see what failed and what waits; nobody else sees it."""

import pytest
from django.urls import reverse

from campaigns.mail.models import OutgoingEmail
from campaigns.posts.models import ConsularPost
from campaigns.posts.roles import CONSULAR_STAFF_GROUP
from tests.pages.campaign_tree import build_campaign_tree, make_user

pytestmark = pytest.mark.django_db

OUTBOX = "/admin/outbox/"


@pytest.fixture
def tree(django_user_model):
    return build_campaign_tree(django_user_model)


@pytest.fixture
def messages():
    def make(subject, status, **fields):
        return OutgoingEmail.objects.create(
            subject=subject,
            recipients="ana@anitp.example.org",
            message={},
            status=status,
            **fields,
        )

    make("Comanda 7 a fost expediată", "failed", attempts=10, last_error="AnymailAPIError: 503")
    make("Perioada S1 a fost aprobată", "pending", attempts=2, last_error="timeout")
    make("Livrat deja", "sent")


def test_the_address_is_the_one_the_menu_links_to():
    assert reverse("mail_outbox") == OUTBOX


def test_a_coordinator_sees_failed_and_waiting_mail_but_not_what_was_delivered(
    client, tree, messages
):
    client.force_login(tree["coordinator"])
    response = client.get(OUTBOX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Comanda 7 a fost expediată" in html
    assert "AnymailAPIError: 503" in html
    assert "Perioada S1 a fost aprobată" in html
    assert "Livrat deja" not in html
    assert "1 e-mail was delivered recently" in html
    assert OUTBOX in client.get("/admin/").content.decode()  # in the Settings menu


@pytest.fixture
def consular_staff(django_user_model):
    user = make_user(django_user_model, "marco", CONSULAR_STAFF_GROUP)
    ConsularPost.objects.create(
        code="it-rome",
        name="Ambasada României la Roma",
        country="IT",
        city="Roma",
        email="roma@mae.example.org",
    ).staff.add(user)
    return user


@pytest.mark.parametrize("who", ["timisoara_staff", "consular_staff"])
def test_other_staff_are_refused_and_not_shown_the_menu_item(
    client, tree, messages, consular_staff, who
):
    client.force_login(consular_staff if who == "consular_staff" else tree[who])
    response = client.get(OUTBOX)
    assert response.status_code == 403
    assert "Comanda 7" not in response.content.decode()
    assert OUTBOX not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, messages):
    response = client.get(OUTBOX)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
