from modeltranslation.translator import TranslationOptions, register

from .models import Audience


@register(Audience)
class AudienceTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("ro",)
