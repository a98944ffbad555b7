"""Addresses of short links and their QR images, for views, templates, the API and the admin.

A short link stays outside the language prefix (`/q/<key>/<lang>/[<post>/]`) so that it is
short on print and never changes with the site's page slugs; it names its language itself.
"""

from django.conf import settings
from django.urls import reverse

IMAGE_KINDS = ("png", "svg")


def _key(material):
    return material if isinstance(material, str) else material.key


def _code(post):
    if post is None or isinstance(post, str):
        return post or None
    return post.code


def _absolute(path, request=None):
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def short_path(material, language, post=None):
    """The short link's path; `material` and `post` may be objects or their key and code."""
    code = _code(post)
    if code:
        return reverse("qr:scan_post", args=[_key(material), language, code])
    return reverse("qr:scan", args=[_key(material), language])


def qr_url(material, language, post=None, *, request=None):
    """The absolute short link a QR code encodes: what a scan opens and counts.

    Scheme and host come from `request` when there is one, else from WAGTAILADMIN_BASE_URL
    (management commands, the API built outside a request, e-mails).
    """
    return _absolute(short_path(material, language, post), request)


def qr_image_path(material, language, post=None, kind="png"):
    """Path of the downloadable QR image (`kind` "png" or "svg"); fetching it counts nothing."""
    if kind not in IMAGE_KINDS:
        raise ValueError(f"kind must be one of {IMAGE_KINDS}, not {kind!r}")
    code = _code(post)
    if code:
        return reverse("qr:image_post", args=[_key(material), language, code, kind])
    return reverse("qr:image", args=[_key(material), language, kind])


def qr_image_url(material, language, post=None, kind="png", *, request=None):
    """The absolute address of the downloadable QR image."""
    return _absolute(qr_image_path(material, language, post, kind), request)


def image_filename(material, language, post=None, kind="png"):
    """`<key>-<lang>[-<post>].<kind>`: what the download is saved as."""
    parts = [_key(material), language, _code(post)]
    return "-".join(part for part in parts if part) + f".{kind}"
