from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaigns.frame.login import ThrottledLoginView, ThrottledPasswordResetView
from campaigns.frame.sitemaps import TranslatedPageSitemap
from campaigns.frame.views import bad_request, page_not_found, server_error
from campaigns.materials.downloads import serve_public_media
from campaigns.pages.views import search


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": TranslatedPageSitemap(request)})


urlpatterns = [
    # Before Wagtail's own login (same address and name): refuses repeated failures.
    path("admin/login/", ThrottledLoginView.as_view(), name="wagtailadmin_login"),
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("i18n/setlang/", set_language, name="set_language"),
    # The consular posts' read API (token-authenticated, OpenAPI at /api/v1/openapi.json).
    path("", include("campaigns.posts.api")),
    # QR short links on printed materials: count a scan, then open the localised page.
    path("q/", include("campaigns.qr.urls")),
    # Material files, refused once the material is withdrawn (never linked by /media/ address).
    path("", include("campaigns.materials.downloads")),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        # All but material files, which go through campaigns.materials.downloads.
        re_path(r"^media/(?P<path>.*)$", serve_public_media),
    ]

# Every public page lives under its language prefix (/ro/, /ne/, ...); a bare "/" redirects to
# the visitor's language chosen from Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = bad_request
handler404 = page_not_found
handler500 = server_error
