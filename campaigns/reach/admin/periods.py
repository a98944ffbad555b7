"""Review of reporting periods: a centre (or post) submits a semester, a coordinator approves it,
which locks its activities, or sends it back with a note; only a coordinator reopens an approved
period, and says why. Every step is kept in the period's history and e-mailed to the other side.
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton

from campaigns.pages.roles import is_coordinator
from campaigns.posts.models import ConsularPost
from campaigns.posts.views.base import PostOnlyMixin, PostsView, with_403
from campaigns.taxonomy.models import RegionalCentre

from ..models import Activity, ReportingPeriod
from ..models.activity import FIGURE_FIELDS
from ..models.period import SEMESTER_CHOICES, semester_of
from ..notifications import notify_on_commit
from ..roles import acts_for, acts_for_record, may_report, may_review, scoped
from . import ReachMenuItem

PERIODS_INDEX = reverse_lazy("reach_periods:index")
#: The figures a period's page totals; the rest are in the roll-up.
PERIOD_TOTALS = (
    "beneficiaries",
    "materials_distributed",
    "hotline_referrals",
    "tollfree_calls",
    "social_interactions",
)


def _activities_of(period_ref):
    """Activities of the period referred to by `period_ref` (an OuterRef-like accessor)."""
    return Activity.objects.filter(
        year=period_ref("year"),
        semester=period_ref("semester"),
    ).filter(
        Q(regional_centre=period_ref("regional_centre"), regional_centre__isnull=False)
        | Q(consular_post=period_ref("consular_post"), consular_post__isnull=False)
    )


def periods_for(user):
    """The periods `user` may see, each with its number of activities and beneficiaries."""
    activities = _activities_of(OuterRef).order_by().values("year")
    count = activities.annotate(n=Count("pk")).values("n")
    beneficiaries = activities.annotate(total=Sum("beneficiaries")).values("total")
    return (
        scoped(ReportingPeriod.objects.all(), user)
        .select_related("regional_centre", "consular_post", "submitted_by", "approved_by")
        .annotate(
            activity_count=Coalesce(
                Subquery(count, output_field=IntegerField()), Value(0), output_field=IntegerField()
            ),
            beneficiaries_total=Subquery(beneficiaries, output_field=IntegerField()),
        )
    )


def reporter_choices(user):
    """("centre:<id>" | "post:<id>", name) for the centres and posts `user` reports for."""
    centres = RegionalCentre.objects.order_by("name")
    posts = ConsularPost.objects.order_by("name")
    if not is_coordinator(user):
        centres = centres.filter(staff=user)
        posts = posts.filter(staff=user)
    return [(f"centre:{c.pk}", c.name) for c in centres] + [(f"post:{p.pk}", p.name) for p in posts]


def reporter_lookup(value):
    kind, _sep, pk = value.partition(":")
    if kind == "centre":
        return {"regional_centre_id": int(pk), "consular_post_id": None}
    return {"regional_centre_id": None, "consular_post_id": int(pk)}


class PeriodFilterForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any")), *ReportingPeriod.Status.choices],
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        choices = reporter_choices(user)
        if len(choices) > 1:
            self.fields["reporter"] = forms.ChoiceField(
                label=_("Centre or post"), required=False, choices=[("", _("Any")), *choices]
            )

    def apply(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data.get("year"):
            queryset = queryset.filter(year=data["year"])
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("reporter"):
            queryset = queryset.filter(**reporter_lookup(data["reporter"]))
        return queryset


class SubmitSemesterForm(forms.Form):
    """Submit a semester by name, also one in which nothing was recorded ("nothing to report")."""

    reporter = forms.ChoiceField(label=_("Centre or post"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    semester = forms.TypedChoiceField(label=_("Semester"), choices=SEMESTER_CHOICES, coerce=int)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["reporter"].choices = reporter_choices(user)
        today = timezone.localdate()
        self.initial.setdefault("year", today.year)
        self.initial.setdefault("semester", semester_of(today))

    def clean(self):
        data = super().clean()
        if data.get("year") and data.get("semester"):
            first_day = datetime.date(data["year"], 1 if data["semester"] == 1 else 7, 1)
            if first_day > timezone.localdate():
                raise ValidationError(_("A semester that has not started cannot be submitted."))
        return data


class PeriodsView(PostsView):
    admits = staticmethod(may_report)
    header_icon = "date"
    index_url = PERIODS_INDEX
    index_label = _("Reporting periods")


class PeriodIndexView(PeriodsView):
    template_name = "reach/period_index.html"
    page_title = _("Reporting periods")
    index_url = None

    def get_header_buttons(self):
        return [
            HeaderButton(_("Submit a semester"), reverse("reach_periods:add"), icon_name="upload")
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        filters = PeriodFilterForm(self.request.GET or None, user=user)
        periods = filters.apply(periods_for(user)).order_by(
            "-year", "-semester", "regional_centre__name", "consular_post__name"
        )
        awaiting = (
            periods_for(user).filter(status=ReportingPeriod.Status.SUBMITTED).count()
            if may_review(user)
            else 0
        )
        context.update(filter_form=filters, awaiting=awaiting, **self.paginate(periods))
        return context


class PeriodObjectMixin:
    """The period `pk`, if the user reports for it or is a coordinator (else 403)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.period = get_object_or_404(
            ReportingPeriod.objects.select_related("regional_centre", "consular_post"),
            pk=kwargs["pk"],
        )
        if not acts_for_record(request.user, self.period):
            raise PermissionDenied

    def get_success_url(self):
        return reverse("reach_periods:detail", args=[self.period.pk])


