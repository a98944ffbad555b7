"""The project's URLs plus the short links, mounted as site/config/urls.py is to mount them.

The site's own patterns (admin, Wagtail's catch-all under the language prefix) are kept, so the
tests meet the short links behind the same LocaleMiddleware as in production.
"""

from django.urls import include, path

from config import urls as site_urls

urlpatterns = [path("q/", include("campaigns.qr.urls")), *site_urls.urlpatterns]

handler404 = site_urls.handler404
handler500 = site_urls.handler500
