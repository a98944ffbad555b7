"""The read API for consular posts: the current materials, their files and ZIP bundles of them.

Posts abroad print or show ANITP's materials in the languages of the people they meet; this API
lets their own tools fetch what is current without an admin account. It lives outside the
language prefix (`/api/v1/`), answers only to a post's bearer token (ApiToken), never to a
session or cookie, and is documented by the OpenAPI schema django-ninja builds from the
signatures in `endpoints` and the schemas in `schemas` (`/api/v1/openapi.json`, browsable at
`/api/v1/docs`). Every error is JSON (`app`, and `middleware` for what Django answers itself).

Mount it with `path("", include("campaigns.posts.api"))` in the site's URLconf.
"""

from django.urls import path

from .app import API_URLCONF, api
from .auth import INVALID_TOKEN, MALFORMED_TOKEN, MISSING_TOKEN
from .endpoints import DEFAULT_MAX_BUNDLE_BYTES
from .schemas import MAX_BUNDLE_MATERIALS, MAX_OFFSET, MAX_PAGE_SIZE

__all__ = [
    "API_URLCONF",
    "DEFAULT_MAX_BUNDLE_BYTES",
    "INVALID_TOKEN",
    "MALFORMED_TOKEN",
    "MAX_BUNDLE_MATERIALS",
    "MAX_OFFSET",
    "MAX_PAGE_SIZE",
    "MISSING_TOKEN",
    "api",
    "urlpatterns",
]

# This package is also the API's URLconf: the site includes it, and MaterialsAPI points 404
# responses at it (see there).
urlpatterns = [path("api/v1/", api.urls)]
