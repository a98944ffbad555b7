"""The demo's activity records reproduce ANITP's 2020 totals, and the roll-up shows them."""

import datetime
import tempfile
from decimal import Decimal

import pytest
from django.db.models import Count, Q, Sum
from django.test import TestCase

from campaigns.demo import reach_content
from campaigns.demo.reach_loader import split_exactly
from campaigns.reach.models import (
    Activity,
    ActivityMaterial,
    FigureChange,
    PeriodLocked,
    PeriodTransition,
    ReportingPeriod,
    Setting,
)
from campaigns.reach.rollup import Period, build_rollup
from campaigns.taxonomy.models import RegionalCentre
from tests.demo.test_load_demo_data import load_demo

LIBERTATE = "Dă-i libertate! Nu-i plăti exploatarea!"
WEEK_SLUG = reach_content.WEEK["slug"]
JOBUL_SLUG = reach_content.JOBUL["slug"]
FRIENDS_SLUG = reach_content.FRIENDS["slug"]


def totals(**filters):
    return Activity.objects.filter(**filters).aggregate(
        activities=Count("pk"),
        beneficiaries=Sum("beneficiaries"),
        materials=Sum("materials_distributed"),
    )


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Activity, ActivityMaterial, ReportingPeriod, PeriodTransition, FigureChange)
    }


@pytest.mark.parametrize(
    ("total", "weights", "minimum"),
    [(100_000, [3, 1, 2, 7], 1), (15, [1] * 12, 1), (7, [0.2, 5.5, 1], 0), (10, [1, 1], 5)],
)
def test_split_exactly_sums_to_the_total_and_keeps_the_minimum(total, weights, minimum):
    parts = split_exactly(total, weights, minimum)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    assert min(parts) >= minimum


def test_split_exactly_refuses_a_total_too_small_for_the_parts():
    with pytest.raises(ValueError, match="cannot split 3 into 4 parts"):
        split_exactly(3, [1, 1, 1, 1])


