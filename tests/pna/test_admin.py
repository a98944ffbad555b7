"""The plan is browsable and editable in the Wagtail admin."""

import pytest
from django.urls import reverse

from campaigns.pna.models import Action, Indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model, loaded_pna):
    user = django_user_model.objects.create_superuser("coordinator", "c@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", ["pna_plan", "pna_objective", "pna_action", "pna_indicator"])
def test_listings(admin_client, name):
    response = admin_client.get(reverse(f"{name}:index"))
    assert response.status_code == 200


def test_menu_group(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "National Action Plan" in response.content.decode()


def test_action_search_by_code(admin_client):
    # Actions are listed in the admin's language; a Romanian-speaking coordinator here.
    response = admin_client.get(
        reverse("pna_action:index"), {"q": "1.3.3"}, HTTP_ACCEPT_LANGUAGE="ro"
    )
    content = response.content.decode()
    assert "1.3.3 Implicarea misiunilor diplomatice" in content
    assert "1.1.1 Implementarea" not in content


def test_action_listing_in_natural_order(admin_client):
    content = admin_client.get(reverse("pna_action:index"), {"ordering": "-sort_key"}).content
    assert content.decode().index("5.1.4 ") < content.decode().index("1.2.7 ")


def test_action_edit_shows_indicators_inline(admin_client):
    action = Action.objects.get(code="1.2.1")
    response = admin_client.get(reverse("pna_action:edit", args=[action.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Procentul copiilor (dintre cei implicați în activități)" in content


def edit_form_data(action, extra_indicators=(), **changes):
    """The action's edit form as the browser posts it, indicators included."""
    indicators = [*action.indicators.all(), *extra_indicators]
    data = {
        "objective": action.objective_id,
        "code": action.code,
        "text_ro": action.text_ro,
        "text_en": action.text_en,
        "responsible_institutions": action.responsible_institutions,
        "supporting_institutions": action.supporting_institutions,
        "expected_result_ro": action.expected_result_ro,
        "expected_result_en": action.expected_result_en,
        "implementation_period": action.implementation_period,
        "evaluation_stage": action.evaluation_stage,
        "evaluation_date": action.evaluation_date or "",
        "evaluation_label": action.evaluation_label,
        "indicators-TOTAL_FORMS": str(len(indicators)),
        "indicators-INITIAL_FORMS": str(action.indicators.count()),
        "indicators-MIN_NUM_FORMS": "0",
        "indicators-MAX_NUM_FORMS": "1000",
    }
    fields = [
        "wording_ro",
        "wording_en",
        "kind",
        "metric_key",
        "numerator_label_ro",
        "numerator_label_en",
        "denominator_label_ro",
        "denominator_label_en",
    ]
    for i, indicator in enumerate(indicators):
        data.update(
            {
                f"indicators-{i}-id": indicator.pk or "",
                f"indicators-{i}-ORDER": str(i + 1),
                f"indicators-{i}-DELETE": "",
            }
        )
        data.update({f"indicators-{i}-{name}": getattr(indicator, name) for name in fields})
    data.update(changes)
    return data


def test_action_edit_saves_indicators(admin_client):
    action = Action.objects.get(code="1.5.7")
    new = Indicator(wording_ro="Număr de școli implicate", wording_en="Number of schools involved")
    data = edit_form_data(action, [new], evaluation_stage="semestrial")
    response = admin_client.post(reverse("pna_action:edit", args=[action.pk]), data)
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.evaluation_stage == "semestrial"
    assert [i.wording_ro for i in action.indicators.all()][-1] == "Număr de școli implicate"
    assert list(action.indicators.values_list("position", flat=True)) == [0, 1, 2]


def test_action_edit_rejects_date_stage_without_date(admin_client):
    action = Action.objects.get(code="1.5.7")
    data = edit_form_data(action, evaluation_stage="date")
    response = admin_client.post(reverse("pna_action:edit", args=[action.pk]), data)
    assert response.status_code == 200
    assert "evaluation_date" in response.context["form"].errors
    action.refresh_from_db()
    assert action.evaluation_stage == "annual"


def test_action_edit_rejects_percentage_without_counts(admin_client):
    action = Action.objects.get(code="1.2.1")
    data = edit_form_data(action, **{"indicators-3-numerator_label_ro": ""})
    response = admin_client.post(reverse("pna_action:edit", args=[action.pk]), data)
    assert response.status_code == 200
    assert Indicator.objects.get(action=action, position=3).numerator_label_ro


def test_action_edit_rejects_a_duplicate_code(admin_client):
    action = Action.objects.get(code="1.5.7")
    data = edit_form_data(action, code="1.5.8")
    response = admin_client.post(reverse("pna_action:edit", args=[action.pk]), data)
    assert response.status_code == 200
    assert "code" in response.context["form"].errors


def test_national_coordinators_maintain_the_plan(client, django_user_model, loaded_pna):
    from django.contrib.auth.models import Group

    from campaigns.pages.roles import CENTRE_STAFF_GROUP, COORDINATORS_GROUP

    coordinator = django_user_model.objects.create_user("coordonator", password="pw")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    client.force_login(coordinator)
    action = Action.objects.get(code="1.1.1")
    response = client.post(
        reverse("pna_action:edit", args=[action.pk]),
        edit_form_data(action, expected_result_en="More people know the risks."),
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.expected_result_en == "More people know the risks."

    staff = django_user_model.objects.create_user("centru", password="pw")
    staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    client.force_login(staff)
    response = client.get(reverse("pna_action:edit", args=[action.pk]))
    assert response.status_code == 302  # Wagtail sends users without permission to the dashboard
