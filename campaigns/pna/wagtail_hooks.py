"""Admin for the action plan: coordinators correct or extend the plan without a release."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Action, Indicator, Objective, Plan


class PlanViewSet(ModelViewSet):
    model = Plan
    name = "pna_plan"
    url_prefix = "pna/plans"
    icon = "list-ol"
    menu_label = _("Plans")
    list_display = ["code", "__str__", "start_year", "end_year"]
    search_fields = ["code", "title_ro", "title_en"]
    copy_view_enabled = False
    inspect_view_enabled = True


class ObjectiveViewSet(ModelViewSet):
    model = Objective
    name = "pna_objective"
    url_prefix = "pna/objectives"
    icon = "list-ol"
    menu_label = _("Objectives")
    list_display = ["listing_title", "kind", "plan"]
    list_filter = ["plan", "kind"]
    search_fields = ["code", "text_ro", "text_en"]
    copy_view_enabled = False
    inspect_view_enabled = True


class ActionViewSet(ModelViewSet):
    model = Action
    name = "pna_action"
    url_prefix = "pna/actions"
    icon = "list-ol"
    menu_label = _("Actions")
    list_display = ["listing_title", "implementation_period", "evaluation_stage", "plan"]
    list_filter = ["plan", "objective", "evaluation_stage"]
    search_fields = ["code", "text_ro", "text_en", "responsible_institutions"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    name = "pna_indicator"
    url_prefix = "pna/indicators"
    icon = "list-ol"
    menu_label = _("Indicators")
    list_display = ["wording_ro", "action", "kind", "metric_key"]
    list_filter = ["action__plan", "kind", "metric_key"]
    search_fields = ["wording_ro", "wording_en", "action__code"]
    list_per_page = 50
    # Positions count within one action and are set on the action's form, not across the list.
    sort_order_field = None
    copy_view_enabled = False
    inspect_view_enabled = True
    # Unlike the inline rows on the action's form, a lone indicator names its action and position.
    panels = [FieldPanel("action"), FieldPanel("position"), *Indicator.panels]


class PnaViewSetGroup(ModelViewSetGroup):
    menu_label = _("National Action Plan")
    menu_icon = "list-ol"
    menu_order = 310
    items = (PlanViewSet, ObjectiveViewSet, ActionViewSet, IndicatorViewSet)


@hooks.register("register_admin_viewset")
def register_pna_viewsets():
    return PnaViewSetGroup()
