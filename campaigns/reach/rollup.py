"""The PNA roll-up: each action's indicators computed from the activities that feed it.

The activities are aggregated in the database in one statement, whatever their number: their
figures are summed (and counted) per campaign, reporter, audience and setting. An activity feeds
every PNA action its campaign is linked to, so each action's value and breakdowns are then added
up from the sub-totals of its campaigns: a few thousand rows at most, bounded by the campaigns and
the vocabularies rather than by the activities, and exact, because sums and counts add up and the
campaign is part of every sub-total's key (so campaigns are counted distinct). Grouping by
action in SQL instead repeats each activity once per linked action and, on SQLite, sorts every
copy once per breakdown: about seven times slower at 250,000 activities (`bench_rollup`).

`metrics.METRICS` says how each indicator's metric is computed. Two rules the national report
depends on:
- "not collected" is not zero: a sum over activities none of which counted the figure is None,
  and every figure says how many activities collected it (its coverage);
- a percentage is the ratio of the two summed counts over the activities that collected both,
  never an average of the activities' percentages.
"""

import datetime
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.pages.models import CampaignPage
from campaigns.pna.models import Action, MetricKey, Plan
from campaigns.posts.models import ConsularPost, DistributionLine, DistributionReport
from campaigns.taxonomy.models import Audience, RegionalCentre

from .metrics import METRICS
from .models import Activity, ReportingPeriod, Setting
from .models.period import SEMESTER_CHOICES

#: The breakdowns, in the order screens and exports show them.
REPORTER, AUDIENCE, SETTING = "reporter", "audience", "setting"
DIMENSIONS = (REPORTER, AUDIENCE, SETTING)
DIMENSION_LABELS = {
    REPORTER: _("By reporter"),
    AUDIENCE: _("By audience"),
    SETTING: _("By setting"),
}
#: The key of an activity sub-total: campaign, reporter, audience and setting.
GROUP_KEYS = ("campaign_id", "regional_centre_id", "consular_post_id", "audience_id", "setting")
#: Approved consular distribution reports add their copies to this metric.
DISTRIBUTED = MetricKey.MATERIALS_DISTRIBUTED
SUBMITTED_STATUSES = (ReportingPeriod.Status.SUBMITTED, ReportingPeriod.Status.APPROVED)
SEMESTER_NAMES = dict(SEMESTER_CHOICES)


class RollupError(ValueError):
    """A period or plan that cannot be rolled up, with a message for the person who asked."""


# The period ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """One semester of a year, one year, or (no year) every year on record."""

    year: int | None = None
    semester: int | None = None

    def __post_init__(self):
        if self.semester is not None and self.year is None:
            raise RollupError(_("Choose a year for a semester."))
        if self.semester not in (None, 1, 2):
            raise RollupError(_("A semester is 1 (January–June) or 2 (July–December)."))

    @property
    def label(self):
        if self.year is None:
            return str(_("All years"))
        if self.semester is None:
            return str(self.year)
        return f"{SEMESTER_NAMES[self.semester]} {self.year}"

    @property
    def slug(self):
        """For file names: 2020, 2020-s2, all."""
        if self.year is None:
            return "all"
        return str(self.year) if self.semester is None else f"{self.year}-s{self.semester}"

    def q(self, prefix=""):
        """A filter on `<prefix>year` and `<prefix>semester`."""
        lookups = {}
        if self.year is not None:
            lookups[f"{prefix}year"] = self.year
        if self.semester is not None:
            lookups[f"{prefix}semester"] = self.semester
        return Q(**lookups)


def semester_end(year, semester):
    return datetime.date(year, 6, 30) if semester == 1 else datetime.date(year, 12, 31)


# Figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One metric over a set of activities (and, for materials, approved distribution reports).

    `value` is None when nothing was collected; for a ratio it is the fraction (0-1) and
    `numerator`/`denominator` are the summed counts it is made of.
    """

    kind: str
    value: int | Decimal | None
    activities: int = 0
    coverage: int = 0
    numerator: int | None = None
    denominator: int | None = None
    #: Copies from approved consular distribution reports, already included in `value`.
    from_reports: int | None = None
    reports: int = 0

    @property
    def is_ratio(self):
        return self.kind == "ratio"

    @property
    def collected(self):
        return self.value is not None

    @property
    def chart_value(self):
        """The number a bar shows: a count, or a percentage as 0-100."""
        if self.value is None:
            return 0
        return float(self.value) * 100 if self.is_ratio else float(self.value)


def _alias(metric, part):
    return f"{metric.key}__{part}"


def aggregates_for(metrics):
    """The SQL aggregates behind `metrics` (plus the activity count), keyed by alias.

    All of them add up across sub-totals; distinct campaigns are counted from the sub-totals'
    keys (see `Tally`).
    """
    aggregates = {"activities": Count("pk")}
    for metric in metrics:
        if metric.kind == "sum":
            aggregates[_alias(metric, "sum")] = Sum(metric.field)
            aggregates[_alias(metric, "n")] = Count(metric.field)
        elif metric.kind == "ratio":
            both = Q(**{f"{metric.field}__isnull": False, f"{metric.denominator}__isnull": False})
            aggregates[_alias(metric, "num")] = Sum(metric.field, filter=both)
            aggregates[_alias(metric, "den")] = Sum(metric.denominator, filter=both)
            aggregates[_alias(metric, "n")] = Count("pk", filter=both)
    return aggregates


def figure_from(metric, row):
    """The figure of `metric` from one aggregated row (None or {} for no activities)."""
    row = row or {}
    activities = row.get("activities") or 0
    if metric.kind == "activities":
        return Figure(metric.kind, activities, activities, activities)
    if metric.kind == "campaigns":
        return Figure(metric.kind, row.get("campaigns") or 0, activities, activities)
    coverage = row.get(_alias(metric, "n")) or 0
    if metric.kind == "sum":
        return Figure(metric.kind, row.get(_alias(metric, "sum")), activities, coverage)
    numerator, denominator = row.get(_alias(metric, "num")), row.get(_alias(metric, "den"))
    value = Decimal(numerator) / Decimal(denominator) if denominator else None
    return Figure(metric.kind, value, activities, coverage, numerator, denominator)


class Tally:
    """Activity sub-totals added up: sums stay None while every sub-total is None."""

    __slots__ = ("campaigns", "sums")

    def __init__(self):
        self.sums = {}
        self.campaigns = set()

    def add(self, row):
        for name, value in row.items():
            if name in GROUP_KEYS:
                continue
            if value is None:
                self.sums.setdefault(name, None)
            else:
                self.sums[name] = (self.sums.get(name) or 0) + value
        if row["activities"]:
            self.campaigns.add(row["campaign_id"])

    def row(self):
        return {**self.sums, "campaigns": len(self.campaigns)}


def with_reports(figure, quantity, reports):
    """`figure` plus copies from approved distribution reports."""
    if quantity is None:
        return figure
    value = quantity if figure.value is None else figure.value + quantity
    return replace(figure, value=value, from_reports=quantity, reports=reports)


# The result ---------------------------------------------------------------------------------


@dataclass
class Group:
    """One row of a breakdown: a reporter, an audience or a setting, and its figure."""

    key: tuple
    label: str
    #: "centre", "post", "reports" (a post's distribution reports), "audience", "setting".
    source: str
    figure: Figure


@dataclass
class IndicatorResult:
    action: object
    indicator: object
    metric: object
    figure: Figure
    breakdowns: dict = field(default_factory=dict)

    @property
    def has_breakdowns(self):
        return bool(self.figure.activities or self.figure.from_reports is not None)

    def breakdown_list(self):
        return [(DIMENSION_LABELS[name], self.breakdowns.get(name, [])) for name in DIMENSIONS]


@dataclass
class ActionResult:
    action: object
    activities: int
    indicators: list
    #: Indicators no reach metric feeds: reported by hand, listed so the layout is complete.
    unmeasured: list

    @property
    def rows(self):
        """(indicator, IndicatorResult or None) in the plan's order of indicators."""
        measured = {result.indicator.pk: result for result in self.indicators}
        everything = [result.indicator for result in self.indicators] + self.unmeasured
        everything.sort(key=lambda indicator: (indicator.position, indicator.pk))
        return [(indicator, measured.get(indicator.pk)) for indicator in everything]


