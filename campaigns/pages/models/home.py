from django.utils.translation import gettext_lazy as _

from .audience import AudiencePage
from .base import BasePage


class HomePage(BasePage):
    """The site's root: who ANITP is, the hotline, and a way in for each audience."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.AudiencePage",
        "pages.CampaignIndexPage",
        "materials.MaterialCatalogPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audience_pages"] = (
            self.get_children().live().public().type(AudiencePage).specific().order_by("path")
        )
        return context
