from modeltranslation.translator import TranslationOptions, register

from .models import AudiencePage, HomePage


class BasePageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(HomePage)
class HomePageTranslationOptions(BasePageTranslationOptions):
    pass


@register(AudiencePage)
class AudiencePageTranslationOptions(BasePageTranslationOptions):
    pass
