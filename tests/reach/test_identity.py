"""One activity, one record: the fingerprint of what makes two records the same activity, and
the unique constraint on it that the form, the import and bulk writes all meet."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import Activity
from campaigns.reach.models.identity import fingerprint
from tests.reach.test_activity_admin import ACTIVITIES, form_data

DAY = datetime.date(2020, 10, 13)


def activity(tree, **changes):
    values = {
        "campaign": tree["week"],
        "regional_centre": tree["iasi"],
        "title": "Sesiune de informare la liceu",
        "start_date": DAY,
        "setting": "urban",
        "county": "IS",
        "venue_type": "school",
        "audience": tree["minors"],
        **changes,
    }
    return Activity(**values)


def test_the_title_is_compared_without_case_diacritics_or_spacing(tree):
    same = activity(tree, title="  SESIUNE de informare  la  liceu ")
    assert fingerprint(same) == fingerprint(activity(tree))
    assert fingerprint(activity(tree, title="Sesiune de informare la liceul din Pașcani")) != (
        fingerprint(activity(tree))
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"county": "VS"},
        {"venue_type": "university"},
        {"end_date": datetime.date(2020, 10, 14)},
        {"start_date": datetime.date(2020, 10, 14)},
    ],
)
def test_another_day_place_or_venue_is_another_activity(tree, changes):
    assert fingerprint(activity(tree, **changes)) != fingerprint(activity(tree))


def test_the_figures_are_not_part_of_it(tree):
    assert fingerprint(activity(tree, beneficiaries=40)) == fingerprint(activity(tree))


def test_the_form_refuses_the_same_activity_twice_and_names_the_first(tree, client):
    client.force_login(tree["iasi_staff"])
    assert client.post(f"{ACTIVITIES}new/", form_data(tree, tree["iasi"])).status_code == 302
    again = form_data(tree, tree["iasi"], title="SESIUNE de informare la liceu")
    response = client.post(f"{ACTIVITIES}new/", again)
    assert response.status_code == 200
    errors = response.context["form"].errors["title"]
    assert errors[0].startswith("This activity is already recorded: “2020-10-13 Sesiune")
    assert Activity.objects.count() == 1


def test_an_activity_saved_again_is_not_its_own_twin(tree, client):
    client.force_login(tree["iasi_staff"])
    client.post(f"{ACTIVITIES}new/", form_data(tree, tree["iasi"]))
    stored = Activity.objects.get()
    response = client.post(
        f"{ACTIVITIES}edit/{stored.pk}/", form_data(tree, tree["iasi"], children_surveyed="35")
    )
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.children_surveyed == 35


def test_bulk_writes_are_fingerprinted_and_refused_twice_by_the_database(tree):
    first = ActivityFactory(campaign=tree["week"], title="Sesiune", start_date=DAY)
    assert first.fingerprint == fingerprint(first)
    twin = Activity(
        **{
            field.attname: getattr(first, field.attname)
            for field in Activity._meta.concrete_fields
            if not field.primary_key
        }
    )
    twin.title = "sesiune"
    with pytest.raises(IntegrityError), transaction.atomic():
        Activity.objects.bulk_create([twin])
    assert Activity.objects.count() == 1
