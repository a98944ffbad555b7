"""Recording activities in the admin: a listing, forms and an inspect page with the audit trail.

Staff see and change only their own centre's (or post's) activities; another centre's activity is
refused with 403. An activity in an approved period can be inspected but not edited or deleted
until a coordinator reopens the period. Every save runs inside `acting_as(request.user)`, so the
audit trail names who changed which figure.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from campaigns.frame.inputs import BoundedFilterSet
from campaigns.materials.models import Material
from campaigns.posts.forms import language_name
from campaigns.posts.views.base import with_403
from campaigns.submissions.once import SentOnceMixin, settle, spend

from ..forms import ActivityForm
from ..models import Activity, FigureChange, PeriodLocked, acting_as
from ..models.activity import (
    FIGURE_FIELDS,
    SEMESTER_CHOICES,
    Setting,
    period_locked_message,
    recorded_twice_message,
)
from ..permissions import ReporterPermissionPolicy
from ..roles import acts_for_record, scoped
from . import ReachMenuItem

register_permission_policy(Activity, ReporterPermissionPolicy(Activity))


class ActivityFilterSet(BoundedFilterSet):
    year = django_filters.NumberFilter(label=_("Year"))
    semester = django_filters.ChoiceFilter(label=_("Semester"), choices=SEMESTER_CHOICES)
    setting = django_filters.ChoiceFilter(label=_("Setting"), choices=Setting.choices)

    class Meta:
        model = Activity
        fields = ["year", "semester", "setting", "regional_centre", "consular_post", "campaign"]


class ActingAsMixin:
    """Attribute every figure saved or deleted by the view to the signed-in user."""

    def dispatch(self, request, *args, **kwargs):
        with acting_as(request.user):
            return super().dispatch(request, *args, **kwargs)


class OwnActivityMixin:
    """Refuse (403) an activity reported by another centre or post."""

    def get_object(self, queryset=None):
        activity = super().get_object(queryset)
        if not acts_for_record(self.request.user, activity):
            raise PermissionDenied
        return activity


class OwnActivityHistoryMixin:
    """The same refusal for the history and usage screens (whose get_object takes no queryset)."""

    def get_object(self):
        activity = super().get_object()
        if not acts_for_record(self.request.user, activity):
            raise PermissionDenied
        return activity


class ActivityHistoryView(OwnActivityHistoryMixin, generic.HistoryView):
    pass


class ActivityUsageView(OwnActivityHistoryMixin, generic.UsageView):
    pass


class UnlessLockedMixin:
    """Back to the inspect page with the reason when the activity's period is approved."""

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        period = self.object.period()
        if period.is_locked:
            messages.error(request, period_locked_message(period))
            return redirect("reach_activities:inspect", self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class SavedOrLockedMixin:
    """A period approved, or the same activity saved by someone else, between opening the form
    and saving it: say so, keep the input."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except PeriodLocked as error:
            return self.refuse(form, None, error)
        except IntegrityError:
            twin = form.instance.recorded_twin()
            if twin is None:
                raise
            return self.refuse(form, "title", recorded_twice_message(twin))

    def refuse(self, form, field, error):
        form.add_error(field, error)
        # What Wagtail's is_valid() sets for a form that failed, and form_invalid() shows.
        self.produced_error_code = "validation_error"
        self.produced_error_message = self.get_error_message()
        return self.form_invalid(form)


class ActivityIndexView(generic.IndexView):
    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user).select_related(
            "campaign", "regional_centre", "consular_post"
        )


class ActivityCreateView(ActingAsMixin, SentOnceMixin, SavedOrLockedMixin, generic.CreateView):
    repeat_fallback = reverse_lazy("reach_activities:index")

    def save_instance(self):
        submission = spend(self.request)
        activity = super().save_instance()
        settle(submission, reverse("reach_activities:inspect", args=[activity.pk]))
        return activity


class ActivityEditView(
    ActingAsMixin, OwnActivityMixin, UnlessLockedMixin, SavedOrLockedMixin, generic.EditView
):
    pass


class ActivityDeleteView(ActingAsMixin, OwnActivityMixin, UnlessLockedMixin, generic.DeleteView):
    pass


class ActivityInspectView(OwnActivityMixin, generic.InspectView):
    template_name = "reach/activity_inspect.html"

    def get_object(self, queryset=None):
        activity = get_object_or_404(
            Activity.objects.select_related(
                "campaign", "regional_centre", "consular_post", "audience"
            ),
            pk=self.pk,
        )
        if not acts_for_record(self.request.user, activity):
            raise PermissionDenied
        return activity

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.object.period()
        context.update(
            activity=self.object,
            period=period,
            locked_message=period_locked_message(period) if period.is_locked else "",
            material_lines=self.object.material_lines.select_related("material").order_by("pk"),
            changes=labelled(
                FigureChange.objects.filter(activity_id=self.object.pk)
                .select_related("changed_by")
                .order_by("-changed_at", "-pk")[:200]
            ),
        )
        return context

    def get_field_display_value(self, field_name, field):
        if getattr(self.object, field_name, None) is None:
            # An empty figure was not collected; it is not "None" and not zero.
            return _("not collected") if field_name in FIGURE_FIELDS else "—"
        return super().get_field_display_value(field_name, field)

    def get_edit_url(self):
        if self.object.period().is_locked:
            return None
        return super().get_edit_url()

    def get_delete_url(self):
        if self.object.period().is_locked:
            return None
        return super().get_delete_url()


def labelled(changes):
    """The changes, each with a `label` naming its figure as the form does.

    Material lines are stored as `material:<id>:<language>`; they read as the material's title.
    """
    changes = list(changes)
    labels = {
        field.name: capfirst(field.verbose_name)
        for field in Activity._meta.get_fields()
        if hasattr(field, "verbose_name")
    }
    material_ids = {
        int(change.field.split(":")[1])
        for change in changes
        if change.field.startswith("material:")
    }
    materials = {material.pk: material for material in Material.objects.filter(pk__in=material_ids)}
    for change in changes:
        if change.field.startswith("material:"):
            _prefix, material_id, language = change.field.split(":")
            material = materials.get(int(material_id), material_id)
            change.label = _("Copies of %(material)s in %(language)s") % {
                "material": material,
                "language": language_name(language),
            }
        else:
            change.label = labels.get(change.field, change.field)
    return changes


def _count_panels(*names):
    return FieldRowPanel([FieldPanel(name) for name in names])


class ActivityViewSet(ModelViewSet):
    model = Activity
    name = "reach_activities"
    url_prefix = "reach/activities"
    icon = "group"
    add_to_admin_menu = False
    menu_label = _("Activities")
    index_view_class = ActivityIndexView
    add_view_class = ActivityCreateView
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    inspect_view_class = ActivityInspectView
    history_view_class = ActivityHistoryView
    usage_view_class = ActivityUsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ActivityFilterSet
    search_fields = ["title"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        TitleColumn("title", label=_("What took place"), url_name="reach_activities:inspect"),
        DateColumn("start_date", label=_("Date")),
        Column("reporter", label=_("Reported by")),
        Column("campaign", label=_("Campaign")),
        Column("get_setting_display", label=_("Setting")),
        Column("beneficiaries", label=_("Beneficiaries")),
    ]
    list_export = [
        "id",
        "campaign",
        "regional_centre",
        "consular_post",
        "title",
        "start_date",
        "end_date",
        "year",
        "semester",
        "setting",
        "county",
        "country",
        "venue_type",
        "audience",
        *FIGURE_FIELDS,
    ]
    export_filename = "activities"

    def get_edit_handler(self):
        panels = [
            MultiFieldPanel(
                [
                    FieldPanel("campaign", widget=forms.Select),
                    FieldPanel("title"),
                    FieldRowPanel(
                        [
                            FieldPanel("regional_centre", widget=forms.Select),
                            FieldPanel("consular_post", widget=forms.Select),
                        ]
                    ),
                    FieldPanel("audience", widget=forms.Select),
                ],
                heading=_("Activity"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                    FieldRowPanel([FieldPanel("setting"), FieldPanel("venue_type")]),
                    FieldRowPanel([FieldPanel("county"), FieldPanel("country")]),
                ],
                heading=_("When and where"),
            ),
            MultiFieldPanel(
                [
                    _count_panels("beneficiaries", "beneficiaries_minors", "beneficiaries_adults"),
                    _count_panels("hotline_referrals", "tollfree_calls", "calls_from_foreigners"),
                    _count_panels("potential_clients_informed"),
                ],
                heading=_("People reached"),
                help_text=_(
                    "Counts only: never names or other personal data. Leave a count empty if it "
                    "was not collected; 0 means none."
                ),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("materials_distributed"),
                    InlinePanel(
                        "material_lines", heading=_("By material"), label=_("material line")
                    ),
                ],
                heading=_("Materials distributed"),
            ),
            MultiFieldPanel(
                [
                    _count_panels("companies_involved", "companies_adopting_policies"),
                    _count_panels("associations_involved", "diplomatic_missions_involved"),
                ],
                heading=_("Partners involved"),
            ),
            MultiFieldPanel(
                [
                    _count_panels("social_posts", "social_likes", "social_shares"),
                    _count_panels("social_interactions", "social_unique_reach"),
                ],
                heading=_("Social media"),
            ),
            MultiFieldPanel(
                [
                    _count_panels("children_surveyed", "children_naming_two_risks"),
                    _count_panels("carers_surveyed", "carers_naming_three_indicators"),
                ],
                heading=_("Surveys after the activity"),
                help_text=_(
                    "How many were asked and how many answered well: the PNA percentages are "
                    "computed from these counts."
                ),
            ),
            MultiFieldPanel(
                [_count_panels("training_sessions", "teachers_trained")],
                heading=_("Training"),
            ),
        ]
        return ObjectList(panels, base_form_class=ActivityForm).bind_to_model(self.model)

    def get_urlpatterns(self):
        return with_403(super().get_urlpatterns())


activity_viewset = ActivityViewSet()


@hooks.register("register_admin_viewset")
def register_activity_viewset():
    return activity_viewset


@hooks.register("register_reach_menu_item")
def register_activities_menu_item():
    return ReachMenuItem(
        _("Activities"), reverse("reach_activities:index"), icon_name="group", order=100
    )


__all__ = ["ActivityViewSet"]
