from modeltranslation.translator import TranslationOptions, register

from .models import AudiencePage, CampaignIndexPage, CampaignPage, HomePage


class BasePageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(HomePage)
class HomePageTranslationOptions(BasePageTranslationOptions):
    pass


@register(AudiencePage)
class AudiencePageTranslationOptions(BasePageTranslationOptions):
    pass


@register(CampaignIndexPage)
class CampaignIndexPageTranslationOptions(BasePageTranslationOptions):
    pass


@register(CampaignPage)
class CampaignPageTranslationOptions(BasePageTranslationOptions):
    fields = (*BasePageTranslationOptions.fields, "hero_alt")
