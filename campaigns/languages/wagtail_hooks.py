from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from . import registry


@hooks.register("insert_global_admin_js")
def right_to_left_fields():
    """Edit Urdu and Arabic fields right-to-left, in pages and snippets alike."""
    rtl_codes = " ".join(language.code for language in registry.all_languages() if language.is_rtl)
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        static("languages/admin-direction.js"),
        rtl_codes,
    )
