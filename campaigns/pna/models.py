"""The National Action Plan (PNA) kept as data.

Plans, objectives, actions and indicators are rows rather than code so that the next plan
(2027-2028) is loaded from a data file or typed into the admin without a release. The plan exists
only in Romanian and English, so the texts are explicit `_ro`/`_en` fields, not modeltranslation.
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

CODE_PATTERN = r"^\d+(\.\d+)*$"
code_validator = RegexValidator(
    CODE_PATTERN,
    _("Use numbers separated by dots, without a trailing dot, e.g. 1.2.10."),
)


def natural_sort_key(code):
    """Zero-padded parts, so that a plain string ordering puts 1.1.2 before 1.1.10."""
    parts = (code or "").strip().strip(".").split(".")
    return ".".join(part.zfill(4) if part.isdigit() else part for part in parts)


class Bilingual:
    """Picks the English text on English admin/site requests, the Romanian one otherwise."""

    def in_language(self, field, language=None):
        language = (language or translation.get_language() or "ro").split("-")[0]
        english = getattr(self, f"{field}_en", "")
        if language == "en" and english:
            return english
        return getattr(self, f"{field}_ro", "") or english


class MetricKey(models.TextChoices):
    """Reach metrics recorded by regional centres; an indicator names the one that feeds it.

    The vocabulary lives in code because the reach system computes these metrics; a later plan
    that reuses them needs no code change.
    """

    CAMPAIGNS_RUN = "campaigns_run", _("Campaigns/actions run")
    INFORMATION_ACTIVITIES = "information_activities", _("Information activities")
    BENEFICIARIES = "beneficiaries", _("Beneficiaries (people reached)")
    MATERIALS_DISTRIBUTED = "materials_distributed", _("Materials distributed")
    HOTLINE_REFERRALS = "hotline_referrals", _("Potential cases reported to the hotline")
    TOLLFREE_CALLS = "tollfree_calls", _("Toll-free line calls reporting potential cases")
    CALLS_FROM_FOREIGNERS = "calls_from_foreigners", _("Toll-free line calls from foreigners")
    POTENTIAL_CLIENTS_INFORMED = "potential_clients_informed", _("Potential clients informed")
    COMPANIES_WITH_POLICIES = "companies_with_policies", _("Companies with internal policies")
    DIASPORA_ASSOCIATIONS = "diaspora_associations", _("Romanian associations abroad involved")
    DIPLOMATIC_MISSIONS = "diplomatic_missions", _("Diplomatic missions involved")
    CHILDREN_NAMING_TWO_RISKS = (
        "children_naming_two_risks",
        _("Children who can name at least two risks (%)"),
    )
    CARERS_NAMING_THREE_INDICATORS = (
        "carers_naming_three_indicators",
        _("Foster carers/social workers who can name at least three indicators (%)"),
    )
    SOCIAL_MEDIA_INTERACTIONS = "social_media_interactions", _("Social media interactions")
    TRAINING_SESSIONS = "training_sessions", _("Training sessions")
    TEACHERS_TRAINED = "teachers_trained", _("Teachers trained")
    PRIVATE_FIRMS_INVOLVED = "private_firms_involved", _("Private firms involved")


#: Metrics that are a ratio of two counts; their indicators must be percentages.
PERCENTAGE_METRICS = frozenset(
    {MetricKey.CHILDREN_NAMING_TWO_RISKS, MetricKey.CARERS_NAMING_THREE_INDICATORS}
)


class Plan(Bilingual, models.Model):
    """One national action plan; plans follow each other, so nothing below hard-codes 2024-2026."""

    code = models.SlugField(
        _("code"), max_length=50, unique=True, help_text=_("e.g. pna-2024-2026")
    )
    title_ro = models.CharField(_("title (Romanian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"))
    strategy_title_ro = models.CharField(_("strategy implemented (Romanian)"), max_length=300)
    strategy_title_en = models.CharField(
        _("strategy implemented (English)"), max_length=300, blank=True
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("The legal act that approved the plan, e.g. HG 533/2024."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("title_ro"),
        FieldPanel("title_en"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("strategy_title_ro"),
        FieldPanel("strategy_title_en"),
        FieldPanel("source"),
    ]

    class Meta:
        ordering = ["-start_year", "code"]
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def __str__(self):
        return self.in_language("title") or self.code

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})


class Objective(Bilingual, models.Model):
    """A general objective (1) or a specific one under it (1.1); actions hang off specific ones."""

    class Kind(models.TextChoices):
        GENERAL = "general", _("general")
        SPECIFIC = "specific", _("specific")

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="objectives", verbose_name=_("plan")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("general objective"),
        help_text=_("Empty for a general objective."),
    )
    code = models.CharField(_("code"), max_length=20, validators=[code_validator])
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text_ro = models.TextField(_("text (Romanian)"))
    text_en = models.TextField(_("text (English)"), blank=True)
    sort_key = models.CharField(max_length=100, editable=False, db_index=True)

    panels = [
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
        FieldPanel("parent"),
        FieldPanel("text_ro"),
        FieldPanel("text_en"),
    ]

    class Meta:
        ordering = ["plan", "sort_key"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="pna_objective_unique_code"),
        ]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")

    def __str__(self):
        return f"{self.code} {Truncator(self.in_language('text')).words(10)}"

    def save(self, *args, **kwargs):
        self.sort_key = natural_sort_key(self.code)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.kind == self.Kind.GENERAL and self.parent_id:
            errors["parent"] = _("A general objective has no parent.")
        if self.kind == self.Kind.SPECIFIC:
            parent = self.parent if self.parent_id else None
            if parent is None:
                errors["parent"] = _("A specific objective belongs to a general objective.")
            elif parent.kind != self.Kind.GENERAL:
                errors["parent"] = _("The parent must be a general objective.")
            elif self.plan_id and parent.plan_id != self.plan_id:
                errors["parent"] = _("The parent belongs to another plan.")
            elif self.code and not self.code.startswith(f"{parent.code}."):
                errors["code"] = _(
                    "The code must start with the parent's code, e.g. %(code)s.1."
                ) % {"code": parent.code}
        if errors:
            raise ValidationError(errors)

    @admin.display(description=_("code and text"), ordering="sort_key")
    def listing_title(self):
        """The admin listing's title column, sorted on the natural key rather than the text."""
        return str(self)


