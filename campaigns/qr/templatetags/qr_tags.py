"""Links to a material's QR codes, for the catalogue's material page."""

from django import template

from campaigns.languages import registry

from .. import links

register = template.Library()


@register.simple_tag
def qr_versions(material, post=None):
    """One entry per language the material has a file in, in the language switcher's order.

    Each gives the Language and the addresses of its QR code as PNG and SVG.
    """
    codes = {file.language for file in material.files.all()}
    return [
        {
            "language": language,
            "png": links.qr_image_path(material, language.code, post or None, "png"),
            "svg": links.qr_image_path(material, language.code, post or None, "svg"),
        }
        for language in registry.all_languages()
        if language.code in codes
    ]