@dataclass
class ObjectiveResult:
    objective: object
    actions: list


@dataclass
class Cell:
    year: int
    semester: int
    status: str
    due: bool

    @property
    def submitted(self):
        return self.status in SUBMITTED_STATUSES

    @property
    def missing(self):
        return self.due and not self.submitted

    @property
    def label(self):
        return f"{SEMESTER_NAMES[self.semester]} {self.year}"

    @property
    def status_label(self):
        return ReportingPeriod.Status(self.status).label


@dataclass
class ReporterStatus:
    key: tuple
    label: str
    source: str
    cells: list

    @property
    def missing(self):
        return [cell for cell in self.cells if cell.missing]


@dataclass
class Completeness:
    semesters: list
    reporters: list

    @property
    def not_submitted(self):
        return [reporter for reporter in self.reporters if reporter.missing]

    @property
    def semester_labels(self):
        return [f"{SEMESTER_NAMES[semester]} {year}" for year, semester in self.semesters]


@dataclass
class Rollup:
    plan: Plan
    period: Period
    approved_only: bool
    objectives: list
    completeness: Completeness
    #: Every activity linked to the plan counted once: {dimension: [Group of beneficiaries]}.
    overview: dict
    overview_total: Figure

    @property
    def actions(self):
        return [action for objective in self.objectives for action in objective.actions]

    def indicators(self):
        return [result for action in self.actions for result in action.indicators]


# Computing it -------------------------------------------------------------------------------


def plan_for(year=None):
    """The plan whose years cover `year`, else the latest plan; None when there is no plan."""
    plans = Plan.objects.order_by("-start_year", "code")
    if year is not None:
        covering = plans.filter(start_year__lte=year, end_year__gte=year).first()
        if covering is not None:
            return covering
    return plans.first()


def approved_activity_filter():
    """Activities inside an approved period of their centre or post."""
    approved = ReportingPeriod.objects.filter(
        status=ReportingPeriod.Status.APPROVED,
        year=OuterRef("year"),
        semester=OuterRef("semester"),
    )
    return Exists(approved.filter(regional_centre_id=OuterRef("regional_centre_id"))) | Exists(
        approved.filter(consular_post_id=OuterRef("consular_post_id"))
    )


