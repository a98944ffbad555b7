"""An order or a report is recorded once, and an order moves once, whatever arrives at once:
identical requests fired together at a live server (see tests/parallel.py), then rows counted."""

import pytest
from django.contrib.auth import get_user_model

from campaigns.mail.models import OutgoingEmail
from campaigns.posts import notifications
from campaigns.posts.models import DistributionLine, DistributionReport, Order, OrderLine
from campaigns.posts.orders import create_order
from campaigns.submissions.models import Submission
from campaigns.submissions.once import FIELD
from tests.parallel import Browser, at_once
from tests.posts.conftest import build_world
from tests.posts.helpers import order_data, report_data


@pytest.fixture
def world(live_site):
    """The posts, their staff and materials, written to the live server's database."""
    return build_world(get_user_model())


def form_data(browser, path, data):
    """`data` with the CSRF and one-time tokens of the form the browser opened at `path`."""
    hidden = browser.form(path)
    return {**data, "csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"], FIELD: hidden[FIELD]}


def test_an_order_sent_three_times_at_once_is_recorded_and_announced_once(live_site, world):
    ana = Browser.signed_in(live_site, world["ana"])
    lines = [(world["leaflet"], "en", 500), (world["poster"], "ro", 20)]
    data = form_data(ana, "/admin/consular-orders/new/", order_data(world["london"], lines))

    responses = at_once(3, lambda: ana.request("/admin/consular-orders/new/", data))

    assert [response.status for response in responses] == [302, 302, 302]
    order = Order.objects.get()
    assert {response.location for response in responses} == {f"/admin/consular-orders/{order.pk}/"}
    assert OrderLine.objects.count() == 2
    assert Submission.objects.count() == 1
    expected = notifications._recipients(order, notifications.SUBMITTED, "en")
    assert OutgoingEmail.objects.count() == len(expected) > 0


def test_four_approvals_of_one_order_at_once_approve_it_once(live_site, world):
    order = create_order(world["london"], world["ana"], [(world["leaflet"], "en", 500)])
    coordinator = Browser.signed_in(live_site, world["coordinator"])
    hidden = coordinator.form(f"/admin/consular-orders/{order.pk}/")
    approve = f"/admin/consular-orders/{order.pk}/approve/"
    data = {"csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"], "approve-comment": ""}

    responses = at_once(4, lambda: coordinator.request(approve, data))

    assert [response.status for response in responses] == [302] * 4
    order.refresh_from_db()
    assert order.status == Order.Status.APPROVED
    approvals = OutgoingEmail.objects.filter(subject__contains="was approved")
    assert approvals.count() == len(notifications._recipients(order, notifications.APPROVED, "en"))
    assert approvals.count() > 0


def test_a_report_sent_three_times_at_once_is_recorded_once(live_site, world):
    ana = Browser.signed_in(live_site, world["ana"])
    data = form_data(
        ana,
        "/admin/distribution-reports/new/",
        report_data(world["london"], 2020, 1, [(world["leaflet"], "en", 40)], people=120),
    )

    responses = at_once(3, lambda: ana.request("/admin/distribution-reports/new/", data))

    assert [response.status for response in responses] == [302, 302, 302]
    report = DistributionReport.objects.get()
    assert {response.location for response in responses} == {
        f"/admin/distribution-reports/{report.pk}/"
    }
    assert DistributionLine.objects.count() == 1
