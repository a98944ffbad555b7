"""Orders through the admin: a post orders, a coordinator decides and ships, the post receives;
each step e-mails the other side; bad input saves nothing."""

import logging
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError

from campaigns.posts.models import Order, OrderLine
from tests.posts.helpers import messages_of, order_data

pytestmark = pytest.mark.django_db

ORDERS = "/admin/consular-orders/"


def counts():
    return Order.objects.count(), OrderLine.objects.count()


def submit(client, post, lines, note=""):
    return client.post(f"{ORDERS}new/", order_data(post, lines, note), follow=True)


def test_the_full_round_trip_with_its_emails(world, as_user, django_capture_on_commit_callbacks):
    ana, coordinator, london = world["ana"], world["coordinator"], world["london"]

    client = as_user(ana)
    page = client.get(f"{ORDERS}new/")
    assert page.status_code == 200
    form_html = page.content.decode()
    assert "know-your-rights" in form_html
    assert "old-card" not in form_html  # withdrawn materials are not offered

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(
            client, london, [(world["leaflet"], "en", 500), (world["poster"], "ro", 20)], "Târg"
        )
    order = Order.objects.get()
    assert response.redirect_chain[-1][0] == f"{ORDERS}{order.pk}/"
    assert f"Order {order.pk} was submitted" in " ".join(messages_of(response))
    assert order.status == Order.Status.SUBMITTED
    assert order.created_by == ana
    assert sorted(order.lines.values_list("language", "quantity")) == [("en", 500), ("ro", 20)]
    # Submission goes to the coordinators who have an address, and only to them.
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    submitted = mail.outbox[0]
    assert str(order.pk) in submitted.subject and london.name in submitted.subject
    assert "know-your-rights" in submitted.body and "500" in submitted.body
    assert "Târg" in submitted.body
    assert f"/admin/consular-orders/{order.pk}/" in submitted.body

    # The coordinator sees it among all orders and approves it with a comment.
    mail.outbox.clear()
    client = as_user(coordinator)
    listing = client.get(ORDERS)
    assert f'data-order="{order.pk}"' in listing.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{ORDERS}{order.pk}/approve/",
            {"approve-comment": "Trimitem săptămâna viitoare."},
            follow=True,
        )
    order.refresh_from_db()
    assert order.status == Order.Status.APPROVED and order.approved_at
    assert order.coordinator_comment == "Trimitem săptămâna viitoare."
    assert sorted(m.to[0] for m in mail.outbox) == sorted([london.email, ana.email])
    for message in mail.outbox:
        assert "approved" in message.subject and str(order.pk) in message.subject
        assert "Trimitem săptămâna viitoare." in message.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{ORDERS}{order.pk}/ship/")
    order.refresh_from_db()
    assert order.status == Order.Status.SHIPPED and order.shipped_at
    assert sorted(m.to[0] for m in mail.outbox) == sorted([london.email, ana.email])
    assert all("shipped" in m.subject for m in mail.outbox)

    # The post confirms receipt; the coordinators are told.
    mail.outbox.clear()
    client = as_user(ana)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ORDERS}{order.pk}/receive/", follow=True)
    order.refresh_from_db()
    assert order.status == Order.Status.RECEIVED and order.received_at
    assert "Receipt of order" in " ".join(messages_of(response))
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    assert "received" in mail.outbox[0].subject


def test_a_rejection_needs_a_comment_and_sends_it(
    world, as_user, place_order, django_capture_on_commit_callbacks
):
    place_order()
    order = Order.objects.get()
    client = as_user(world["coordinator"])

    mail.outbox.clear()
    response = client.post(f"{ORDERS}{order.pk}/reject/", {"reject-comment": "  "})
    assert response.status_code == 200
    assert "Say why the order is rejected" in response.content.decode()
    order.refresh_from_db()
    assert order.status == Order.Status.SUBMITTED
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{ORDERS}{order.pk}/reject/", {"reject-comment": "Stoc epuizat."})
    order.refresh_from_db()
    assert order.status == Order.Status.REJECTED
    assert order.coordinator_comment == "Stoc epuizat."
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [world["london"].email, world["ana"].email]
    )
    assert all("rejected" in m.subject and "Stoc epuizat." in m.body for m in mail.outbox)


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ("ship", "cannot be shipped: its status is “Submitted”"),
        ("receive", "cannot be confirmed as received: its status is “Submitted”"),
    ],
)
def test_a_step_out_of_order_is_refused_with_the_reason(world, as_user, place_order, step, message):
    place_order()
    order = Order.objects.get()
    client = as_user(world["coordinator"])
    response = client.post(f"{ORDERS}{order.pk}/{step}/", follow=True)
    assert message in " ".join(messages_of(response))
    order.refresh_from_db()
    assert order.status == Order.Status.SUBMITTED


def test_an_order_cannot_be_received_twice_or_approved_twice(world, as_user, place_order):
    place_order()
    order = Order.objects.get()
    coordinator = as_user(world["coordinator"])
    coordinator.post(f"{ORDERS}{order.pk}/approve/", {"approve-comment": ""})
    response = coordinator.post(f"{ORDERS}{order.pk}/approve/", {}, follow=True)
    assert "cannot be approved: its status is “Approved”" in " ".join(messages_of(response))
    coordinator.post(f"{ORDERS}{order.pk}/ship/")

    post_staff = as_user(world["ana"])
    post_staff.post(f"{ORDERS}{order.pk}/receive/")
    response = post_staff.post(f"{ORDERS}{order.pk}/receive/", follow=True)
    assert f"Order {order.pk} was already confirmed as received on" in " ".join(
        messages_of(response)
    )
    order.refresh_from_db()
    assert order.status == Order.Status.RECEIVED


