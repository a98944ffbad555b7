"""Django's LocaleMiddleware, minus its redirect of non-localised 404s.

Django answers a 404 on any path without a language prefix by redirecting to the same path
under the visitor's prefix when that path would resolve. Wagtail's page catch-all makes every
prefixed path "resolve", so a 404 in the admin, the API, QR links, static or media files became
a redirect to a second, public 404. Those areas never live under a language prefix.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

NON_LOCALISED_PREFIXES = ("/admin/", "/api/", "/q/", "/static/", "/media/", "/documents/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(NON_LOCALISED_PREFIXES):
            return response
        return super().process_response(request, response)
