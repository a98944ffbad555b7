"""The coverage grid: which material exists in which language, at a glance.

Coordinators plan translations and print runs from it: a row per material, a column per content
language, a tick and the kind of file where a language version exists.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from campaigns.languages import registry
from campaigns.taxonomy.models import Audience

from .models import Material, MaterialFile

permission_policy = ModelPermissionPolicy(Material)
MATERIAL_PERMISSIONS = ["add", "change", "delete", "view"]


def can_see_materials(user):
    return permission_policy.user_has_any_permission(user, MATERIAL_PERMISSIONS)


class CoverageFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False)
    audience = forms.ModelChoiceField(
        label=_("Audience"),
        queryset=Audience.objects.all(),
        to_field_name="key",
        required=False,
        empty_label=_("All audiences"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All types")), *Material.Type.choices]


class CoverageView(WagtailAdminTemplateMixin, TemplateView):
    """Materials by content language; two queries whatever the number of materials."""

    template_name = "materials/admin/coverage.html"
    page_title = _("Language coverage")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_materials(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = CoverageFilterForm(self.request.GET)
        filters.is_valid()
        materials = Material.objects.prefetch_related(
            Prefetch("files", queryset=MaterialFile.objects.only("material_id", "language", "kind"))
        ).order_by("key")
        if kind := filters.cleaned_data.get("type"):
            materials = materials.filter(type=kind)
        if audience := filters.cleaned_data.get("audience"):
            materials = materials.filter(audiences=audience)
        languages = registry.all_languages()
        kind_labels = dict(MaterialFile.Kind.choices)
        rows = []
        totals = dict.fromkeys((language.code for language in languages), 0)
        for material in materials:
            files = {item.language: item for item in material.files.all()}
            cells = []
            for language in languages:
                item = files.get(language.code)
                cells.append(
                    {
                        "language": language,
                        "kind": item.kind if item else "",
                        "kind_label": kind_labels.get(item.kind, item.kind) if item else "",
                    }
                )
                if item and not material.is_withdrawn:
                    totals[language.code] += 1
            rows.append({"material": material, "cells": cells, "count": len(files)})
        context.update(
            filter_form=filters,
            languages=languages,
            rows=rows,
            totals=[totals[language.code] for language in languages],
        )
        return context