def test_post_staff_may_not_approve_reject_or_ship(world, as_user, place_order):
    place_order()
    order = Order.objects.get()
    client = as_user(world["ana"])
    for step, data in (
        ("approve", {}),
        ("reject", {"reject-comment": "no"}),
        ("ship", {}),
    ):
        assert client.post(f"{ORDERS}{order.pk}/{step}/", data).status_code == 403
    order.refresh_from_db()
    assert order.status == Order.Status.SUBMITTED
    assert "Approve" not in client.get(f"{ORDERS}{order.pk}/").content.decode()


# Bad input: a clear error on the line, and nothing saved.


@pytest.mark.parametrize(
    ("quantity", "error"),
    [
        (0, "The quantity must be at least 1."),
        (-5, "The quantity must be at least 1."),
        ("douăzeci", "Enter the quantity as a whole number, e.g. 500."),
        ("2.5", "Enter the quantity as a whole number, e.g. 500."),
        (1_000_001, "At most 1,000,000: a larger number cannot be right."),
        (2**63 - 1, "At most 1,000,000: a larger number cannot be right."),
    ],
)
def test_a_bad_quantity_is_refused_on_its_line(world, place_order, quantity, error):
    before = counts()
    response = place_order(lines=[(world["leaflet"], "en", 10), (world["poster"], "ro", quantity)])
    assert error in response.content.decode()
    assert "The order was not submitted" in " ".join(messages_of(response))
    assert counts() == before
    assert mail.outbox == []


def test_a_withdrawn_material_cannot_be_ordered(world, place_order):
    before = counts()
    response = place_order(lines=[(world["leaflet"], "en", 10), (world["withdrawn"], "ro", 5)])
    assert "has been withdrawn (its review date has passed) and cannot be ordered" in (
        response.content.decode()
    )
    assert counts() == before


def test_a_language_the_material_has_no_file_in_cannot_be_ordered(world, place_order):
    before = counts()
    response = place_order(lines=[(world["poster"], "en", 10)])
    assert "has no file in English, so it cannot be ordered in it." in response.content.decode()
    assert counts() == before


def test_an_order_needs_a_line_and_one_line_per_material_and_language(world, place_order):
    before = counts()
    response = place_order(lines=[("", "", "")])
    assert "Add at least one line" in response.content.decode()
    response = place_order(lines=[(world["leaflet"], "en", 10), (world["leaflet"], "en", 5)])
    assert "appears on more than one line; put the total on one line." in (
        response.content.decode()
    )
    assert counts() == before


def test_a_failure_half_way_saves_nothing(world, place_order):
    before = counts()
    with mock.patch.object(
        OrderLine.objects, "bulk_create", side_effect=IntegrityError("disk full")
    ):
        response = place_order()
    assert "nothing was recorded" in response.content.decode()
    assert counts() == before
    assert mail.outbox == []


class UnreachableBackend(BaseEmailBackend):
    """A mail provider that is down."""

    def send_messages(self, email_messages):
        raise ConnectionError("ESP unreachable")


def test_a_mail_failure_keeps_the_order(world, place_order, caplog, settings):
    settings.EMAIL_BACKEND = f"{__name__}.UnreachableBackend"
    with caplog.at_level(logging.ERROR, logger="campaigns.posts.notifications"):
        response = place_order()
    assert response.status_code == 200
    order = Order.objects.get()
    assert order.lines.count() == 2
    assert response.redirect_chain[-1][0] == f"{ORDERS}{order.pk}/"
    assert "Could not e-mail coordinator@example.org about order" in caplog.text


# Scoping: a post's staff see and act only on their own post's orders.


def test_staff_of_another_post_cannot_see_or_act_on_an_order(world, as_user, place_order):
    place_order()
    order = Order.objects.get()
    client = as_user(world["marco"])
    assert f'data-order="{order.pk}"' not in client.get(ORDERS).content.decode()
    assert client.get(f"{ORDERS}{order.pk}/").status_code == 403
    assert client.post(f"{ORDERS}{order.pk}/receive/").status_code == 403
    order.refresh_from_db()
    assert order.status == Order.Status.SUBMITTED


def test_staff_cannot_order_for_another_post(world, as_user, django_capture_on_commit_callbacks):
    client = as_user(world["marco"])
    before = counts()
    response = submit(client, world["london"], [(world["leaflet"], "en", 10)])
    assert "Select a valid choice" in response.content.decode()
    assert counts() == before


def test_regional_centre_staff_cannot_see_orders(world, as_user, place_order):
    place_order()
    order = Order.objects.get()
    client = as_user(world["centre_staff"])
    assert client.get(ORDERS).status_code == 403
    assert client.get(f"{ORDERS}{order.pk}/").status_code == 403
    assert client.get(f"{ORDERS}new/").status_code == 403


def test_each_recipient_reads_the_email_in_their_admin_language(world, place_order):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(world["coordinator"])
    profile.preferred_language = "ro"
    profile.save()
    place_order(lines=[(world["leaflet"], "en", 10)])
    (message,) = mail.outbox
    assert "Engleză: 10" in message.body  # the language names come from Django's catalogs