class Action(Bilingual, ClusterableModel):
    """A PNA action, the unit campaigns are linked to and reach is reported against."""

    class EvaluationStage(models.TextChoices):
        ANNUAL = "annual", _("annual")
        SEMESTRIAL = "semestrial", _("semestrial")
        DATE = "date", _("on a date")

    # Copied from the objective on save: codes are unique per plan, and a constraint needs a column.
    plan = models.ForeignKey(
        Plan,
        on_delete=models.CASCADE,
        related_name="actions",
        editable=False,
        verbose_name=_("plan"),
    )
    objective = models.ForeignKey(
        Objective,
        on_delete=models.PROTECT,
        related_name="actions",
        limit_choices_to={"kind": Objective.Kind.SPECIFIC},
        verbose_name=_("specific objective"),
    )
    code = models.CharField(_("code"), max_length=20, validators=[code_validator])
    text_ro = models.TextField(_("action (Romanian)"))
    text_en = models.TextField(_("action (English)"), blank=True)
    responsible_institutions = models.TextField(
        _("responsible institutions"), help_text=_("One per line, as written in the plan.")
    )
    supporting_institutions = models.TextField(
        _("supporting institutions"),
        blank=True,
        help_text=_("One per line, as written in the plan."),
    )
    expected_result_ro = models.TextField(_("expected result (Romanian)"), blank=True)
    expected_result_en = models.TextField(_("expected result (English)"), blank=True)
    implementation_period = models.CharField(
        _("implementation period"), max_length=100, help_text=_("e.g. Permanent, 2024-2026, 2025")
    )
    evaluation_stage = models.CharField(
        _("evaluation stage"),
        max_length=12,
        choices=EvaluationStage.choices,
        default=EvaluationStage.ANNUAL,
    )
    evaluation_date = models.DateField(
        _("evaluation date"),
        null=True,
        blank=True,
        help_text=_("Only when the evaluation stage is a date."),
    )
    evaluation_label = models.CharField(
        _("evaluation stage as written"),
        max_length=100,
        blank=True,
        help_text=_(
            'The plan\'s own wording, e.g. "Semestrul I 2027", when a date only approximates it.'
        ),
    )
    sort_key = models.CharField(max_length=100, editable=False, db_index=True)

    panels = [
        FieldPanel("objective"),
        FieldPanel("code"),
        FieldPanel("text_ro"),
        FieldPanel("text_en"),
        FieldRowPanel(
            [FieldPanel("responsible_institutions"), FieldPanel("supporting_institutions")]
        ),
        FieldPanel("expected_result_ro"),
        FieldPanel("expected_result_en"),
        FieldPanel("implementation_period"),
        MultiFieldPanel(
            [
                FieldPanel("evaluation_stage"),
                FieldPanel("evaluation_date"),
                FieldPanel("evaluation_label"),
            ],
            heading=_("Evaluation"),
        ),
        InlinePanel("indicators", heading=_("Indicators"), label=_("indicator")),
    ]

    class Meta:
        ordering = ["plan", "sort_key"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="pna_action_unique_code"),
        ]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return f"{self.code} {Truncator(self.in_language('text')).words(8)}"

    def save(self, **kwargs):
        if self.objective_id:
            self.plan_id = self.objective.plan_id
        self.sort_key = natural_sort_key(self.code)
        super().save(**kwargs)

    def clean(self):
        errors = {}
        objective = self.objective if self.objective_id else None
        if objective is not None:
            self.plan_id = objective.plan_id
            if objective.kind != Objective.Kind.SPECIFIC:
                errors["objective"] = _("Actions belong to a specific objective.")
            elif self.code and not self.code.startswith(f"{objective.code}."):
                errors["code"] = _(
                    "The code must start with the objective's code, e.g. %(code)s.1."
                ) % {"code": objective.code}
            elif (
                self.code
                and Action.objects.filter(plan_id=objective.plan_id, code=self.code)
                .exclude(pk=self.pk)
                .exists()
            ):
                # Checked here because `plan` is not a form field, so the form skips the constraint.
                errors["code"] = _("This plan already has an action %(code)s.") % {
                    "code": self.code
                }
        if self.evaluation_stage == self.EvaluationStage.DATE and not self.evaluation_date:
            errors["evaluation_date"] = _("Give the evaluation date when the stage is a date.")
        if self.evaluation_stage != self.EvaluationStage.DATE and self.evaluation_date:
            errors["evaluation_date"] = _(
                "An evaluation date is only used when the stage is a date."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def responsible_list(self):
        return [line.strip() for line in self.responsible_institutions.splitlines() if line.strip()]

    @property
    def supporting_list(self):
        return [line.strip() for line in self.supporting_institutions.splitlines() if line.strip()]

    @admin.display(description=_("code and text"), ordering="sort_key")
    def listing_title(self):
        """The admin listing's title column, sorted on the natural key rather than the text."""
        return str(self)


class Indicator(Bilingual, models.Model):
    """How the plan measures an action; percentages are kept as two counts to sum as a ratio."""

    class Kind(models.TextChoices):
        COUNT = "count", _("count")
        PERCENTAGE = "percentage", _("percentage")

    # A ParentalKey so the action's edit form carries its indicators inline.
    action = ParentalKey(
        Action, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("action")
    )
    # No unique constraint with `action`: the inline form renumbers rows one save at a time.
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    wording_ro = models.TextField(_("wording (Romanian)"), help_text=_("Exactly as in the plan."))
    wording_en = models.TextField(_("wording (English)"), blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COUNT)
    numerator_label_ro = models.CharField(_("numerator (Romanian)"), max_length=300, blank=True)
    numerator_label_en = models.CharField(_("numerator (English)"), max_length=300, blank=True)
    denominator_label_ro = models.CharField(_("denominator (Romanian)"), max_length=300, blank=True)
    denominator_label_en = models.CharField(_("denominator (English)"), max_length=300, blank=True)
    metric_key = models.SlugField(
        _("reach metric"),
        max_length=50,
        blank=True,
        choices=MetricKey.choices,
        help_text=_("The reach metric that feeds this indicator; empty when none does."),
    )

    sort_order_field = "position"

    panels = [
        FieldPanel("wording_ro"),
        FieldPanel("wording_en"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("metric_key")]),
        FieldRowPanel([FieldPanel("numerator_label_ro"), FieldPanel("numerator_label_en")]),
        FieldRowPanel([FieldPanel("denominator_label_ro"), FieldPanel("denominator_label_en")]),
    ]

    class Meta:
        ordering = ["action__plan", "action__sort_key", "position", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return Truncator(self.in_language("wording")).words(12)

    def clean(self):
        errors = {}
        labels = ("numerator_label_ro", "denominator_label_ro")
        if self.kind == self.Kind.PERCENTAGE:
            for name in labels:
                if not getattr(self, name):
                    errors[name] = _("A percentage needs the counts it is a ratio of.")
        else:
            for name in (*labels, "numerator_label_en", "denominator_label_en"):
                if getattr(self, name):
                    errors[name] = _("Only percentages have a numerator and a denominator.")
        if self.metric_key:
            is_ratio = self.metric_key in PERCENTAGE_METRICS
            if is_ratio and self.kind != self.Kind.PERCENTAGE:
                errors["metric_key"] = _("This metric is a percentage.")
            elif not is_ratio and self.kind == self.Kind.PERCENTAGE:
                errors["metric_key"] = _("This metric is a count, not a percentage.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_percentage(self):
        return self.kind == self.Kind.PERCENTAGE
