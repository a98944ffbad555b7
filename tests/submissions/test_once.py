"""A create form is saved once however many times it is sent: the second sending lands on what
the first saved; a form without its token saves nothing and comes back with a fresh one."""

import re

import pytest

from campaigns.posts.models import DistributionReport, Order
from campaigns.reach.models import Activity
from campaigns.submissions import once
from campaigns.submissions.models import Submission
from campaigns.submissions.once import FIELD
from tests.pages.campaign_tree import build_campaign_tree
from tests.posts.helpers import messages_of, order_data, report_data
from tests.reach.test_activity_admin import ACTIVITIES, form_data

REPEATED = "The form was sent more than once. It was saved once: this is what it saved."
STALE = "This form was out of date, so nothing was saved. Check it and send it again."


@pytest.fixture
def tree(db, django_user_model):
    return build_campaign_tree(django_user_model)


def token_in(response):
    return re.search(rf'name="{FIELD}" value="([^"]+)"', response.content.decode()).group(1)


def test_an_activity_form_sent_twice_lands_on_the_activity_saved_once(tree, client):
    client.force_login(tree["iasi_staff"])
    data = form_data(tree, tree["iasi"], **{FIELD: token_in(client.get(f"{ACTIVITIES}new/"))})
    first = client.post(f"{ACTIVITIES}new/", data)
    again = client.post(f"{ACTIVITIES}new/", data, follow=True)
    activity = Activity.objects.get()
    assert first.status_code == 302
    assert again.redirect_chain == [(f"{ACTIVITIES}inspect/{activity.pk}/", 302)]
    assert REPEATED in messages_of(again)
    assert Submission.objects.get().user == tree["iasi_staff"]


def test_a_twin_refused_while_the_first_was_saving_lands_on_the_first(tree, client, monkeypatch):
    """The second sending passed the first check before the first committed, then its form
    found the activity "already recorded": it answers as a repeat, not with that error."""
    client.force_login(tree["iasi_staff"])
    data = form_data(tree, tree["iasi"])
    client.post(f"{ACTIVITIES}new/", data)
    checks = iter([None])
    real = once.earlier_submission
    monkeypatch.setattr(once, "earlier_submission", lambda request: next(checks, real(request)))
    again = client.post(f"{ACTIVITIES}new/", data, follow=True)
    activity = Activity.objects.get()
    assert again.redirect_chain == [(f"{ACTIVITIES}inspect/{activity.pk}/", 302)]
    assert messages_of(again) == [REPEATED]


def test_a_form_without_its_token_saves_nothing_and_comes_back_with_one(tree, client):
    client.force_login(tree["iasi_staff"])
    data = form_data(tree, tree["iasi"])
    del data[FIELD]
    refused = client.post(f"{ACTIVITIES}new/", data)
    assert refused.status_code == 200
    assert STALE in refused.context["form"].non_field_errors()
    assert Activity.objects.count() == 0
    data[FIELD] = token_in(refused)
    assert client.post(f"{ACTIVITIES}new/", data).status_code == 302
    assert Activity.objects.count() == 1


def test_a_form_refused_for_its_input_keeps_its_token_unspent(tree, client):
    client.force_login(tree["iasi_staff"])
    data = form_data(tree, tree["iasi"], beneficiaries="7")  # 38 minors + 2 adults is not 7
    refused = client.post(f"{ACTIVITIES}new/", data)
    assert token_in(refused) == data[FIELD]
    assert Submission.objects.count() == 0
    data["beneficiaries"] = "40"
    assert client.post(f"{ACTIVITIES}new/", data).status_code == 302
    assert Activity.objects.count() == 1


def test_editing_needs_no_token(tree, client):
    client.force_login(tree["iasi_staff"])
    client.post(f"{ACTIVITIES}new/", form_data(tree, tree["iasi"]))
    activity = Activity.objects.get()
    assert FIELD not in client.get(f"{ACTIVITIES}edit/{activity.pk}/").content.decode()
    data = form_data(tree, tree["iasi"], children_surveyed="33")
    del data[FIELD]
    assert client.post(f"{ACTIVITIES}edit/{activity.pk}/", data).status_code == 302


def test_an_order_sent_twice_is_one_order(world, as_user):
    client = as_user(world["ana"])
    data = order_data(world["london"], [(world["leaflet"], "en", 500)])
    client.post("/admin/consular-orders/new/", data)
    again = client.post("/admin/consular-orders/new/", data, follow=True)
    order = Order.objects.get()
    assert again.redirect_chain == [(f"/admin/consular-orders/{order.pk}/", 302)]
    assert REPEATED in messages_of(again)


def test_a_report_sent_twice_is_one_report(world, as_user):
    client = as_user(world["ana"])
    data = report_data(world["london"], 2020, 1, [(world["leaflet"], "ro", 5)])
    client.post("/admin/distribution-reports/new/", data)
    again = client.post("/admin/distribution-reports/new/", data, follow=True)
    report = DistributionReport.objects.get()
    assert again.redirect_chain == [(f"/admin/distribution-reports/{report.pk}/", 302)]
    assert REPEATED in messages_of(again)
