"""Admin: the materials library (one form per material, its files per language inline) and the
language coverage grid, together under "Materials" in the menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import StatusFlagColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.frame.choosers import ChooserViewSet
from campaigns.frame.inputs import BoundedFilterSet
from campaigns.languages import registry

from .models import Material
from .views import CoverageView, can_see_materials


class MaterialFilterSet(BoundedFilterSet):
    class Meta:
        model = Material
        fields = ["type", "audiences"]


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "doc-full-inverse"
    menu_label = _("Materials")
    list_display = [
        "title",
        "type",
        "version",
        "review_by",
        StatusFlagColumn("is_withdrawn", label=_("Withdrawn"), true_label=_("Withdrawn")),
    ]
    # An audience id past the database's integers is "not a choice", not a 500.
    filterset_class = MaterialFilterSet
    chooser_viewset_class = ChooserViewSet
    # The title in any language, searched in the database: the search index holds one language.
    search_backend_name = None
    search_fields = ["key", *(f"title_{code}" for code in registry.language_codes())]
    copy_view_enabled = False


class CoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_materials(request.user)


class CoverageViewSet(ViewSet):
    """The coverage grid as a viewset, so it sits in the Materials menu next to the library."""

    name = "material_coverage"
    url_prefix = "materials/coverage"
    icon = "table"
    menu_label = _("Language coverage")
    menu_item_class = CoverageMenuItem

    def get_urlpatterns(self):
        return [path("", CoverageView.as_view(), name="index")]

    @property
    def menu_url(self):
        return reverse(self.get_url_name("index"))


class MaterialsViewSetGroup(SnippetViewSetGroup):
    items = (MaterialViewSet, CoverageViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Materials")
    menu_order = 320


register_snippet(MaterialsViewSetGroup)
