"""Where a scan leads: the material's page in the public catalogue, in the scan's language
or, when the material has no file in it, in the language a reader of it is offered first."""

from django.utils import translation
from wagtail.models import Site

from campaigns.materials.pages import MaterialCatalogPage


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def catalogue_page(request=None):
    """The live, public catalogue page, preferring the one in the request's site."""
    pages = MaterialCatalogPage.objects.live().public().order_by("path")
    site = _site(request)
    if site is not None:
        in_site = pages.descendant_of(site.root_page, inclusive=True).first()
        if in_site is not None:
            return in_site
    return pages.first()


def _page_url(page, language, request):
    if page is None:
        return None
    with translation.override(language):
        return page.get_url(request=request)


def home_url(language, request=None):
    """The site's home page in `language`, or the bare language prefix if there is no site."""
    site = _site(request) or Site.objects.filter(is_default_site=True).first()
    root = site.root_page if site is not None else None
    return _page_url(root, language, request) or f"/{language}/"


def catalogue_url(language, request=None):
    """The catalogue in `language`, or the home page when there is no catalogue page."""
    return _page_url(catalogue_page(request), language, request) or home_url(language, request)


def material_url(material, language, request=None):
    """The material's page in the catalogue (`<catalogue url><key>/`), else the home page."""
    catalogue = catalogue_page(request)
    if catalogue is not None:
        with translation.override(language):
            base = catalogue.get_url(request=request)
            if base:
                return catalogue.material_url(material, base=base)
    return home_url(language, request)


def file_language(material, language):
    """The language of the file a reader of `language` gets (theirs, a fallback, else the first
    in the site's order), or None when the material has no file at all."""
    shown = material.file_for(language)
    return shown.language if shown is not None else None