class PeriodDetailView(PeriodObjectMixin, PeriodsView):
    template_name = "reach/period_detail.html"

    def get_page_title(self):
        return str(self.period)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period, user = self.period, self.request.user
        activities = Activity.objects.filter(
            year=period.year,
            semester=period.semester,
            regional_centre_id=period.regional_centre_id,
            consular_post_id=period.consular_post_id,
        )
        sums = activities.aggregate(
            activity_count=Count("pk"), **{name: Sum(name) for name in PERIOD_TOTALS}
        )
        labels = {name: Activity._meta.get_field(name).verbose_name for name in FIGURE_FIELDS}
        reporter = (
            f"regional_centre={period.regional_centre_id}"
            if period.regional_centre_id
            else f"consular_post={period.consular_post_id}"
        )
        Status = ReportingPeriod.Status
        own = acts_for_record(user, period)
        context.update(
            period=period,
            activity_count=sums.pop("activity_count"),
            totals=[(labels[name], sums[name]) for name in PERIOD_TOTALS],
            activities_url=(
                f"{reverse('reach_activities:index')}?year={period.year}"
                f"&semester={period.semester}&{reporter}"
            ),
            transitions=period.transitions.select_related("by").order_by("-at", "-pk"),
            can_submit=own and period.status == Status.OPEN and period.pk is not None,
            can_review=may_review(user) and period.status == Status.SUBMITTED,
            can_reopen=may_review(user) and period.status == Status.APPROVED,
        )
        return context


class SubmitSemesterView(PeriodsView):
    template_name = "reach/period_submit.html"
    page_title = _("Submit a semester")

    def get(self, request):
        return self.render_to_response(
            self.get_context_data(form=SubmitSemesterForm(user=request.user))
        )

    def post(self, request):
        form = SubmitSemesterForm(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        lookup = reporter_lookup(data["reporter"])
        if not acts_for(
            request.user,
            regional_centre_id=lookup["regional_centre_id"],
            consular_post_id=lookup["consular_post_id"],
        ):
            raise PermissionDenied
        with transaction.atomic():
            period, _created = ReportingPeriod.objects.select_for_update().get_or_create(
                year=data["year"], semester=data["semester"], **lookup
            )
            try:
                period.submit(request.user)
            except ValidationError as error:
                form.add_error(None, error)
                return self.render_to_response(self.get_context_data(form=form))
            notify_on_commit(period, "submitted")
        messages.success(request, SubmitPeriodView.success_message % {"period": str(period)})
        return redirect("reach_periods:detail", period.pk)


class TransitionView(PeriodObjectMixin, PostOnlyMixin, PeriodsView):
    """One step of the review; a refused step comes back as a message, nothing changed."""

    reviewers_only = True
    event = ""
    success_message = ""

    def post(self, request, pk):
        if self.reviewers_only and not may_review(request.user):
            raise PermissionDenied
        note = request.POST.get("note", "").strip()
        try:
            with transaction.atomic():
                self.transition(self.period, request.user, note)
                notify_on_commit(self.period, self.event, note)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(self.get_success_url())
        messages.success(request, self.success_message % {"period": str(self.period)})
        return redirect(self.get_success_url())


class SubmitPeriodView(TransitionView):
    reviewers_only = False
    event = "submitted"
    success_message = _("%(period)s was submitted to the national coordinators.")

    def transition(self, period, user, note):
        period.submit(user)


class ApprovePeriodView(TransitionView):
    event = "approved"
    success_message = _("%(period)s was approved; its activities are locked.")

    def transition(self, period, user, note):
        period.approve(user)


class SendBackPeriodView(TransitionView):
    event = "sent_back"
    success_message = _("%(period)s was sent back for corrections.")

    def transition(self, period, user, note):
        if not note:
            raise ValidationError(_("Say what needs correcting."))
        period.send_back(user, note=note)


class ReopenPeriodView(TransitionView):
    event = "reopened"
    success_message = _("%(period)s was reopened; its activities can be changed again.")

    def transition(self, period, user, note):
        period.reopen(user, note=note)


class PeriodViewSet(ViewSet):
    name = "reach_periods"
    url_prefix = "reach/periods"
    icon = "date"
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return with_403(
            [
                path("", PeriodIndexView.as_view(), name="index"),
                path("submit/", SubmitSemesterView.as_view(), name="add"),
                path("<int:pk>/", PeriodDetailView.as_view(), name="detail"),
                path("<int:pk>/submit/", SubmitPeriodView.as_view(), name="submit"),
                path("<int:pk>/approve/", ApprovePeriodView.as_view(), name="approve"),
                path("<int:pk>/send-back/", SendBackPeriodView.as_view(), name="send_back"),
                path("<int:pk>/reopen/", ReopenPeriodView.as_view(), name="reopen"),
            ]
        )


@hooks.register("register_admin_viewset")
def register_period_viewset():
    return PeriodViewSet()


@hooks.register("register_reach_menu_item")
def register_periods_menu_item():
    return ReachMenuItem(
        _("Reporting periods"), reverse("reach_periods:index"), icon_name="date", order=200
    )
