"""A reporter's half-year: submitted by the centre (or post), approved and locked nationally."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SEMESTER_CHOICES = [(1, _("January–June")), (2, _("July–December"))]


def semester_of(day):
    return 1 if day.month <= 6 else 2


class PeriodLocked(ValidationError):
    """Raised when a figure would change inside an approved period."""

    def __init__(self, period):
        super().__init__(
            _(
                "%(period)s has been approved for %(reporter)s, so its activities are locked. "
                "Ask a national coordinator to reopen it."
            ),
            code="period_locked",
            params={"period": period.label, "reporter": period.reporter},
        )
        self.period = period


class ReportingPeriodQuerySet(models.QuerySet):
    def for_reporter(self, *, regional_centre_id=None, consular_post_id=None):
        return self.filter(regional_centre_id=regional_centre_id, consular_post_id=consular_post_id)


class ReportingPeriod(models.Model):
    """One semester of one reporter's activities, and where it stands in review.

    Rows are created on first use (an activity saved, a submission), so "no row" reads as open.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        SUBMITTED = "submitted", _("Submitted for approval")
        APPROVED = "approved", _("Approved and locked")

    regional_centre = models.ForeignKey(
        "taxonomy.RegionalCentre",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reporting_periods",
        verbose_name=_("regional centre"),
    )
    consular_post = models.ForeignKey(
        "posts.ConsularPost",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reporting_periods",
        verbose_name=_("consular post"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    semester = models.PositiveSmallIntegerField(_("semester"), choices=SEMESTER_CHOICES)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )

    objects = ReportingPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-semester"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(regional_centre__isnull=False, consular_post__isnull=True)
                    | models.Q(regional_centre__isnull=True, consular_post__isnull=False)
                ),
                name="reach_period_one_reporter",
            ),
            models.UniqueConstraint(
                fields=["regional_centre", "year", "semester"],
                condition=models.Q(regional_centre__isnull=False),
                name="reach_period_unique_centre_semester",
            ),
            models.UniqueConstraint(
                fields=["consular_post", "year", "semester"],
                condition=models.Q(consular_post__isnull=False),
                name="reach_period_unique_post_semester",
            ),
        ]
        indexes = [models.Index(fields=["year", "semester", "status"])]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")

    def __str__(self):
        return f"{self.reporter} · {self.label}"

    @property
    def reporter(self):
        return self.regional_centre if self.regional_centre_id else self.consular_post

    @property
    def label(self):
        """The semester in words, e.g. "July-December 2020"."""
        return _("%(semester)s %(year)s") % {
            "semester": self.get_semester_display(),
            "year": self.year,
        }

    @property
    def is_locked(self):
        return self.status == self.Status.APPROVED

    @classmethod
    def for_activity(cls, activity, *, create=False):
        """The period an activity falls in (by its start date); unsaved when none exists yet."""
        lookup = {
            "regional_centre_id": activity.regional_centre_id,
            "consular_post_id": activity.consular_post_id,
            "year": activity.start_date.year,
            "semester": semester_of(activity.start_date),
        }
        if create:
            return cls.objects.get_or_create(**lookup)[0]
        return cls.objects.filter(**lookup).first() or cls(**lookup)

    @classmethod
    def lock(cls, keys):
        """{key: period} for (centre id, post id, year, semester) keys, each period created if
        missing and locked (SELECT ... FOR UPDATE) until the caller's transaction ends.

        Locked in one order, so two writers wanting the same periods queue instead of deadlocking.
        Whoever holds a period is alone in adding activities to it or moving its review: an
        import re-checks its duplicates and a save its lock with nobody else half-way.
        SQLite has no row locks; its writers take the whole database (IMMEDIATE transactions).
        """
        periods = {}
        for key in sorted(set(keys), key=lambda key: tuple(-1 if v is None else v for v in key)):
            centre_id, post_id, year, semester = key
            periods[key] = cls.objects.select_for_update().get_or_create(
                regional_centre_id=centre_id, consular_post_id=post_id, year=year, semester=semester
            )[0]
        return periods

    def _transition(self, source, status, user, refusal, *, note=""):
        """Move from `source` to `status` if the period is still there, in one conditional UPDATE.

        Two people approving at once both see "submitted"; the database lets one UPDATE match
        and the other match nothing, so the step, its history and its e-mail happen once.
        """
        if self.status != source:
            raise refusal
        now = timezone.now()
        changes = {"status": status}
        if status == self.Status.SUBMITTED:
            changes.update(submitted_at=now, submitted_by=user)
        elif status == self.Status.APPROVED:
            changes.update(approved_at=now, approved_by=user)
        with transaction.atomic():
            if self.pk is None:
                self.save()
            if not ReportingPeriod.objects.filter(pk=self.pk, status=source).update(**changes):
                self.refresh_from_db()
                raise refusal
            for name, value in changes.items():
                setattr(self, name, value)
            PeriodTransition.objects.create(
                period=self, from_status=source, to_status=status, by=user, note=note
            )

    def submit(self, user):
        self._transition(
            self.Status.OPEN,
            self.Status.SUBMITTED,
            user,
            ValidationError(_("Only an open period can be submitted."), code="not_open"),
        )

    def approve(self, user):
        self._transition(
            self.Status.SUBMITTED,
            self.Status.APPROVED,
            user,
            ValidationError(_("Only a submitted period can be approved."), code="not_submitted"),
        )

    def send_back(self, user, note=""):
        """A coordinator returns a submitted period to the centre for corrections."""
        self._transition(
            self.Status.SUBMITTED,
            self.Status.OPEN,
            user,
            ValidationError(_("Only a submitted period can be sent back."), code="not_submitted"),
            note=note,
        )

    def reopen(self, user, note=""):
        """A coordinator unlocks an approved period; the reason is kept in its history."""
        if self.status == self.Status.APPROVED and not note.strip():
            raise ValidationError(_("Say why the period is reopened."), code="reason_required")
        self._transition(
            self.Status.APPROVED,
            self.Status.OPEN,
            user,
            ValidationError(_("Only an approved period can be reopened."), code="not_locked"),
            note=note,
        )


class PeriodTransition(models.Model):
    """The history of a period's review: who submitted, approved, sent back or reopened it."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(max_length=10, choices=ReportingPeriod.Status.choices)
    to_status = models.CharField(max_length=10, choices=ReportingPeriod.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("period transition")
        verbose_name_plural = _("period transitions")

    def __str__(self):
        return f"{self.period}: {self.from_status} → {self.to_status}"
