"""The PNA roll-up screen: every action's indicators for a year, a semester or all years, with
breakdowns, charts, the completeness of reporting, and XLSX/CSV exports. Coordinators only:
anyone else is refused with 403."""

from functools import wraps

from django import forms
from django.db.models import Max, Min
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from campaigns.pna.models import Plan

from .. import rollup_export
from ..charts import bar_chart
from ..models import Activity
from ..models.period import SEMESTER_CHOICES
from ..roles import may_review
from ..rollup import AUDIENCE, DIMENSIONS, REPORTER, SETTING, Period, RollupError, build_rollup

PAGE_TITLE = _("PNA roll-up")
HEADER_ICON = "table"
ALL_YEARS = "all"
CHART_TITLES = {
    REPORTER: _("Beneficiaries by reporter"),
    AUDIENCE: _("Beneficiaries by audience"),
    SETTING: _("Beneficiaries by setting"),
}
GROUP_HEADINGS = {REPORTER: _("Centre or post"), AUDIENCE: _("Audience"), SETTING: _("Setting")}


def forbidden(request):
    return TemplateResponse(
        request,
        "reach/rollup_forbidden.html",
        {"page_title": PAGE_TITLE, "header_title": _("Access denied"), "header_icon": "site"},
        status=403,
    )


def coordinators_only(view):
    """National coordinators (and superusers); other admin users get a 403, not the dashboard."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may_review(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


def year_choices():
    """Every year with activities or covered by a plan, and the current year, newest first."""
    activities = Activity.objects.aggregate(first=Min("year"), last=Max("year"))
    plans = Plan.objects.aggregate(first=Min("start_year"), last=Max("end_year"))
    current = timezone.localdate().year
    years = [current, *(year for year in (*activities.values(), *plans.values()) if year)]
    return list(range(max(years), min(years) - 1, -1)), activities["last"]


class RollupForm(forms.Form):
    plan = forms.ModelChoiceField(
        label=_("Action plan"),
        queryset=Plan.objects.order_by("-start_year", "code"),
        required=False,
        empty_label=_("The plan covering the year"),
    )
    year = forms.ChoiceField(label=_("Year"))
    semester = forms.TypedChoiceField(
        label=_("Semester"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Whole year")), *SEMESTER_CHOICES],
    )
    approved_only = forms.BooleanField(
        label=_("Approved periods only"),
        required=False,
        help_text=_("Leave unticked to count every recorded activity."),
    )

    def __init__(self, data=None, **kwargs):
        years, latest = year_choices()
        current = timezone.localdate().year
        self.default_year = min(latest, current) if latest else current
        if data is None or "year" not in data:
            data = {**(data.dict() if data is not None else {}), "year": str(self.default_year)}
        super().__init__(data, **kwargs)
        self.fields["year"].choices = [(ALL_YEARS, _("All years")), *[(y, y) for y in years]]

    def clean(self):
        cleaned = super().clean()
        year = cleaned.get("year")
        if year == ALL_YEARS and cleaned.get("semester"):
            self.add_error("semester", _("Choose a year to see one semester."))
        return cleaned

    def period(self):
        year = self.cleaned_data["year"]
        if year == ALL_YEARS:
            return Period()
        return Period(int(year), self.cleaned_data.get("semester"))

    def rollup(self):
        """The roll-up asked for, or None with the reason added to the form's errors."""
        if not self.is_valid():
            return None
        try:
            return build_rollup(
                self.cleaned_data.get("plan"),
                self.period(),
                approved_only=self.cleaned_data.get("approved_only", False),
            )
        except RollupError as error:
            self.add_error(None, error.args[0])
            return None


class RollupView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reach/rollup.html"
    page_title = PAGE_TITLE
    header_icon = HEADER_ICON

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = RollupForm(self.request.GET or None)
        rollup = form.rollup()
        query = self.request.GET.urlencode()
        suffix = f"?{query}" if query else ""
        context.update(
            form=form,
            rollup=rollup,
            show_romanian=translation.get_language() != "ro",
            xlsx_url=reverse("reach_rollup:xlsx") + suffix,
            csv_url=reverse("reach_rollup:csv") + suffix,
        )
        if rollup is not None:
            context["charts"] = [
                bar_chart(
                    f"chart-{name}", CHART_TITLES[name], GROUP_HEADINGS[name], rollup.overview[name]
                )
                for name in DIMENSIONS
            ]
        return context


def _export(request, extension, content_type, render):
    form = RollupForm(request.GET or None)
    language = rollup_export.export_language(request.GET.get("lang"))
    with translation.override(language):
        rollup = form.rollup()
        if rollup is None:
            message = "; ".join(str(error) for errors in form.errors.values() for error in errors)
            return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
        content = render(rollup, language)
    response = HttpResponse(content, content_type=content_type)
    name = rollup_export.filename(rollup, extension)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@coordinators_only
def export_xlsx(request):
    return _export(
        request,
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        rollup_export.xlsx_bytes,
    )


@coordinators_only
def export_csv(request):
    return _export(request, "csv", "text/csv; charset=utf-8", rollup_export.csv_text)


class RollupViewSet(ViewSet):
    name = "reach_rollup"
    url_prefix = "reach/rollup"
    icon = HEADER_ICON
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            path("", coordinators_only(RollupView.as_view()), name="index"),
            path("export.xlsx", export_xlsx, name="xlsx"),
            path("export.csv", export_csv, name="csv"),
        ]


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return may_review(request.user)


@hooks.register("register_admin_viewset")
def register_rollup_viewset():
    return RollupViewSet()


@hooks.register("register_reach_menu_item")
def register_rollup_menu_item():
    return ReviewerMenuItem(
        PAGE_TITLE, reverse("reach_rollup:index"), icon_name=HEADER_ICON, order=400
    )
