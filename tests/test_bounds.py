"""Every count has a bound: the validators say it in the reader's language, the database refuses
what gets past them, and sums over counts at their bounds cannot overflow."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import translation

from campaigns.bounds import ACTIVITY_FIGURES, LINE_COPIES, ONLINE_AUDIENCE, PEOPLE, AtMost
from campaigns.posts.models import (
    ConsularPost,
    DistributionLine,
    DistributionReport,
    Order,
    OrderLine,
)
from campaigns.reach.factories import ActivityFactory, ActivityMaterialFactory
from campaigns.reach.models import Activity, ActivityMaterial
from tests.pages.campaign_tree import build_campaign_tree
from tests.posts.conftest import make_material

INT64_MAX = 2**63 - 1


@pytest.fixture
def tree(db, django_user_model):
    return build_campaign_tree(django_user_model)


def test_the_message_gives_the_bound_as_the_reader_writes_numbers():
    validator = AtMost(PEOPLE)
    validator(PEOPLE)
    validator(None)
    with pytest.raises(ValidationError) as refused:
        validator(PEOPLE + 1)
    assert "At most 10,000,000" in refused.value.messages[0]
    with translation.override("ro"):
        with pytest.raises(ValidationError) as refused:
            validator(INT64_MAX)
        assert "10.000.000" in refused.value.messages[0]


def test_a_billion_activities_at_every_bound_still_sum_within_64_bits():
    assert max(ACTIVITY_FIGURES.values()) == ONLINE_AUDIENCE
    assert ONLINE_AUDIENCE < 2**31  # PostgreSQL's `integer` column holds every figure
    assert ONLINE_AUDIENCE * 1_000_000_000 < INT64_MAX


@pytest.mark.django_db
def test_sums_over_figures_at_their_bounds_are_exact(tree):
    for day in (1, 2, 3):
        ActivityFactory(
            campaign=tree["jobs"],
            start_date=datetime.date(2020, 6, day),
            **{name: limit for name, limit in ACTIVITY_FIGURES.items() if "social" in name},
            beneficiaries=PEOPLE,
            beneficiaries_minors=PEOPLE,
            beneficiaries_adults=0,
        )
    sums = Activity.objects.aggregate(people=Sum("beneficiaries"), likes=Sum("social_likes"))
    assert sums == {"people": 3 * PEOPLE, "likes": 3 * ONLINE_AUDIENCE}


def refused_by_the_database(queryset, **values):
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**values)


@pytest.mark.django_db
def test_the_database_refuses_every_figure_past_its_bound(tree):
    activity = ActivityFactory(campaign=tree["jobs"])
    stored = Activity.objects.filter(pk=activity.pk)
    for name, limit in ACTIVITY_FIGURES.items():
        refused_by_the_database(stored, **{name: limit + 1})
        stored.update(**{name: limit})
    stored.update(**dict.fromkeys(ACTIVITY_FIGURES))  # "not collected" passes
    line = ActivityMaterialFactory(
        activity=activity, material=make_material("card", ["ro"]), quantity=1
    )
    refused_by_the_database(ActivityMaterial.objects.filter(pk=line.pk), quantity=10_000_001)


@pytest.mark.django_db
def test_the_database_refuses_order_and_report_counts_past_their_bounds():
    post = ConsularPost.objects.create(
        code="gb-london", name="Londra", country="GB", city="London", email="l@example.org"
    )
    material = make_material("leaflet", ["ro"])
    order = Order.objects.create(post=post)
    line = OrderLine.objects.create(order=order, material=material, language="ro", quantity=1)
    refused_by_the_database(OrderLine.objects.filter(pk=line.pk), quantity=LINE_COPIES + 1)
    report = DistributionReport.objects.create(post=post, year=2020, semester=1)
    reports = DistributionReport.objects.filter(pk=report.pk)
    refused_by_the_database(reports, people_reached=PEOPLE + 1)
    refused_by_the_database(reports, associations_involved=100_001)
    distributed = DistributionLine.objects.create(
        report=report, material=material, language="ro", quantity=0
    )
    lines = DistributionLine.objects.filter(pk=distributed.pk)
    refused_by_the_database(lines, quantity=LINE_COPIES + 1)
