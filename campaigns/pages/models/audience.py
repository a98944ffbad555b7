from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .base import BasePage


class AudiencePage(BasePage):
    """The landing page for one audience (minors and parents, foreign workers, ...).

    Campaigns aimed at the audience are listed here once campaign pages exist.
    """

    audience = models.ForeignKey(
        "taxonomy.Audience",
        verbose_name=_("audience"),
        on_delete=models.PROTECT,
        related_name="landing_pages",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("audience")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("audience landing page")

    def get_context(self, request, *args, **kwargs):
        from .campaign import CampaignPage

        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (
            CampaignPage.objects.live()
            .public()
            .filter(audiences=self.audience)
            .select_related("hero_image")
            .order_by("-start_date")
        )
        return context
