"""Response headers that keep the browser on the site's side: CSP and Permissions-Policy.

Django 5.2 has no Content-Security-Policy of its own. The public pages load nothing but the
site's own scripts, styles, fonts and media, so their policy allows nothing else and no inline
code at all. The Wagtail admin gets the same policy with three additions it needs: `blob:`
images (previews of an upload before it is sent), framing by itself (the live preview panel)
and `<style>` elements written by the rich text editor (see ADMIN_EXTRA). Scripts are never
allowed inline: the inline scripts of Wagtail and wagtail-modeltranslation are replaced by
markers (admin_csp.py, `campaigns/frame/templates/wagtailadmin/`) run by `frame/admin-init.js`.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}

ADMIN_EXTRA = {
    "img-src": ["blob:"],
    # The page editor's live preview shows the page in an iframe of the admin itself.
    "frame-ancestors": ["'self'"],
    "frame-src": ["'self'"],
    # Draft.js, under Wagtail's rich text editor, writes <style> elements for its placeholder
    # and list numbering (their text varies, so no hash can name them). This allows <style>
    # elements in the admin only; style attributes and every script stay blocked.
    "style-src-elem": ["'unsafe-inline'"],
}

# Powerful browser features no page of this site uses, switched off for every frame.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "fullscreen=(self), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), "
    "midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
    "usb=(), xr-spatial-tracking=(), browsing-topics=()"
)


def _origin(url):
    """The scheme and host of an absolute URL, or None for a path on this site."""
    parts = urlsplit(url or "")
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def _media_sources():
    """Where uploads are served from when that is not this site (object storage, a CDN)."""
    sources = [origin for origin in (_origin(settings.MEDIA_URL),) if origin]
    sources += list(getattr(settings, "CSP_MEDIA_SOURCES", ()))
    return sources


def _static_sources():
    origin = _origin(settings.STATIC_URL)
    return [origin] if origin else []


def build_policy(admin=False):
    """The policy as a header value; the same for every request of its kind."""
    directives = {name: list(values) for name, values in PUBLIC_POLICY.items()}
    media = _media_sources()
    static = _static_sources()
    for name in ("img-src", "media-src"):
        directives[name] += media + static
    for name in ("script-src", "style-src", "font-src"):
        directives[name] += static
    if admin:
        for name, values in ADMIN_EXTRA.items():
            if name == "frame-ancestors":
                base = []
            else:
                # style-src-elem and style-src-attr replace style-src: start from it.
                base = directives.get(name) or directives.get(name.rsplit("-", 1)[0], [])
            directives[name] = base + values
    return "; ".join(
        f"{name} {' '.join(dict.fromkeys(values))}" for name, values in directives.items()
    )


def public_policy():
    """The public pages' header value, for a web server serving pre-rendered pages itself."""
    return build_policy(admin=False)


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = build_policy(admin=False)
        self.admin_policy = build_policy(admin=True)
        self._admin_prefix = None

    @property
    def admin_prefix(self):
        if self._admin_prefix is None:
            try:
                self._admin_prefix = reverse("wagtailadmin_home")
            except NoReverseMatch:
                self._admin_prefix = "/admin/"
        return self._admin_prefix

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.admin_prefix):
            # Replaces what the page preview's inner, simulated public request was given.
            response.headers["Content-Security-Policy"] = self.admin_policy
        else:
            response.headers.setdefault("Content-Security-Policy", self.public_policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
