"""The data steps of migration 0002, run on today's models: fingerprints for records made before
the rule (a record made twice keeps none), and figures past their bounds cleared with an audit."""

import importlib

import pytest
from django.apps import apps
from django.db import connection

from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import Activity, FigureChange
from campaigns.reach.models.identity import fingerprint

steps = importlib.import_module("campaigns.reach.migrations.0002_activity_fingerprint")


def test_records_made_before_the_rule_get_their_fingerprint_but_a_second_copy_none(tree):
    first = ActivityFactory(campaign=tree["week"], title="Sesiune")
    copy = ActivityFactory(campaign=tree["week"], title="Sesiune, a doua")
    other = ActivityFactory(campaign=tree["week"], title="Stand")
    Activity.objects.filter(pk=copy.pk).update(title="Sesiune", fingerprint=None)
    Activity.objects.update(fingerprint=None)

    steps.fingerprint_activities(apps, None)

    stored = dict(Activity.objects.values_list("pk", "fingerprint"))
    assert stored == {first.pk: fingerprint(first), copy.pk: None, other.pk: fingerprint(other)}


def drop_check(name):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA ignore_check_constraints = ON")
        else:  # the deferred foreign key checks first, or PostgreSQL refuses to alter the table
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f'ALTER TABLE reach_activity DROP CONSTRAINT "{name}"')


@pytest.fixture
def checks_restored():
    yield
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA ignore_check_constraints = OFF")


def test_a_figure_past_its_bound_becomes_not_collected_and_the_trail_keeps_it(
    tree, checks_restored
):
    activity = ActivityFactory(campaign=tree["week"], beneficiaries=40)
    drop_check("reach_activity_beneficiaries_bound")  # PostgreSQL's DDL rolls back with the test
    Activity.objects.filter(pk=activity.pk).update(
        beneficiaries=2_000_000_000, beneficiaries_minors=None, beneficiaries_adults=None
    )

    steps.clear_impossible_figures(apps, None)

    activity.refresh_from_db()
    assert activity.beneficiaries is None
    change = FigureChange.objects.get(field="beneficiaries", new_value=None)
    assert (change.activity_id, change.old_value, change.changed_by) == (
        activity.pk,
        "2000000000",
        None,
    )
