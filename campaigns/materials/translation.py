from modeltranslation.translator import TranslationOptions, register

from .models import Material


@register(Material)
class MaterialTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("ro",)
