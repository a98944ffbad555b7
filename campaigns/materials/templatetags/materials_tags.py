"""Template tags that put materials on other pages (a campaign's downloads) in fixed queries."""

from django import template

from campaigns.languages import registry

from ..models import Material
from ..pages import MaterialCatalogPage

register = template.Library()


def catalogue_page(request):
    """The live catalogue page, looked up once per request (None when there is none)."""
    cache = request.__dict__ if request is not None else {}
    if "_material_catalogue" not in cache:
        cache["_material_catalogue"] = MaterialCatalogPage.objects.live().public().first()
    return cache["_material_catalogue"]


@register.simple_tag(takes_context=True)
def campaign_materials(context, campaign):
    """The campaign's current materials, each with `shown_files` and `url` (its catalogue page)."""
    request = context.get("request")
    materials = list(Material.objects.for_public().filter(campaigns=campaign).order_by("key"))
    if not materials:
        return []
    language_code = registry.current().code
    catalogue = catalogue_page(request)
    base = catalogue.get_url(request=request) if catalogue is not None else None
    for material in materials:
        material.shown_files = material.files_in_order(first=language_code)
        material.url = catalogue.material_url(material, base=base) if base else ""
    return materials