class DemoReachTests(TestCase):
    """The whole demo is loaded once for the module: it takes seconds."""

    @classmethod
    def setUpTestData(cls):
        cls.var_dir = tempfile.mkdtemp()
        load_demo(cls.var_dir)

    def test_da_i_libertate_reproduces_the_reports_totals(self):
        assert totals(campaign__title_ro=LIBERTATE, year=2020) == {
            "activities": 1840,
            "beneficiaries": 100_000,
            "materials": 55_000,
        }

    def test_part_of_da_i_libertate_went_through_the_consular_posts_abroad(self):
        abroad = Activity.objects.filter(campaign__title_ro=LIBERTATE, consular_post__isnull=False)
        assert abroad.count() == reach_content.LIBERTATE["posts"]["activities"]
        assert set(abroad.values_list("setting", flat=True)) == {Setting.ABROAD}
        assert abroad.filter(country="").count() == 0
        assert (
            totals(campaign__title_ro=LIBERTATE, consular_post__isnull=False)["materials"]
            == (reach_content.LIBERTATE["posts"]["materials"])
        )

    def test_da_i_libertate_is_spread_over_all_centres_counties_and_settings(self):
        activities = Activity.objects.filter(campaign__title_ro=LIBERTATE)
        centres = activities.exclude(regional_centre=None).values("regional_centre").distinct()
        assert centres.count() == RegionalCentre.objects.count() == 15
        assert activities.exclude(county="").values("county").distinct().count() == 42
        assert set(activities.values_list("setting", flat=True)) == {"rural", "urban", "abroad"}
        assert activities.values("venue_type").distinct().count() >= 8
        assert activities.values("audience").distinct().count() >= 3

    def test_2020_activities_fall_inside_their_campaigns_period(self):
        for campaign_filter, first, last in (
            ({"campaign__title_ro": LIBERTATE}, (2020, 1, 1), (2020, 11, 30)),
            ({"campaign__slug_ro": WEEK_SLUG}, (2020, 10, 12), (2020, 10, 18)),
            ({"campaign__slug_ro": JOBUL_SLUG}, (2020, 1, 1), (2020, 12, 31)),
        ):
            activities = Activity.objects.filter(**campaign_filter)
            assert activities.filter(start_date__lt=datetime.date(*first)).count() == 0
            assert activities.filter(start_date__gt=datetime.date(*last)).count() == 0
            assert activities.filter(end_date__gt=datetime.date(*last)).count() == 0

    def test_the_prevention_week_has_242_activities_and_9086_beneficiaries(self):
        assert totals(campaign__slug_ro=WEEK_SLUG) == {
            "activities": 242,
            "beneficiaries": 9_086,
            "materials": reach_content.WEEK["materials"],
        }

    def test_the_weeks_split_into_minors_and_adults_adds_up_where_known(self):
        known = Activity.objects.filter(
            campaign__slug_ro=WEEK_SLUG,
            beneficiaries_minors__isnull=False,
            beneficiaries_adults__isnull=False,
        )
        assert known.filter(venue_type="school").count() > 100
        for activity in known:
            assert activity.beneficiaries_minors + activity.beneficiaries_adults == (
                activity.beneficiaries
            )

    def test_jobul_perfect_reproduces_the_social_media_figures(self):
        figures = Activity.objects.filter(campaign__slug_ro=JOBUL_SLUG).aggregate(
            posts=Sum("social_posts"),
            likes=Sum("social_likes"),
            shares=Sum("social_shares"),
            interactions=Sum("social_interactions"),
            unique=Sum("social_unique_reach"),
            online=Count("pk", filter=Q(setting=Setting.ONLINE, venue_type="online_platform")),
            activities=Count("pk"),
        )
        assert figures == {
            "posts": 259,
            "likes": 4_901,
            "shares": 5_293,
            "interactions": 26_010,
            "unique": 500_114,
            "online": 12,
            "activities": 12,
        }

    def test_telverde_reported_15_possible_cases_in_2020(self):
        calls = Activity.objects.filter(year=2020).aggregate(
            calls=Sum("tollfree_calls"), activities=Count("pk", filter=Q(tollfree_calls__gt=0))
        )
        assert calls == {"calls": 15, "activities": reach_content.WEEK["tollfree_activities"]}

    def test_not_collected_is_kept_apart_from_zero(self):
        week = Activity.objects.filter(campaign__slug_ro=WEEK_SLUG)
        assert week.filter(beneficiaries__isnull=True).exists()
        assert week.filter(materials_distributed__isnull=True).count() == 5
        assert week.filter(materials_distributed=0).exists()
        assert week.filter(tollfree_calls__isnull=True).exists()

    def test_material_lines_never_exceed_their_activitys_total(self):
        detailed = Activity.objects.annotate(detailed=Sum("material_lines__quantity"))
        over = [
            activity.pk
            for activity in detailed.filter(detailed__gt=0)
            if activity.detailed > (activity.materials_distributed or 0)
        ]
        assert over == []
        assert ActivityMaterial.objects.filter(activity__year=2020).count() > 1000

    def test_school_sessions_record_what_the_pupils_could_name(self):
        surveyed = Activity.objects.filter(
            campaign__slug_ro=FRIENDS_SLUG, children_surveyed__isnull=False
        )
        assert surveyed.count() == reach_content.FRIENDS["surveyed_sessions"]
        assert not surveyed.filter(children_naming_two_risks__isnull=True).exists()
        for activity in surveyed:
            assert activity.children_naming_two_risks <= activity.children_surveyed
        assert Activity.objects.filter(
            campaign__slug_ro=FRIENDS_SLUG, children_surveyed__isnull=True
        ).exists()

    def test_every_2020_period_is_approved_by_the_demo_coordinator(self):
        periods = ReportingPeriod.objects.filter(year=2020)
        centre_periods = periods.filter(regional_centre__isnull=False)
        assert centre_periods.count() == 30
        assert periods.filter(consular_post__isnull=False).exists()
        assert set(periods.values_list("status", flat=True)) == {"approved"}
        assert set(periods.values_list("approved_by__username", flat=True)) == {"coordonator"}
        for period in periods:
            history = list(period.transitions.order_by("at").values_list("to_status", flat=True))
            assert history == ["submitted", "approved"]
            assert period.submitted_at < period.approved_at

    def test_the_locked_2020_activities_cannot_be_changed(self):
        activity = Activity.objects.filter(campaign__title_ro=LIBERTATE).first()
        activity.beneficiaries = (activity.beneficiaries or 0) + 1
        with pytest.raises(PeriodLocked):
            activity.save()

    def test_the_current_semester_awaits_timisoaras_approval(self):
        current = Activity.objects.filter(year=2026, semester=2)
        centres = set(current.values_list("regional_centre__key", flat=True))
        assert "timisoara" in centres and 3 <= len(centres) <= 4
        assert 24 <= current.count() <= 60
        periods = dict(
            ReportingPeriod.objects.filter(year=2026, semester=2).values_list(
                "regional_centre__key", "status"
            )
        )
        assert periods.pop("timisoara") == "submitted"
        assert set(periods.values()) == {"open"}
        # Saved like an editor's entry, so the audit trail names Timișoara's staff.
        timisoara = current.filter(regional_centre__key="timisoara").first()
        changes = FigureChange.objects.filter(activity_id=timisoara.pk, action="created")
        assert set(changes.values_list("changed_by__username", flat=True)) == {"timisoara"}

    def test_the_2020_rollup_shows_the_totals_on_the_linked_pna_actions(self):
        rollup = build_rollup(period=Period(2020))
        figures = {
            (result.indicator.action.code, result.metric.key): result.figure.value
            for result in rollup.indicators()
        }
        assert figures[("1.1.2", "information_activities")] == 1840
        assert figures[("1.1.2", "materials_distributed")] == 55_000
        assert figures[("1.1.4", "beneficiaries")] == 100_000
        assert figures[("1.1.4", "diaspora_associations")] == 1
        assert figures[("1.1.3", "information_activities")] == 242
        assert figures[("1.1.3", "beneficiaries")] == 9_086
        assert figures[("1.1.3", "tollfree_calls")] == 15
        assert figures[("1.2.3", "beneficiaries")] == 9_086
        assert figures[("1.4.3", "social_media_interactions")] == 26_010
        assert figures[("1.1.1", "beneficiaries")] == 100_000 + 9_086
        surveyed = Activity.objects.filter(campaign__slug_ro=FRIENDS_SLUG).aggregate(
            asked=Sum("children_surveyed"), named=Sum("children_naming_two_risks")
        )
        assert figures[("1.2.1", "children_naming_two_risks")] == (
            Decimal(surveyed["named"]) / Decimal(surveyed["asked"])
        )

    def test_the_approved_only_rollup_still_shows_2020(self):
        rollup = build_rollup(period=Period(2020), approved_only=True)
        week = next(
            result
            for result in rollup.indicators()
            if result.indicator.action.code == "1.1.3" and result.metric.key == "beneficiaries"
        )
        assert week.figure.value == 9_086

    def test_loading_the_demo_again_changes_nothing(self):
        before = counts()
        statuses = list(ReportingPeriod.objects.order_by("pk").values_list("pk", "status"))
        load_demo(self.var_dir)
        assert counts() == before
        assert list(ReportingPeriod.objects.order_by("pk").values_list("pk", "status")) == (
            statuses
        )
