"""Short links printed as QR codes: count the scan, then send the reader on in their language.

Nothing about the person is read or kept: these views never touch the session, the user, the
address or the user agent, set no cookie and log nothing. A scan is one more in the day's
count for its material, language and post.
"""

from contextlib import nullcontext
from functools import wraps

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import get_resolver, get_urlconf
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_safe

from campaigns.languages import registry
from campaigns.materials.models import Material
from campaigns.posts.models import ConsularPost

from . import images, links, targets
from .models import ScanCount

IMAGE_TYPES = {"png": "image/png", "svg": "image/svg+xml"}
IMAGE_MAX_AGE = 24 * 60 * 60


def _short_link(view):
    """What every /q/ view shares: GET or HEAD only, and the reader's language.

    The view runs in the language the address names (when it is a content language), so the
    404, 410 and their Content-Language speak it; the 404 is rendered here rather than by
    Django so that the view can still add its headers.

    It also tells LocaleMiddleware these addresses carry no language prefix: otherwise that
    answers any 404 under /q/ with a redirect to /<visitor's language>/q/..., which Wagtail
    then answers with a second 404. The URLconf named here has no i18n_patterns; it only
    affects the response phase, as the view is already resolved.
    """

    @require_safe
    @wraps(view)
    def wrapped(request, key, language, *args, **kwargs):
        request.urlconf = "campaigns.qr.urls"
        known = language in registry.language_codes()
        with translation.override(language) if known else nullcontext():
            try:
                response = view(request, key, language, *args, **kwargs)
            except Http404 as exception:
                response = _not_found(request, exception)
        if known:
            response["Content-Language"] = language
        return response

    return wrapped


def _not_found(request, exception):
    # The project's own 404 page (its handler404).
    return get_resolver(get_urlconf()).resolve_error_handler(404)(request, exception=exception)


def _resolve(key, language, post_code):
    """The material and post a short link names; 404 if it or the language is unknown."""
    if language not in registry.language_codes():
        raise Http404("Unknown language")
    material = Material.objects.filter(key=key).first()
    if material is None:
        raise Http404("Unknown material")
    post = None
    if post_code is not None:
        post = ConsularPost.objects.filter(code=post_code).first()
        if post is None:
            raise Http404("Unknown post")
    return material, post


def _withdrawn(request, material, language):
    """410 Gone in the reader's language, pointing to the materials still in use."""
    # The language switcher translates the current URL, which here names its language
    # itself; give it this notice in each language instead (see languages_tags).
    request._language_alternates = {
        None: [
            (other, links.short_path(material, other.code)) for other in registry.all_languages()
        ]
    }
    context = {
        "material": material,
        "catalogue_url": targets.catalogue_url(language, request),
        "has_catalogue": targets.catalogue_page(request) is not None,
        "is_error_page": True,
    }
    return render(request, "qr/withdrawn.html", context, status=410)


@_short_link
def scan(request, key, language, post=None):
    """Count the scan and redirect. Every answer is no-store, or a CDN would swallow scans."""
    try:
        material, post = _resolve(key, language, post)
        if material.is_withdrawn:
            response = _withdrawn(request, material, language)
        else:
            shown = targets.file_language(material, language)
            # HEAD (link checkers, previews) gets the same answer but is not a scan; nor is a
            # code for a language the material has no file in (a mistyped or stale print):
            # the counts report what was read in each language.
            if request.method == "GET" and shown == language:
                ScanCount.record(material, language, post)
            if shown is None:  # no file at all: not in the catalogue either
                target = targets.catalogue_url(language, request)
            else:
                target = targets.material_url(material, shown, request)
            response = HttpResponseRedirect(target)
    except Http404 as exception:
        response = _not_found(request, exception)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


@_short_link
def image(request, key, language, kind, post=None):
    """The short link's QR code as a download (PNG or SVG). Fetching it counts no scan."""
    if kind not in IMAGE_TYPES:
        raise Http404("Unknown image type")
    material, post = _resolve(key, language, post)
    if material.is_withdrawn:
        # As its link: a code printed now would only lead to this notice.
        response = _withdrawn(request, material, language)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response
    url = links.qr_url(material, language, post, request=request)
    body = images.png_bytes(url) if kind == "png" else images.svg_bytes(url)
    response = HttpResponse(body, content_type=IMAGE_TYPES[kind])
    filename = links.image_filename(material, language, post, kind)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=IMAGE_MAX_AGE)
    return response
