"""Template tags for the language switcher, hreflang alternates and labelled fallback text."""

from babel.dates import format_date
from django import template
from django.core.cache import cache
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from .. import registry
from ..fallback import shown_language

register = template.Library()


def _url_in(language_code, page, request, subpath=""):
    with translation.override(language_code):
        if page is not None:
            url = page.get_url(request=request)
            return url + subpath if url else url
        return translate_url(request.get_full_path(), language_code)


def _routed_subpath(page, request):
    """What follows the page's own address in this request: a routable page's sub-route
    (a material's `<key>/` under the catalogue), kept in every language's link."""
    if page is None:
        return ""
    own_url = page.get_url(request=request) or ""
    path = request.path
    return path[len(own_url) :] if own_url and path.startswith(own_url) else ""


def warm_site_root_paths():
    """Fill wagtail-modeltranslation's per-language cache of the sites' root paths in one query.

    Each language's page URL needs the root paths in that language; left to the library, a cold
    cache costs one query per language (18 for the switcher).
    """
    from wagtail.models import Site

    keys = {
        language.code: f"wagtail_site_root_paths_{language.code}"
        for language in registry.all_languages()
    }
    if len(cache.get_many(keys.values())) == len(keys):
        return
    sites = list(Site.objects.select_related("root_page", "root_page__locale"))
    values = {}
    for code, key in keys.items():
        with translation.override(code):
            rows = [
                (
                    site.id,
                    site.root_page.url_path,
                    site.root_url,
                    site.root_page.locale.language_code,
                )
                for site in sites
            ]
        values[key] = sorted(rows, key=lambda row: row[1], reverse=True)
    cache.set_many(values, 3600)


@register.simple_tag(takes_context=True)
def language_alternates(context, page=None):
    """One (language, url) pair per content language, for the switcher and hreflang links.

    Computed once per request and page: the head and the switcher both need it.
    """
    request = context.get("request")
    if request is None:
        return []
    page = page if page is not None else context.get("page")
    cache = request.__dict__.setdefault("_language_alternates", {})
    key = page.pk if page is not None else None
    if key not in cache:
        if page is not None:
            warm_site_root_paths()
        subpath = _routed_subpath(page, request)
        cache[key] = [
            (language, _url_in(language.code, page, request, subpath))
            for language in registry.all_languages()
        ]
    return cache[key]


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag
def shown_in(instance, field_name):
    """The ShownLanguage of a translated field, for the fallback notice."""
    return shown_language(instance, field_name)


@register.simple_tag
def lang_attrs(instance, field_name):
    """` lang=".." dir=".."` on an element whose text is a fallback, else nothing."""
    shown = shown_language(instance, field_name)
    if not shown.is_fallback:
        return ""
    return format_html(' lang="{}" dir="{}"', shown.shown.code, shown.shown.direction)


@register.simple_tag
def language_name_in(language, reader_code):
    """`language`'s name as a reader of `reader_code` would write it."""
    return language.name_in(reader_code)


@register.filter
def local_date(value, style="long"):
    """A date written as the active language writes it, from CLDR (Django lacks e.g. Filipino)."""
    if not value:
        return ""
    return format_date(value, format=style, locale=registry.current().babel_locale)


@register.simple_tag
def language_name(code):
    """A language's own name for its code (e.g. "ne" -> "नेपाली"), with `lang` left to the caller."""
    try:
        return registry.get(code).native_name
    except KeyError:
        return code
