from modeltranslation.translator import TranslationOptions, register

from .models import Audience, Channel, ExploitationForm, Partner, RegionalCentre


class TermTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("ro",)


@register(Audience)
class AudienceTranslationOptions(TermTranslationOptions):
    pass


@register(ExploitationForm)
class ExploitationFormTranslationOptions(TermTranslationOptions):
    pass


@register(Channel)
class ChannelTranslationOptions(TermTranslationOptions):
    pass


@register(RegionalCentre)
class RegionalCentreTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("ro",)


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("ro",)
