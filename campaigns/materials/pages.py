"""The public catalogue of materials: one page with a filtered listing and a page per material.

A routable page rather than a page per material: materials are snippets edited in one place
(with their files per language), and the catalogue shows them in every interface language
without an editor creating 18 pages.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from campaigns.languages import registry
from campaigns.languages.fallback import shown_language
from campaigns.pages.models import BasePage, CampaignPage
from campaigns.taxonomy.models import Audience, ExploitationForm

from .models import Material


class MaterialCatalogPage(RoutablePageMixin, BasePage):
    """Every current material, filterable by audience, language, type and topic, to download."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1
    template = "materials/material_catalog_page.html"
    detail_template = "materials/material_detail.html"

    class Meta:
        verbose_name = _("materials catalogue")

    def public_materials(self):
        return Material.objects.for_public().order_by("key")

    def material_url(self, material, request=None, base=None):
        """The material's address in the active language (`base`: this page's, if known)."""
        base = base if base is not None else self.get_url(request=request)
        return base + self.reverse_subpage("material", kwargs={"key": material.key})

    def static_subpaths(self):
        """Sub-routes written as static files with the listing: each current material's page.

        The filtered listings (query strings) are left to Django.
        """
        return [
            self.reverse_subpage("material", kwargs={"key": key})
            for key in self.public_materials().values_list("key", flat=True)
        ]

    def serve_preview(self, request, mode_name):
        """The listing, rendered in the language chosen in the editor's preview menu.

        BasePage's preview renders the page's template without routing; the listing needs the
        index route.
        """
        language = mode_name if mode_name in registry.language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.index_route(request)
            response.render()
            return response

    @staticmethod
    def _arrange(materials, language_code):
        """Give each material its files in display order and the file its card shows."""
        for material in materials:
            material.shown_files = material.files_in_order(first=language_code)
            material.preview_file = material.file_for(language_code)
        return materials

    @path("", name="index")
    def index_route(self, request):
        materials = self.public_materials()
        selected = {
            "audience": request.GET.get("audience", ""),
            "language": request.GET.get("language", ""),
            "type": request.GET.get("type", ""),
            "topic": request.GET.get("topic", ""),
        }
        if selected["audience"]:
            materials = materials.filter(audiences__key=selected["audience"])
        if selected["topic"]:
            materials = materials.filter(exploitation_forms__key=selected["topic"])
        if selected["type"]:
            materials = materials.filter(type=selected["type"])
        if selected["language"]:
            # An unknown language matches nothing rather than everything.
            materials = materials.with_file_in(selected["language"])
        language_code = registry.current().code
        materials = self._arrange(list(materials.distinct()), language_code)
        base = self.get_url(request=request)
        for material in materials:
            material.url = self.material_url(material, base=base)
        return self.render(
            request,
            context_overrides={
                "materials": materials,
                "selected": selected,
                "audiences": Audience.objects.all(),
                "exploitation_forms": ExploitationForm.objects.all(),
                "types": Material.Type.choices,
                "filter_languages": registry.all_languages(),
            },
        )

    @path("<slug:key>/", name="material")
    def material_route(self, request, key):
        materials = self.public_materials().prefetch_related(
            # Only campaigns a visitor can open.
            _campaigns_prefetch()
        )
        material = materials.filter(key=key).first()
        if material is None:
            raise Http404
        language_code = registry.current().code
        self._arrange([material], language_code)
        return self.render(
            request,
            template=self.detail_template,
            context_overrides={
                "material": material,
                "catalogue_url": self.get_url(request),
                "shown": _shown_language(material),
            },
        )


def _shown_language(material):
    """The language the material's text is shown in, for the fallback notice."""
    description = shown_language(material, "description")
    return description if description.is_fallback else shown_language(material, "title")


def _campaigns_prefetch():
    return Prefetch(
        "campaigns",
        queryset=CampaignPage.objects.live().public().order_by("-start_date", "path"),
        to_attr="live_campaigns",
    )
