from django.utils.translation import gettext_lazy as _

from campaigns.languages import registry
from campaigns.taxonomy.models import Audience, ExploitationForm

from .base import BasePage
from .campaign import CampaignPage


class CampaignIndexPage(BasePage):
    """Every campaign, filterable by audience, exploitation form and language."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.CampaignPage"]
    max_count = 1
    template = "pages/campaign_index_page.html"

    class Meta:
        verbose_name = _("campaign index")

    def campaigns(self):
        return (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .select_related("regional_centre", "hero_image")
            .order_by("-start_date", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = self.campaigns()
        selected = {
            "audience": request.GET.get("audience", ""),
            "form": request.GET.get("form", ""),
            "language": request.GET.get("language", ""),
        }
        if selected["audience"]:
            campaigns = campaigns.filter(audiences__key=selected["audience"])
        if selected["form"]:
            campaigns = campaigns.filter(exploitation_forms__key=selected["form"])
        if selected["language"] in registry.language_codes():
            campaigns = campaigns.filter(CampaignPage.available_in(selected["language"]))
        context.update(
            campaigns=campaigns.distinct(),
            selected=selected,
            audiences=Audience.objects.all(),
            exploitation_forms=ExploitationForm.objects.all(),
            filter_languages=registry.all_languages(),
        )
        return context