class RollupBuilder:
    """Computes a `Rollup` in a fixed number of queries; `build()` runs them."""

    def __init__(self, plan=None, period=None, *, approved_only=False, today=None):
        self.period = period or Period()
        self.plan = plan if plan is not None else plan_for(self.period.year)
        if self.plan is None:
            raise RollupError(_("There is no action plan yet: load one with load_pna."))
        self.approved_only = approved_only
        self.today = today or timezone.localdate()

    def activities(self):
        queryset = Activity.objects.filter(self.period.q())
        if self.approved_only:
            queryset = queryset.filter(approved_activity_filter())
        return queryset

    def build(self):
        actions = list(
            Action.objects.filter(plan=self.plan)
            .select_related("objective__parent")
            .prefetch_related("indicators")
            .order_by("sort_key")
        )
        metrics = {
            indicator.metric_key: METRICS[indicator.metric_key]
            for action in actions
            for indicator in action.indicators.all()
            if indicator.metric_key in METRICS
        }
        action_ids = [action.pk for action in actions]
        links = CampaignPage.pna_actions.through.objects.filter(action_id__in=action_ids)
        actions_of = {}
        for campaign_id, action_id in links.values_list("campaignpage_id", "action_id"):
            actions_of.setdefault(campaign_id, []).append(action_id)
        subtotals = list(
            self.activities()
            .filter(campaign_id__in=links.values("campaignpage_id"))
            .values(*GROUP_KEYS)
            .annotate(**aggregates_for(metrics.values()))
            .order_by()
        )
        distribution = self._distribution(action_ids) if DISTRIBUTED in metrics else []
        semesters = self._semesters()
        labels = self._labels(subtotals, distribution, semesters)
        completeness = self._completeness(semesters, labels)

        # Per action (each activity once per action it feeds) and overall (each activity once).
        totals, by_action = {}, {name: {} for name in DIMENSIONS}
        overview_tallies = {name: {} for name in DIMENSIONS}
        for row in subtotals:
            keys = {name: _key(name, row) for name in DIMENSIONS}
            for name, key in keys.items():
                overview_tallies[name].setdefault(key, Tally()).add(row)
            for action_id in actions_of[row["campaign_id"]]:
                totals.setdefault(action_id, Tally()).add(row)
                for name, key in keys.items():
                    by_action[name].setdefault(action_id, {}).setdefault(key, Tally()).add(row)
        reports_by_action = {}
        for row in distribution:
            reports_by_action.setdefault(row["action"], []).append(row)

        objectives = {}
        for action in actions:
            result = self._action_result(
                action, metrics, totals.get(action.pk), by_action, reports_by_action, labels
            )
            objective = objectives.setdefault(
                action.objective_id, ObjectiveResult(action.objective, [])
            )
            objective.actions.append(result)

        beneficiaries = METRICS[MetricKey.BENEFICIARIES]
        overview = {
            name: sorted(
                (
                    Group(key, *labels[name][key], figure_from(beneficiaries, tally.row()))
                    for key, tally in tallies.items()
                ),
                key=_group_order,
            )
            for name, tallies in overview_tallies.items()
        }
        everything = Tally()
        for row in subtotals:
            everything.add(row)
        return Rollup(
            plan=self.plan,
            period=self.period,
            approved_only=self.approved_only,
            objectives=list(objectives.values()),
            completeness=completeness,
            overview=overview,
            overview_total=figure_from(beneficiaries, everything.row()),
        )

    # Queries ---------------------------------------------------------------------------------

    def _distribution(self, action_ids):
        """Copies in approved consular distribution reports, per PNA action and post."""
        rows = (
            DistributionLine.objects.filter(
                self.period.q("report__"),
                report__status=DistributionReport.Status.LOCKED,
                material__pna_actions__in=action_ids,
            )
            .values("material__pna_actions", "report__post_id")
            .annotate(quantity=Sum("quantity"), reports=Count("report", distinct=True))
            .order_by()
        )
        return [
            {
                "action": row["material__pna_actions"],
                "post": row["report__post_id"],
                "quantity": row["quantity"],
                "reports": row["reports"],
            }
            for row in rows
        ]

    def _semesters(self):
        """The semesters whose reporting the completeness panel shows."""
        if self.period.year is not None:
            semesters = (1, 2) if self.period.semester is None else (self.period.semester,)
            return [(self.period.year, semester) for semester in semesters]
        years = Activity.objects.aggregate(first=Min("year"), last=Max("year"))
        periods = ReportingPeriod.objects.aggregate(first=Min("year"), last=Max("year"))
        firsts = [year for year in (years["first"], periods["first"]) if year]
        lasts = [year for year in (years["last"], periods["last"]) if year]
        first = min(firsts) if firsts else self.plan.start_year
        last = max(lasts) if lasts else self.plan.end_year
        return [(year, semester) for year in range(first, last + 1) for semester in (1, 2)]

    def _labels(self, subtotals, distribution, semesters):
        """(label, source) per breakdown key, in three queries (centres, posts, audiences)."""
        first, last = semesters[0][0], semesters[-1][0]
        in_range = Q(year__gte=first, year__lte=last)
        post_ids = {row["consular_post_id"] for row in subtotals if row["consular_post_id"]}
        post_ids |= {row["post"] for row in distribution}
        posts = ConsularPost.objects.filter(
            Q(pk__in=post_ids)
            | Exists(Activity.objects.filter(in_range, consular_post_id=OuterRef("pk")))
            | Exists(ReportingPeriod.objects.filter(in_range, consular_post_id=OuterRef("pk")))
        ).order_by("name")
        audience_ids = {row["audience_id"] for row in subtotals}
        self.centres = list(RegionalCentre.objects.all())
        self.posts = list(posts)
        reporters = {("centre", c.pk): (str(c), "centre") for c in self.centres}
        reporters |= {("post", p.pk): (str(p), "post") for p in self.posts}
        reporters |= {
            ("reports", p.pk): (
                str(_("%(post)s (distribution reports)") % {"post": p}),
                "reports",
            )
            for p in self.posts
        }
        audiences = {
            ("audience", a.pk): (str(a), "audience")
            for a in Audience.objects.filter(pk__in=audience_ids)
        }
        audiences[("reports",)] = (str(_("Distribution reports (no audience)")), "reports")
        settings = {("setting", value): (str(label), "setting") for value, label in Setting.choices}
        settings[("reports",)] = (str(_("Distribution reports (no setting)")), "reports")
        return {REPORTER: reporters, AUDIENCE: audiences, SETTING: settings}

    def _completeness(self, semesters, labels):
        first, last = semesters[0][0], semesters[-1][0]
        statuses = {
            (row["regional_centre_id"], row["consular_post_id"], row["year"], row["semester"]): row[
                "status"
            ]
            for row in ReportingPeriod.objects.filter(year__gte=first, year__lte=last).values(
                "regional_centre_id", "consular_post_id", "year", "semester", "status"
            )
        }
        reporters = []
        for kind, records in (("centre", self.centres), ("post", self.posts)):
            for record in records:
                ids = (record.pk, None) if kind == "centre" else (None, record.pk)
                cells = [
                    Cell(
                        year,
                        semester,
                        statuses.get((*ids, year, semester), ReportingPeriod.Status.OPEN),
                        semester_end(year, semester) < self.today,
                    )
                    for year, semester in semesters
                ]
                key = (kind, record.pk)
                reporters.append(ReporterStatus(key, labels[REPORTER][key][0], kind, cells))
        return Completeness(semesters, reporters)

    # Assembling ------------------------------------------------------------------------------

    def _action_result(self, action, metrics, total, by_action, reports_by_action, labels):
        indicators, unmeasured = [], []
        reports = reports_by_action.get(action.pk, [])
        for indicator in action.indicators.all():
            metric = metrics.get(indicator.metric_key)
            if metric is None:
                unmeasured.append(indicator)
                continue
            figure = figure_from(metric, total.row() if total else None)
            breakdowns = {
                name: [
                    Group(key, *labels[name][key], figure_from(metric, tally.row()))
                    for key, tally in by_action[name].get(action.pk, {}).items()
                ]
                for name in DIMENSIONS
            }
            if metric.key == DISTRIBUTED and reports:
                quantity = sum(row["quantity"] for row in reports)
                count = sum(row["reports"] for row in reports)
                figure = with_reports(figure, quantity, count)
                empty = Figure(metric.kind, None)
                breakdowns[REPORTER] += [
                    Group(
                        ("reports", row["post"]),
                        *labels[REPORTER][("reports", row["post"])],
                        with_reports(empty, row["quantity"], row["reports"]),
                    )
                    for row in reports
                ]
                for name in (AUDIENCE, SETTING):
                    unrecorded = with_reports(empty, quantity, count)
                    breakdowns[name].append(
                        Group(("reports",), *labels[name][("reports",)], unrecorded)
                    )
            for name in DIMENSIONS:
                breakdowns[name].sort(key=_group_order)
            indicators.append(IndicatorResult(action, indicator, metric, figure, breakdowns))
        activities = (total.sums.get("activities") if total else 0) or 0
        return ActionResult(action, activities, indicators, unmeasured)


def _key(dimension, row):
    if dimension == REPORTER:
        if row["regional_centre_id"]:
            return ("centre", row["regional_centre_id"])
        return ("post", row["consular_post_id"])
    if dimension == AUDIENCE:
        return ("audience", row["audience_id"])
    return ("setting", row["setting"])


_SOURCE_ORDER = {"centre": 0, "post": 1, "reports": 2, "audience": 0, "setting": 0}


def _group_order(group):
    return (_SOURCE_ORDER.get(group.source, 3), group.label.casefold())


def build_rollup(plan=None, period=None, *, approved_only=False, today=None):
    """The roll-up of `plan` (default: the plan covering the period's year) over `period`."""
    return RollupBuilder(plan, period, approved_only=approved_only, today=today).build()
