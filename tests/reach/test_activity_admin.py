"""Recording activities in the admin: scoped to the user's centre, audited, locked when approved."""

import datetime

import pytest
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import Activity, ActivityMaterial, FigureChange
from campaigns.submissions.once import FIELD, new_token
from tests.posts.conftest import make_material

ACTIVITIES = "/admin/reach/activities/"


def form_data(tree, centre, **changes):
    data = {
        "campaign": tree["week"].pk,
        "title": "Sesiune de informare la liceu",
        "regional_centre": centre.pk,
        "consular_post": "",
        "audience": tree["minors"].pk,
        "start_date": "2020-10-13",
        "end_date": "",
        "setting": "urban",
        "venue_type": "school",
        "county": "IS",
        "country": "",
        "beneficiaries": "40",
        "beneficiaries_minors": "38",
        "beneficiaries_adults": "2",
        "materials_distributed": "",
        "children_surveyed": "30",
        "children_naming_two_risks": "21",
        "material_lines": inline_formset([]),
        FIELD: new_token(),
    }
    data.update(changes)
    return nested_form_data(data)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def week_activity(tree):
    return ActivityFactory(
        campaign=tree["week"], start_date=datetime.date(2020, 10, 14), beneficiaries=25
    )


def test_centre_staff_record_an_activity_and_the_audit_names_them(tree, client):
    client.force_login(tree["iasi_staff"])
    leaflet = make_material("telverde-card", ["ro"])
    data = form_data(
        tree,
        tree["iasi"],
        material_lines=inline_formset(
            [{"material": leaflet.pk, "language": "ro", "quantity": "35"}]
        ),
    )
    response = client.post(f"{ACTIVITIES}new/", data)
    assert response.status_code == 302, response.context["form"].errors
    activity = Activity.objects.get()
    assert activity.regional_centre == tree["iasi"]
    assert (activity.beneficiaries, activity.beneficiaries_minors) == (40, 38)
    # Empty count means "not collected"; the lines alone give the total.
    assert activity.hotline_referrals is None
    assert activity.materials_distributed == 35
    assert ActivityMaterial.objects.get().quantity == 35
    changes = FigureChange.objects.filter(activity_id=activity.pk)
    assert {change.changed_by for change in changes} == {tree["iasi_staff"]}
    assert changes.get(field="beneficiaries").new_value == "40"
    assert changes.get(field=f"material:{leaflet.pk}:ro").new_value == "35"


def test_the_form_offers_only_the_users_own_centre(tree, client):
    client.force_login(tree["iasi_staff"])
    response = client.get(f"{ACTIVITIES}new/")
    choices = list(response.context["form"].fields["regional_centre"].queryset)
    assert choices == [tree["iasi"]]
    assert response.context["form"].initial["regional_centre"] == tree["iasi"].pk

    response = client.post(f"{ACTIVITIES}new/", form_data(tree, tree["timisoara"]))
    assert response.status_code == 200
    assert "regional_centre" in response.context["form"].errors
    assert Activity.objects.count() == 0


def test_material_lines_cannot_exceed_the_total(tree, client):
    client.force_login(tree["iasi_staff"])
    leaflet = make_material("telverde-card", ["ro"])
    data = form_data(
        tree,
        tree["iasi"],
        materials_distributed="10",
        material_lines=inline_formset(
            [{"material": leaflet.pk, "language": "ro", "quantity": "35"}]
        ),
    )
    response = client.post(f"{ACTIVITIES}new/", data)
    assert response.status_code == 200
    assert "materials_distributed" in response.context["form"].errors
    assert (Activity.objects.count(), ActivityMaterial.objects.count()) == (0, 0)
    assert FigureChange.objects.count() == 0


def test_inconsistent_figures_are_refused_with_the_field_named(tree, client):
    client.force_login(tree["iasi_staff"])
    response = client.post(
        f"{ACTIVITIES}new/",
        form_data(tree, tree["iasi"], children_surveyed="10", children_naming_two_risks="12"),
    )
    assert response.status_code == 200
    assert "children_naming_two_risks" in response.context["form"].errors
    assert Activity.objects.count() == 0


