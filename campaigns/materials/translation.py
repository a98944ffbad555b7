from modeltranslation.translator import TranslationOptions, register

from campaigns.pages.translation import BasePageTranslationOptions

from .models import Material
from .pages import MaterialCatalogPage


@register(Material)
class MaterialTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("ro",)


@register(MaterialCatalogPage)
class MaterialCatalogPageTranslationOptions(BasePageTranslationOptions):
    pass
