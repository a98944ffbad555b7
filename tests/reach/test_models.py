"""Activity records: validation, the lock of an approved period, and the figure audit trail."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import (
    Activity,
    FigureChange,
    PeriodLocked,
    PeriodTransition,
    ReportingPeriod,
    Setting,
    acting_as,
)


def test_year_and_semester_follow_the_start_date(tree):
    activity = ActivityFactory(campaign=tree["week"], start_date=datetime.date(2020, 10, 12))
    assert (activity.year, activity.semester) == (2020, 2)
    activity.start_date = datetime.date(2021, 3, 1)
    activity.save()
    assert (activity.year, activity.semester) == (2021, 1)


def test_saving_opens_the_reporters_period(tree):
    ActivityFactory(campaign=tree["week"], start_date=datetime.date(2020, 10, 12))
    period = ReportingPeriod.objects.get()
    assert period.regional_centre == tree["iasi"]
    assert (period.year, period.semester, period.status) == (2020, 2, "open")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": datetime.date(2020, 10, 1)}, "end_date"),
        ({"setting": Setting.RURAL, "county": ""}, "county"),
        ({"setting": Setting.ABROAD, "county": "", "country": ""}, "country"),
        ({"setting": Setting.ABROAD, "county": "IS", "country": "IT"}, "country"),
        ({"setting": Setting.URBAN, "county": "", "country": "IT"}, "county"),
        (
            {"beneficiaries": 10, "beneficiaries_minors": 8, "beneficiaries_adults": 5},
            "beneficiaries",
        ),
        (
            {"beneficiaries": 10, "beneficiaries_minors": 4, "beneficiaries_adults": 5},
            "beneficiaries",
        ),
        ({"beneficiaries_minors": 4}, "beneficiaries"),
        ({"children_naming_two_risks": 4}, "children_surveyed"),
        ({"children_surveyed": 3, "children_naming_two_risks": 4}, "children_naming_two_risks"),
        ({"regional_centre": None}, "regional_centre"),
    ],
)
def test_inconsistent_figures_are_rejected_by_field(tree, changes, field):
    activity = Activity(
        campaign=tree["week"],
        regional_centre=tree["iasi"],
        title="Sesiune",
        start_date=datetime.date(2020, 10, 12),
        setting=Setting.URBAN,
        county="IS",
        venue_type="school",
        audience=tree["minors"],
    )
    for name, value in changes.items():
        setattr(activity, name, value)
    with pytest.raises(ValidationError) as raised:
        activity.full_clean()
    assert field in raised.value.message_dict


def test_known_split_fills_in_the_total_and_not_collected_stays_empty(tree):
    activity = ActivityFactory(
        campaign=tree["week"], beneficiaries_minors=20, beneficiaries_adults=3
    )
    assert activity.beneficiaries == 23
    assert activity.materials_distributed is None
    assert activity.hotline_referrals is None


def test_approved_period_locks_its_activities_until_reopened(tree):
    activity = ActivityFactory(campaign=tree["week"], beneficiaries=30)
    period = activity.period()
    period.submit(tree["iasi_staff"])
    period.approve(tree["coordinator"])

    activity.beneficiaries = 31
    with pytest.raises(PeriodLocked):
        activity.save()
    with pytest.raises(ValidationError) as raised:
        activity.full_clean()
    assert "start_date" in raised.value.message_dict
    with pytest.raises(PeriodLocked):
        Activity.objects.get(pk=activity.pk).delete()
    # Nor can a new activity be slipped into the locked semester.
    with pytest.raises(PeriodLocked):
        ActivityFactory.build(campaign=tree["week"]).save()

    with pytest.raises(ValidationError):
        period.reopen(tree["coordinator"], note="")
    period.reopen(tree["coordinator"], note="Corecție Iași: 31 de elevi, nu 30.")
    activity.save()
    assert Activity.objects.get(pk=activity.pk).beneficiaries == 31
    assert [t.to_status for t in period.transitions.order_by("at", "pk")] == [
        "submitted",
        "approved",
        "open",
    ]


def test_moving_an_activity_out_of_a_locked_period_is_refused(tree):
    activity = ActivityFactory(campaign=tree["week"], start_date=datetime.date(2020, 10, 12))
    period = activity.period()
    period.submit(tree["iasi_staff"])
    period.approve(tree["coordinator"])
    activity.start_date = datetime.date(2021, 1, 5)
    with pytest.raises(PeriodLocked):
        activity.save()


def test_every_figure_change_is_audited_with_who_and_both_values(tree):
    with acting_as(tree["iasi_staff"]):
        activity = ActivityFactory(campaign=tree["week"], beneficiaries=30)
    created = FigureChange.objects.filter(activity_id=activity.pk, field="beneficiaries").get()
    assert (created.action, created.old_value, created.new_value) == ("created", None, "30")
    assert created.changed_by == tree["iasi_staff"]

    with acting_as(tree["coordinator"]):
        activity.beneficiaries = None  # recounted: the figure was not actually collected
        activity.hotline_referrals = 0
        activity.save()
    changes = {
        change.field: change
        for change in FigureChange.objects.filter(activity_id=activity.pk, action="changed")
    }
    assert set(changes) == {"beneficiaries", "hotline_referrals"}
    assert (changes["beneficiaries"].old_value, changes["beneficiaries"].new_value) == ("30", None)
    assert (changes["hotline_referrals"].old_value, changes["hotline_referrals"].new_value) == (
        None,
        "0",
    )
    assert changes["beneficiaries"].changed_by == tree["coordinator"]

    activity_id = activity.pk
    activity.delete()
    deleted = FigureChange.objects.filter(activity_id=activity_id, action="deleted")
    assert deleted.filter(field="hotline_referrals", old_value="0", new_value=None).exists()


def test_no_change_writes_no_audit_rows(tree):
    activity = ActivityFactory(campaign=tree["week"], beneficiaries=30)
    before = FigureChange.objects.count()
    activity.save()
    assert FigureChange.objects.count() == before


def test_an_activity_in_the_future_is_refused(tree):
    from django.utils import timezone

    activity = Activity(
        campaign=tree["week"],
        regional_centre=tree["iasi"],
        title="Sesiune planificată",
        start_date=timezone.localdate() + datetime.timedelta(days=1),
        setting=Setting.URBAN,
        county="IS",
        venue_type="school",
        audience=tree["minors"],
    )
    with pytest.raises(ValidationError) as raised:
        activity.full_clean()
    assert "start_date" in raised.value.message_dict


def test_a_step_taken_from_a_stale_copy_is_refused_and_recorded_once(tree):
    """Two coordinators' pages both say "submitted"; the second approval changes nothing."""
    ActivityFactory(campaign=tree["week"])
    ReportingPeriod.objects.get().submit(tree["iasi_staff"])
    first, second = ReportingPeriod.objects.get(), ReportingPeriod.objects.get()
    first.approve(tree["coordinator"])
    with pytest.raises(ValidationError, match="Only a submitted period can be approved"):
        second.approve(tree["coordinator"])
    assert second.status == ReportingPeriod.Status.APPROVED
    assert list(PeriodTransition.objects.values_list("to_status", flat=True)) == [
        "approved",
        "submitted",
    ]