def test_a_figure_past_its_bound_is_refused_on_its_field_and_nothing_saved(tree, client):
    client.force_login(tree["iasi_staff"])
    data = form_data(
        tree,
        tree["iasi"],
        beneficiaries=str(2**63 - 1),
        beneficiaries_minors="",
        beneficiaries_adults="",
        social_likes="1000000001",
    )
    response = client.post(f"{ACTIVITIES}new/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["beneficiaries"] == [
        "At most 10,000,000: a larger number cannot be right. Check it for a typing error."
    ]
    assert errors["social_likes"][0].startswith("At most 1,000,000,000:")
    assert Activity.objects.count() == 0
    assert FigureChange.objects.count() == 0


def test_staff_list_only_their_centres_activities(tree, client, week_activity):
    ActivityFactory(campaign=tree["jobs"], title="Stand la târgul de joburi")
    client.force_login(tree["iasi_staff"])
    response = client.get(ACTIVITIES)
    assert response.status_code == 200
    assert week_activity.title in response.text
    assert "Stand la târgul de joburi" not in response.text

    client.force_login(tree["coordinator"])
    response = client.get(ACTIVITIES)
    assert week_activity.title in response.text
    assert "Stand la târgul de joburi" in response.text


@pytest.mark.parametrize("view", ["edit/", "delete/", ""])
def test_another_centres_activity_is_refused(tree, client, week_activity, view):
    client.force_login(tree["timisoara_staff"])
    url = f"{ACTIVITIES}{'inspect' if not view else view.rstrip('/')}/{week_activity.pk}/"
    assert client.get(url).status_code == 403
    assert client.post(url, form_data(tree, tree["iasi"])).status_code == 403
    assert Activity.objects.get().beneficiaries == 25


def test_users_without_a_centre_or_post_are_refused(tree, client, django_user_model):
    outsider = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    from django.contrib.auth.models import Permission

    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    assert client.get(ACTIVITIES).status_code == 403
    assert client.get(f"{ACTIVITIES}new/").status_code == 403


def test_editing_records_old_and_new_values(tree, client, week_activity):
    client.force_login(tree["iasi_staff"])
    data = form_data(
        tree,
        tree["iasi"],
        start_date="2020-10-14",
        beneficiaries="30",
        beneficiaries_minors="",
        beneficiaries_adults="",
    )
    response = client.post(f"{ACTIVITIES}edit/{week_activity.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    change = FigureChange.objects.get(
        activity_id=week_activity.pk, field="beneficiaries", action="changed"
    )
    assert (change.old_value, change.new_value, change.changed_by) == (
        "25",
        "30",
        tree["iasi_staff"],
    )
    response = client.get(f"{ACTIVITIES}inspect/{week_activity.pk}/")
    assert "Changes to the figures" in response.text
    # Figures left empty read as not collected, never as "None".
    assert "not collected" in response.text
    assert "ion" in response.text


def test_an_approved_period_locks_its_activities_until_reopened(tree, client, week_activity):
    period = week_activity.period()
    period.submit(tree["iasi_staff"])
    period.approve(tree["coordinator"])
    client.force_login(tree["iasi_staff"])

    response = client.get(f"{ACTIVITIES}edit/{week_activity.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"inspect/{week_activity.pk}/")
    assert any("Ask a national coordinator to reopen it" in m for m in messages_of(response))
    response = client.post(f"{ACTIVITIES}edit/{week_activity.pk}/", form_data(tree, tree["iasi"]))
    assert response.status_code == 302
    response = client.post(f"{ACTIVITIES}delete/{week_activity.pk}/")
    assert response.status_code == 302
    week_activity.refresh_from_db()
    assert week_activity.beneficiaries == 25
    # A new activity dated inside the locked period is refused too.
    response = client.post(f"{ACTIVITIES}new/", form_data(tree, tree["iasi"]))
    assert response.status_code == 200
    assert "start_date" in response.context["form"].errors
    assert Activity.objects.count() == 1

    period.reopen(tree["coordinator"], note="Corecție cifre")
    response = client.post(f"{ACTIVITIES}delete/{week_activity.pk}/")
    assert response.status_code == 302
    assert Activity.objects.count() == 0
    deleted = FigureChange.objects.filter(activity_id=week_activity.pk, action="deleted")
    assert deleted.get(field="beneficiaries").old_value == "25"
    assert deleted.first().changed_by == tree["iasi_staff"]


def test_the_listing_exports_to_csv(tree, client, week_activity):
    client.force_login(tree["iasi_staff"])
    response = client.get(f"{ACTIVITIES}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert week_activity.title in body
