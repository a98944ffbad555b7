"""The site's URLconf with the materials API mounted as site/config/urls.py should mount it.

The site's own patterns (admin, Wagtail's catch-all under the language prefix) are kept, so the
tests meet the API behind the same LocaleMiddleware and language routing as in production.
"""

from django.urls import include, path

from config import urls as site_urls

urlpatterns = [path("", include("campaigns.posts.api")), *site_urls.urlpatterns]

handler404 = site_urls.handler404
handler500 = site_urls.handler500
