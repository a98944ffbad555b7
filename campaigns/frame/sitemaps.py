"""`/sitemap.xml`: every live, public page in every content language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from campaigns.languages import registry


class TranslatedPageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request=None):
        self.request = request

    @property
    def languages(self):
        return list(registry.language_codes())

    def items(self):
        site = (
            Site.find_for_request(self.request)
            if self.request
            else Site.objects.get(is_default_site=True)
        )
        return list(
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .specific()
            .order_by("path")
        )

    def location(self, page):
        return page.get_url(request=self.request)

    def lastmod(self, page):
        return page.last_published_at
