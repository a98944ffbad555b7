"""Activities written many at once: a spreadsheet's rows, the demo's history, the benchmark."""

from django.db import models, transaction

from .audit import FigureChange, acting_user
from .identity import fingerprint
from .lines import ActivityMaterial
from .period import PeriodLocked, ReportingPeriod, semester_of


class ActivityQuerySet(models.QuerySet):
    def for_semester(self, year, semester=None):
        queryset = self.filter(year=year)
        return queryset if semester is None else queryset.filter(semester=semester)

    def bulk_create(self, objs, *args, **kwargs):
        """Every activity gets its fingerprint, however many are written at once (the import,
        the demo, the benchmark): the unique constraint on it holds for all of them."""
        objs = list(objs)
        for activity in objs:
            activity.fingerprint = fingerprint(activity)
        return super().bulk_create(objs, *args, **kwargs)

    def record_new(self, activities):
        """Save new, validated activities (material lines set in memory) in a few bulk queries.

        The same guarantees as `Activity.save` one by one, at a spreadsheet's scale: no activity
        lands in an approved period, each period is opened (and locked until the caller's
        transaction ends), and every figure is audited.
        """
        activities = list(activities)
        user = acting_user()
        with transaction.atomic():
            for activity in activities:
                activity.year = activity.start_date.year
                activity.semester = semester_of(activity.start_date)
                activity.created_by = activity.created_by or user
            periods = ReportingPeriod.lock(activity.period_key() for activity in activities)
            for period in periods.values():
                if period.is_locked:
                    raise PeriodLocked(period)
            lines = [(activity, list(activity.material_lines.all())) for activity in activities]
            values = [activity.audited_values() for activity in activities]
            self.bulk_create(activities, batch_size=500)
            for activity, activity_lines in lines:
                for line in activity_lines:
                    line.activity_id = activity.pk
            ActivityMaterial.objects.bulk_create(
                [line for _activity, activity_lines in lines for line in activity_lines],
                batch_size=500,
            )
            FigureChange.objects.bulk_create(
                [
                    change
                    for activity, new in zip(activities, values, strict=True)
                    for change in activity.changes_between(None, new, user)
                ],
                batch_size=500,
            )
        return activities
