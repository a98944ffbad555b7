"""The PNA roll-up: sums, ratios of sums, distinct campaigns, periods, breakdowns, completeness."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.materials.models import Material
from campaigns.pna.models import Action, MetricKey
from campaigns.posts.models import ConsularPost, DistributionLine, DistributionReport
from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import Activity, ReportingPeriod, Setting
from campaigns.reach.rollup import (
    AUDIENCE,
    REPORTER,
    SETTING,
    Period,
    RollupError,
    build_rollup,
    plan_for,
)
from tests.reach.rollup_data import build_plan, indicator

S1_2020 = datetime.date(2020, 3, 10)
S2_2020 = datetime.date(2020, 10, 12)
S1_2021 = datetime.date(2021, 4, 2)
TODAY = datetime.date(2021, 12, 1)


@pytest.fixture
def plan(tree):
    return build_plan(tree)


def rollup(plan, period=None, **kwargs):
    return build_rollup(plan["plan"], period or Period(2020), today=TODAY, **kwargs)


def result(rollup, indicator):
    return next(r for r in rollup.indicators() if r.indicator.pk == indicator.pk)


def group(result, dimension, key):
    return next(g for g in result.breakdowns[dimension] if g.key == key)


def jobs(tree, **figures):
    figures.setdefault("start_date", S1_2020)
    return ActivityFactory(campaign=tree["jobs"], **figures)


def week(tree, **figures):
    figures.setdefault("start_date", S2_2020)
    return ActivityFactory(campaign=tree["week"], county="IS", **figures)


@pytest.fixture
def london(db):
    return ConsularPost.objects.create(
        code="gb-london", name="Consulatul Londra", country="GB", city="London", email="l@x.org"
    )


def at_post(tree, post, **figures):
    return ActivityFactory(
        campaign=tree["jobs"],
        regional_centre=None,
        consular_post=post,
        setting=Setting.ABROAD,
        county="",
        country="GB",
        venue_type="consulate",
        start_date=figures.pop("start_date", S1_2020),
        **figures,
    )


# Sums, coverage and "not collected" ----------------------------------------------------------


def test_sum_counts_zero_as_collected_and_empty_as_not_collected(tree, plan):
    jobs(tree, beneficiaries=10)
    jobs(tree)  # did not count
    week(tree, beneficiaries=0)
    figure = result(rollup(plan), plan["beneficiaries"]).figure
    assert (figure.value, figure.coverage, figure.activities) == (10, 2, 3)


def test_a_figure_no_activity_collected_is_none_not_zero(tree, plan):
    jobs(tree)
    week(tree)
    figure = result(rollup(plan), plan["beneficiaries"]).figure
    assert figure.value is None
    assert not figure.collected
    assert (figure.coverage, figure.activities) == (0, 2)


def test_an_action_without_activities_has_no_value_and_no_activities(tree, plan):
    figure = result(rollup(plan), plan["beneficiaries"]).figure
    assert (figure.value, figure.activities) == (None, 0)
    assert result(rollup(plan), plan["activities"]).figure.value == 0


def test_an_activity_feeds_every_action_of_its_campaign(tree, plan):
    jobs(tree, beneficiaries=7)
    week(tree, beneficiaries=5)
    computed = rollup(plan)
    assert result(computed, plan["beneficiaries"]).figure.value == 12
    assert result(computed, plan["workers_beneficiaries"]).figure.value == 7


def test_campaigns_are_counted_distinct_and_activities_one_by_one(tree, plan):
    for _ in range(3):
        jobs(tree)
    week(tree)
    computed = rollup(plan)
    assert result(computed, plan["campaigns"]).figure.value == 2
    assert result(computed, plan["activities"]).figure.value == 4
    by_centre = result(computed, plan["campaigns"]).breakdowns[REPORTER]
    assert [(g.label, g.figure.value) for g in by_centre] == [
        (str(tree["iasi"]), 1),
        (str(tree["timisoara"]), 1),
    ]


# Percentages -----------------------------------------------------------------------------------


def test_percentage_is_the_ratio_of_sums_not_the_average_of_percentages(tree, plan):
    jobs(tree, children_surveyed=10, children_naming_two_risks=9)  # 90 %
    week(tree, children_surveyed=90, children_naming_two_risks=9)  # 10 %
    jobs(tree, children_surveyed=50)  # asked, but the answers were not counted: left out
    figure = result(rollup(plan), plan["children"]).figure
    assert (figure.numerator, figure.denominator) == (18, 100)
    assert figure.value == Decimal("0.18")  # the average of percentages would be 0.5
    assert (figure.coverage, figure.activities) == (2, 3)


def test_percentage_over_nobody_asked_is_not_collected(tree, plan):
    jobs(tree, children_surveyed=0, children_naming_two_risks=0)
    figure = result(rollup(plan), plan["children"]).figure
    assert (figure.value, figure.numerator, figure.denominator) == (None, 0, 0)
    assert result(rollup(plan), plan["children"]).figure.coverage == 1


# Periods and approval ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "expected"),
    [(Period(2020), 3), (Period(2020, 2), 2), (Period(2021), 4), (Period(), 7)],
)
def test_period_filters(tree, plan, period, expected):
    jobs(tree, beneficiaries=1, start_date=S1_2020)
    week(tree, beneficiaries=2, start_date=S2_2020)
    jobs(tree, beneficiaries=4, start_date=S1_2021)
    assert result(rollup(plan, period), plan["beneficiaries"]).figure.value == expected


def test_a_semester_needs_a_year():
    with pytest.raises(RollupError):
        Period(semester=1)
    with pytest.raises(RollupError):
        Period(2020, 3)


def test_approved_only_counts_activities_of_approved_periods(tree, plan):
    jobs(tree, beneficiaries=10)
    week(tree, beneficiaries=5)
    period = ReportingPeriod.objects.get(regional_centre=tree["timisoara"], year=2020)
    period.submit(tree["timisoara_staff"])
    period.approve(tree["coordinator"])
    assert result(rollup(plan), plan["beneficiaries"]).figure.value == 15
    approved = rollup(plan, approved_only=True)
    assert result(approved, plan["beneficiaries"]).figure.value == 10
    assert approved.approved_only


def test_the_default_plan_covers_the_year_else_is_the_latest(tree, plan):
    assert plan_for(2021) == plan["plan"]
    assert plan_for(2035) == plan["plan"]
    assert build_rollup(period=Period(2021), today=TODAY).plan == plan["plan"]


# Breakdowns ------------------------------------------------------------------------------------


def test_breakdowns_by_reporter_audience_and_setting(tree, plan, london):
    jobs(tree, beneficiaries=10)
    jobs(tree, beneficiaries=5, setting=Setting.RURAL)
    week(tree, beneficiaries=3)
    at_post(tree, london, beneficiaries=20)
    computed = result(rollup(plan), plan["beneficiaries"])
    assert computed.figure.value == 38
    assert group(computed, REPORTER, ("centre", tree["timisoara"].pk)).figure.value == 15
    assert group(computed, REPORTER, ("centre", tree["iasi"].pk)).figure.value == 3
    post = group(computed, REPORTER, ("post", london.pk))
    assert (post.label, post.source, post.figure.value) == ("Consulatul Londra", "post", 20)
    assert group(computed, AUDIENCE, ("audience", tree["workers"].pk)).figure.value == 35
    assert group(computed, AUDIENCE, ("audience", tree["minors"].pk)).figure.value == 3
    assert group(computed, SETTING, ("setting", Setting.URBAN)).figure.value == 13
    assert group(computed, SETTING, ("setting", Setting.RURAL)).figure.value == 5
    assert group(computed, SETTING, ("setting", Setting.ABROAD)).figure.value == 20
    for dimension in (REPORTER, AUDIENCE, SETTING):
        assert sum(g.figure.value for g in computed.breakdowns[dimension]) == 38


def test_percentage_breakdown_is_a_ratio_per_group(tree, plan):
    jobs(tree, children_surveyed=10, children_naming_two_risks=9)
    jobs(tree, children_surveyed=30, children_naming_two_risks=3)
    week(tree, children_surveyed=20, children_naming_two_risks=10)
    computed = result(rollup(plan), plan["children"])
    timisoara = group(computed, REPORTER, ("centre", tree["timisoara"].pk)).figure
    assert (timisoara.numerator, timisoara.denominator, timisoara.value) == (
        12,
        40,
        Decimal("0.3"),
    )
    assert group(computed, REPORTER, ("centre", tree["iasi"].pk)).figure.value == Decimal("0.5")
    assert computed.figure.value == Decimal(22) / Decimal(60)


def test_overview_counts_each_activity_once(tree, plan):
    jobs(tree, beneficiaries=7)  # feeds two actions
    week(tree, beneficiaries=5)
    computed = rollup(plan)
    assert computed.overview_total.value == 12
    assert computed.overview_total.activities == 2
    by_centre = {g.key: g.figure.value for g in computed.overview[REPORTER]}
    assert by_centre == {("centre", tree["timisoara"].pk): 7, ("centre", tree["iasi"].pk): 5}


# Consular distribution reports ----------------------------------------------------------------


def test_approved_distribution_reports_add_to_materials_distributed(tree, plan, london):
    leaflet = Material.objects.create(
        key="leaflet", title_ro="Pliant", type="leaflet", review_by=datetime.date(2030, 1, 1)
    )
    leaflet.pna_actions.set([plan["schools"]])
    leaflet.save()
    jobs(tree, materials_distributed=100)
    approved = DistributionReport.objects.create(
        post=london, year=2020, semester=1, status=DistributionReport.Status.LOCKED
    )
    DistributionLine.objects.create(report=approved, material=leaflet, language="ro", quantity=40)
    DistributionLine.objects.create(report=approved, material=leaflet, language="en", quantity=2)
    draft = DistributionReport.objects.create(post=london, year=2020, semester=2)
    DistributionLine.objects.create(report=draft, material=leaflet, language="ro", quantity=999)

    computed = result(rollup(plan), plan["materials"])
    assert computed.figure.value == 142
    assert (computed.figure.from_reports, computed.figure.reports) == (42, 1)
    assert computed.figure.coverage == 1
    reports = group(computed, REPORTER, ("reports", london.pk))
    assert (reports.source, reports.figure.value) == ("reports", 42)
    assert group(computed, AUDIENCE, ("reports",)).figure.value == 42
    for dimension in (REPORTER, AUDIENCE, SETTING):
        assert sum(g.figure.value for g in computed.breakdowns[dimension]) == 142
    assert result(rollup(plan, Period(2021)), plan["materials"]).figure.value is None


# Completeness ----------------------------------------------------------------------------------


def test_completeness_lists_every_centre_and_posts_with_activities(tree, plan, london):
    jobs(tree)
    at_post(tree, london, start_date=S2_2020)
    timisoara = ReportingPeriod.objects.get(regional_centre=tree["timisoara"], year=2020)
    timisoara.submit(tree["timisoara_staff"])
    completeness = rollup(plan).completeness
    assert completeness.semesters == [(2020, 1), (2020, 2)]
    rows = {reporter.key: reporter for reporter in completeness.reporters}
    assert set(rows) == {
        ("centre", tree["timisoara"].pk),
        ("centre", tree["iasi"].pk),
        ("post", london.pk),
    }
    assert [c.status for c in rows[("centre", tree["timisoara"].pk)].cells] == [
        "submitted",
        "open",
    ]
    assert [(c.year, c.semester) for c in rows[("centre", tree["iasi"].pk)].missing] == [
        (2020, 1),
        (2020, 2),
    ]
    assert {r.key for r in completeness.not_submitted} == set(rows)


def test_a_semester_not_yet_over_is_not_missing(tree, plan):
    computed = build_rollup(plan["plan"], Period(2021), today=datetime.date(2021, 8, 1))
    iasi = next(r for r in computed.completeness.reporters if r.label == str(tree["iasi"]))
    assert [(c.semester, c.due, c.missing) for c in iasi.cells] == [
        (1, True, True),
        (2, False, False),
    ]


def test_all_years_completeness_spans_the_years_on_record(tree, plan):
    jobs(tree, start_date=S1_2020)
    jobs(tree, start_date=datetime.date(2022, 9, 1))
    completeness = rollup(plan, Period()).completeness
    assert completeness.semesters[0] == (2020, 1)
    assert completeness.semesters[-1] == (2022, 2)
    assert len(completeness.semesters) == 6


# Scale -----------------------------------------------------------------------------------------


def seed(tree, london, count):
    """`count` more activities spread over centres, a post, audiences, settings and two years."""
    rows, first = [], Activity.objects.count()  # numbered on: each activity is recorded once
    for n in range(count):
        campaign = tree["jobs"] if n % 2 else tree["week"]
        abroad = n % 5 == 0
        rows.append(
            Activity(
                campaign=campaign,
                regional_centre=None if abroad else campaign.regional_centre,
                consular_post=london if abroad else None,
                title=f"Activitate {first + n}",
                start_date=datetime.date(2020 + n % 2, 1 + n % 12, 1),
                year=2020 + n % 2,
                semester=1 if n % 12 < 6 else 2,
                setting=Setting.ABROAD if abroad else Setting.URBAN,
                county="" if abroad else "TM",
                country="GB" if abroad else "",
                venue_type="school",
                audience=tree["workers"] if n % 3 else tree["minors"],
                beneficiaries=None if n % 7 == 0 else n,
                children_surveyed=10,
                children_naming_two_risks=n % 10,
            )
        )
    Activity.objects.bulk_create(rows)


@pytest.mark.parametrize("period", [Period(2020), Period()])
def test_query_count_does_not_grow_with_activities(tree, plan, london, period):
    counts = []
    for size in (10, 200):
        seed(tree, london, size)
        with CaptureQueriesContext(connection) as queries:
            computed = build_rollup(plan["plan"], period, today=TODAY)
        assert result(computed, plan["activities"]).figure.value > 0
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[0] <= 12


def test_query_count_does_not_grow_with_actions_either(tree, plan, london):
    seed(tree, london, 20)
    with CaptureQueriesContext(connection) as before:
        build_rollup(plan["plan"], Period(2020), today=timezone.localdate())
    another = Action.objects.create(
        objective=plan["schools"].objective,
        code="1.1.3",
        text_ro="Altă acțiune",
        responsible_institutions="ANITP",
        implementation_period="2020",
    )
    indicator(another, 0, MetricKey.TEACHERS_TRAINED, "Profesori instruiți", "Teachers trained")
    tree["jobs"].pna_actions.add(another)
    tree["jobs"].save()
    with CaptureQueriesContext(connection) as after:
        build_rollup(plan["plan"], Period(2020), today=timezone.localdate())
    assert len(before) == len(after)
