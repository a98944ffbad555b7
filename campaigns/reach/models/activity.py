"""A field activity and its reach: aggregate counts only, never anything about a person.

Every figure is nullable because "not collected" is not zero: a stand that did not count the
leaflets it handed out must not pull the national total down to look like it handed out none.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel

from campaigns.bounds import ACTIVITY_FIGURES, AtMost, bound_checks

from ..places import COUNTIES, country_choices
from .audit import FigureChange, acting_user
from .identity import IDENTITY_FIELDS, fingerprint
from .period import SEMESTER_CHOICES, PeriodLocked, ReportingPeriod, semester_of
from .recording import ActivityQuerySet


class Setting(models.TextChoices):
    RURAL = "rural", _("rural")
    URBAN = "urban", _("urban")
    ONLINE = "online", _("online")
    ABROAD = "abroad", _("abroad")


class VenueType(models.TextChoices):
    SCHOOL = "school", _("school")
    UNIVERSITY = "university", _("university")
    PLACEMENT_CENTRE = "placement_centre", _("placement centre")
    JOB_FAIR = "job_fair", _("job fair")
    BORDER_CROSSING = "border_crossing", _("border crossing")
    CONSULATE = "consulate", _("consulate or embassy")
    WORKPLACE = "workplace", _("workplace or company")
    COMMUNITY = "community", _("community or public space")
    ACCOMMODATION = "accommodation", _("refugee or migrant accommodation")
    MEDIA = "media", _("radio, television or press")
    ONLINE_PLATFORM = "online_platform", _("website or social network")
    OTHER = "other", _("other")


def _count(name, verbose_name, help_text=""):
    """A figure: empty when not collected, bounded by its line in `ACTIVITY_FIGURES`."""
    return models.PositiveIntegerField(
        verbose_name,
        null=True,
        blank=True,
        help_text=help_text,
        validators=[AtMost(ACTIVITY_FIGURES[name])],
    )


#: The figures of an activity, in the order forms, templates and exports show them.
FIGURE_FIELDS = (
    "beneficiaries",
    "beneficiaries_minors",
    "beneficiaries_adults",
    "materials_distributed",
    "hotline_referrals",
    "tollfree_calls",
    "calls_from_foreigners",
    "potential_clients_informed",
    "companies_involved",
    "companies_adopting_policies",
    "associations_involved",
    "diplomatic_missions_involved",
    "social_posts",
    "social_likes",
    "social_shares",
    "social_interactions",
    "social_unique_reach",
    "children_surveyed",
    "children_naming_two_risks",
    "carers_surveyed",
    "carers_naming_three_indicators",
    "training_sessions",
    "teachers_trained",
)

#: What the activity is and where it counts; audited with the figures because they move totals.
DIMENSION_FIELDS = (
    "campaign",
    "regional_centre",
    "consular_post",
    "start_date",
    "end_date",
    "county",
    "country",
    "setting",
    "venue_type",
    "audience",
)

BOUND_CHECKS = bound_checks("reach_activity", ACTIVITY_FIGURES)

#: (part, whole) pairs: the part cannot exceed the whole when both were collected.
SURVEY_PAIRS = (
    ("children_naming_two_risks", "children_surveyed"),
    ("carers_naming_three_indicators", "carers_surveyed"),
)


class Activity(ClusterableModel):
    """One prevention activity: a school session, a stand, a post series, a consular event."""

    campaign = models.ForeignKey(
        "pages.CampaignPage",
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name=_("campaign"),
    )
    regional_centre = models.ForeignKey(
        "taxonomy.RegionalCentre",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("regional centre"),
    )
    consular_post = models.ForeignKey(
        "posts.ConsularPost",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("consular post"),
    )
    title = models.CharField(
        _("what took place"),
        max_length=200,
        help_text=_(
            "e.g. Information session for 9th grade pupils. No names of participants: "
            "reach is recorded as counts only."
        ),
    )
    start_date = models.DateField(_("date"), help_text=_("The first day, for a range."))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for an activity over several days.")
    )
    # Derived from the start date so that the roll-up filters on indexed integers.
    year = models.PositiveSmallIntegerField(editable=False, db_index=True)
    semester = models.PositiveSmallIntegerField(editable=False, choices=SEMESTER_CHOICES)
    setting = models.CharField(_("setting"), max_length=10, choices=Setting.choices)
    county = models.CharField(
        _("county"),
        max_length=2,
        choices=COUNTIES,
        blank=True,
        help_text=_("Where in Romania; required for rural and urban activities."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=country_choices,
        blank=True,
        help_text=_("Where abroad; required for activities abroad."),
    )
    venue_type = models.CharField(_("venue type"), max_length=20, choices=VenueType.choices)
    audience = models.ForeignKey(
        "taxonomy.Audience",
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name=_("audience"),
    )

    beneficiaries = _count(
        "beneficiaries",
        _("beneficiaries"),
        _("People reached directly. Leave empty if not counted; 0 means none."),
    )
    beneficiaries_minors = _count(
        "beneficiaries_minors", _("of whom minors"), _("Only when the split is known.")
    )
    beneficiaries_adults = _count(
        "beneficiaries_adults", _("of whom adults"), _("Only when the split is known.")
    )
    materials_distributed = _count(
        "materials_distributed",
        _("materials distributed"),
        _("All materials handed out; the lines below may detail some of them."),
    )
    hotline_referrals = _count("hotline_referrals", _("potential cases referred to the hotline"))
    tollfree_calls = _count("tollfree_calls", _("toll-free line calls reporting potential cases"))
    calls_from_foreigners = _count(
        "calls_from_foreigners", _("toll-free line calls from foreigners")
    )
    potential_clients_informed = _count(
        "potential_clients_informed", _("potential clients informed")
    )
    companies_involved = _count("companies_involved", _("companies involved"))
    companies_adopting_policies = _count(
        "companies_adopting_policies", _("companies adopting internal policies")
    )
    associations_involved = _count(
        "associations_involved", _("Romanian associations abroad involved")
    )
    diplomatic_missions_involved = _count(
        "diplomatic_missions_involved", _("diplomatic missions involved")
    )
    social_posts = _count("social_posts", _("social media posts"))
    social_likes = _count("social_likes", _("likes"))
    social_shares = _count("social_shares", _("shares"))
    social_interactions = _count("social_interactions", _("interactions"))
    social_unique_reach = _count("social_unique_reach", _("unique users reached"))
    children_surveyed = _count(
        "children_surveyed", _("children asked"), _("Children asked about risks afterwards.")
    )
    children_naming_two_risks = _count(
        "children_naming_two_risks", _("children who named at least two risks")
    )
    carers_surveyed = _count(
        "carers_surveyed",
        _("carers and social workers asked"),
        _("Foster carers or social workers asked about trafficking indicators afterwards."),
    )
    carers_naming_three_indicators = _count(
        "carers_naming_three_indicators", _("of whom named at least three indicators")
    )
    training_sessions = _count("training_sessions", _("training sessions"))
    teachers_trained = _count("teachers_trained", _("teachers trained"))

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    # Empty only for records made twice before the rule existed (see migration 0002).
    fingerprint = models.CharField(max_length=64, null=True, blank=True, editable=False)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(regional_centre__isnull=False, consular_post__isnull=True)
                    | models.Q(regional_centre__isnull=True, consular_post__isnull=False)
                ),
                name="reach_activity_one_reporter",
            ),
            models.UniqueConstraint(fields=["fingerprint"], name="reach_activity_recorded_once"),
            *BOUND_CHECKS,
        ]
        indexes = [
            models.Index(fields=["year", "semester"]),
            models.Index(fields=["regional_centre", "year", "semester"]),
            models.Index(fields=["consular_post", "year", "semester"]),
        ]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return f"{self.start_date:%Y-%m-%d} {self.title}"

    @property
    def reporter(self):
        return self.regional_centre if self.regional_centre_id else self.consular_post

    @property
    def place(self):
        return self.get_county_display() or self.get_country_display()

    def period(self, *, create=False):
        return ReportingPeriod.for_activity(self, create=create)

    def period_key(self):
        """(centre id, post id, year, semester) of the period the activity falls in."""
        return (
            self.regional_centre_id,
            self.consular_post_id,
            self.start_date.year,
            semester_of(self.start_date),
        )

    def recorded_twin(self):
        """Another record of the same activity (see `identity`), or None."""
        twins = Activity.objects.filter(fingerprint=fingerprint(self)).exclude(pk=self.pk)
        return twins.select_related("regional_centre", "consular_post").first()

    # Validation ---------------------------------------------------------------------------------

    def clean(self):
        errors = {}
        if bool(self.regional_centre_id) == bool(self.consular_post_id):
            errors["regional_centre"] = _(
                "An activity is reported by one regional centre or by one consular post."
            )
        if self.start_date and self.start_date > timezone.localdate():
            errors["start_date"] = [_("Record an activity once it has taken place.")]
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if self.setting in (Setting.RURAL, Setting.URBAN) and not self.county:
            errors["county"] = _("Give the county of a rural or urban activity.")
        if self.setting == Setting.ABROAD and not self.country:
            errors["country"] = _("Give the country of an activity abroad.")
        if self.county and self.country:
            errors["country"] = _("Give a county in Romania or a country abroad, not both.")
        if self.setting != Setting.ABROAD and self.country and not self.county:
            errors["setting"] = _("An activity in another country has the setting “abroad”.")
        if self.setting == Setting.ABROAD and self.county:
            errors["county"] = _("An activity abroad has no Romanian county.")
        minors, adults = self.beneficiaries_minors, self.beneficiaries_adults
        if self.beneficiaries is None and minors is not None and adults is not None:
            self.beneficiaries = minors + adults
        if self.beneficiaries is not None:
            known = (minors or 0) + (adults or 0)
            if known > self.beneficiaries:
                errors["beneficiaries"] = _(
                    "Minors and adults together (%(known)s) exceed the beneficiaries (%(total)s)."
                ) % {"known": known, "total": self.beneficiaries}
            elif minors is not None and adults is not None and known != self.beneficiaries:
                errors["beneficiaries"] = _(
                    "Minors and adults (%(known)s) must add up to the beneficiaries (%(total)s)."
                ) % {"known": known, "total": self.beneficiaries}
        elif minors is not None or adults is not None:
            errors["beneficiaries"] = _(
                "Give the number of beneficiaries when part of the split is known."
            )
        for part, whole in SURVEY_PAIRS:
            part_value, whole_value = getattr(self, part), getattr(self, whole)
            if part_value is not None and whole_value is None:
                errors[whole] = _("Give how many were asked, or the percentage cannot be computed.")
            elif part_value is not None and part_value > whole_value:
                errors[part] = _("This cannot be more than the number asked (%(asked)s).") % {
                    "asked": whole_value
                }
        if self.start_date and not errors.get("regional_centre"):
            period = self.period()
            if period.is_locked:
                errors.setdefault("start_date", []).append(period_locked_message(period))
            if self.pk:
                stored = Activity.objects.filter(pk=self.pk).first()
                if stored is not None and stored.period().is_locked:
                    errors.setdefault("start_date", []).append(
                        period_locked_message(stored.period())
                    )
        if errors:
            raise ValidationError(errors)

    def get_constraints(self):
        """The figures' bound checks are left to the field validators, which say the same in the
        reader's language without a query each."""
        return [
            (model, [check for check in checks if check not in BOUND_CHECKS])
            for model, checks in super().get_constraints()
        ]

    def validate_constraints(self, exclude=None):
        """The database's checks, and the same activity recorded twice, told on the title."""
        exclude = set(exclude or ())
        errors = {}
        try:
            super().validate_constraints(exclude={*exclude, "fingerprint"})
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not exclude & set(IDENTITY_FIELDS) and (twin := self.recorded_twin()):
            errors.setdefault("title", []).append(
                ValidationError(recorded_twice_message(twin), code="recorded_twice")
            )
        if errors:
            raise ValidationError(errors)

    def clean_material_lines(self, lines):
        """Material lines may detail the total but never exceed it; they fill in an empty total."""
        detailed = sum(line.quantity or 0 for line in lines)
        if self.materials_distributed is None:
            if lines:
                self.materials_distributed = detailed
        elif detailed > self.materials_distributed:
            raise ValidationError(
                {
                    "materials_distributed": _(
                        "The material lines add up to %(detailed)s, more than the %(total)s "
                        "materials distributed."
                    )
                    % {"detailed": detailed, "total": self.materials_distributed}
                }
            )

    # Saving, with the lock and the audit trail ---------------------------------------------------

    def audited_values(self):
        """The figures and dimensions as text, keyed by field name and material line."""
        values = {}
        for name in DIMENSION_FIELDS:
            field = self._meta.get_field(name)
            value = getattr(self, field.attname)
            values[name] = None if value in (None, "") else str(value)
        for name in FIGURE_FIELDS:
            value = getattr(self, name)
            values[name] = None if value is None else str(value)
        for line in self.material_lines.all():
            values[f"material:{line.material_id}:{line.language}"] = str(line.quantity)
        return values

    def save(self, *args, **kwargs):
        self.year = self.start_date.year
        self.semester = semester_of(self.start_date)
        self.fingerprint = fingerprint(self)
        with transaction.atomic():
            stored = Activity.objects.filter(pk=self.pk).first() if self.pk else None
            # Locked until the save commits: an approval cannot land half-way through it.
            periods = ReportingPeriod.lock(
                {self.period_key()} | ({stored.period_key()} if stored else set())
            )
            if stored is not None and periods[stored.period_key()].is_locked:
                raise PeriodLocked(periods[stored.period_key()])
            if periods[self.period_key()].is_locked:
                raise PeriodLocked(periods[self.period_key()])
            previous = stored.audited_values() if stored is not None else None
            if self.created_by_id is None and previous is None:
                self.created_by = acting_user()
            super().save(*args, **kwargs)
            self._record_changes(previous, self.audited_values())

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            period = ReportingPeriod.lock([self.period_key()])[self.period_key()]
            if period.is_locked:
                raise PeriodLocked(period)
            previous = Activity.objects.get(pk=self.pk).audited_values()
            self._record_changes(previous, None)
            return super().delete(*args, **kwargs)

    def _record_changes(self, old, new):
        FigureChange.objects.bulk_create(self.changes_between(old, new, acting_user()))

    def changes_between(self, old, new, user):
        """The unsaved audit rows from `old` to `new` values (None: created, or deleted)."""
        if old is None:
            action, old = FigureChange.Action.CREATED, {}
        elif new is None:
            action, new = FigureChange.Action.DELETED, {}
        else:
            action = FigureChange.Action.CHANGED
        label = str(self)[:300]
        return [
            FigureChange(
                activity_id=self.pk,
                activity_label=label,
                action=action,
                field=name,
                old_value=old.get(name),
                new_value=new.get(name),
                changed_by=user,
            )
            for name in dict.fromkeys([*old, *new])
            if old.get(name) != new.get(name)
        ]


def period_locked_message(period):
    return _(
        "%(period)s has been approved for %(reporter)s, so its activities are locked. "
        "Ask a national coordinator to reopen it."
    ) % {"period": period.label, "reporter": period.reporter}


def recorded_twice_message(twin):
    return _(
        "This activity is already recorded: “%(activity)s”, reported by %(reporter)s. Change "
        "that record, or tell the two apart in the title (e.g. add the school)."
    ) % {"activity": twin, "reporter": twin.reporter}
