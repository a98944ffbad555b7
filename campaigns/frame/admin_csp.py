"""The Wagtail admin without inline scripts, so its Content-Security-Policy needs no
`'unsafe-inline'` for scripts.

Wagtail's chooser widgets and wagtail-modeltranslation's editor settings write `<script>`
elements with code in them. Here the choosers write a hidden marker that `frame/admin-init.js`
turns into the same `new XChooser(id, options)` call, and the translation settings travel as
JSON in a data attribute of an external script. The templates with inline scripts (date inputs,
inline panels) are overridden in `campaigns/frame/templates/wagtailadmin/`.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.widgets.chooser import BaseChooser

_original_render = BaseChooser.render


def _render_chooser(self, name, value, attrs=None, renderer=None):
    """Like BaseChooser.render, with a marker instead of `<script>new X(id, opts)</script>`.

    Choosers that build their own script (overriding `render_js_init`) keep Wagtail's rendering;
    none of them is used by this site.
    """
    if type(self).render_js_init is not BaseChooser.render_js_init:
        return _original_render(self, name, value, attrs, renderer)
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from error
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    marker = format_html(
        '<span hidden data-anitp-init="chooser" data-anitp-constructor="{}"'
        ' data-anitp-target="{}" data-anitp-options="{}"></span>',
        self.js_constructor,
        id_,
        json.dumps(self.get_js_init_options(id_, name, value_data)),
    )
    return mark_safe(widget_html + marker)


def modeltranslation_settings():
    """wagtail-modeltranslation's `wagtailModelTranslations`, without an inline script."""
    from modeltranslation import settings as mt_settings
    from wagtail_modeltranslation import settings as wmt_settings

    default = wmt_settings.LOCALE_PICKER_DEFAULT
    data = {
        "languages": [code for code, _name in settings.LANGUAGES],
        "defaultLanguage": mt_settings.DEFAULT_LANGUAGE,
        "viewEditString": gettext("View / edit fields for"),
        "translate_slugs": bool(wmt_settings.TRANSLATE_SLUGS),
        "locale_picker_default": list(default)
        if default is not None
        else [mt_settings.DEFAULT_LANGUAGE],
        "locale_picker_restore": bool(wmt_settings.LOCALE_PICKER_RESTORE),
    }
    return format_html(
        '<script src="{}" data-settings="{}"></script>',
        static("frame/modeltranslation-settings.js"),
        json.dumps(data),
    )


def install():
    BaseChooser.render = _render_chooser
    from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

    inline = modeltranslation_hooks.translation_settings
    editor_js = hooks._hooks.get("insert_editor_js", [])
    editor_js[:] = [(fn, order) for fn, order in editor_js if fn is not inline]
    hooks.register("insert_editor_js", modeltranslation_settings)
