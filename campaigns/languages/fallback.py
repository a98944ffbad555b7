"""Which language a translated field is actually shown in, so fallback text can be labelled.

modeltranslation silently substitutes a fallback language's value for an empty field; the
public pages must tell the visitor and mark the substituted text with its own lang and dir.
"""

from dataclasses import dataclass

from modeltranslation.utils import build_localized_fieldname

from . import registry


def _is_meaningful(value):
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    try:
        return len(value) > 0
    except TypeError:
        return True


@dataclass(frozen=True)
class ShownLanguage:
    """The language a field is shown in, compared with the language the visitor asked for."""

    requested: registry.Language
    shown: registry.Language

    @property
    def is_fallback(self):
        return self.requested.code != self.shown.code


def shown_language(instance, field_name, requested_code=None):
    """The language whose value `instance.<field_name>` displays for `requested_code`.

    Follows the same chain as modeltranslation. When no language has a value the requested one
    is reported, since nothing is substituted.
    """
    requested = registry.get(requested_code) if requested_code else registry.current()
    for code in (requested.code, *registry.fallback_chain(requested.code)):
        raw = getattr(instance, build_localized_fieldname(field_name, code), None)
        if _is_meaningful(raw):
            return ShownLanguage(requested=requested, shown=registry.get(code))
    return ShownLanguage(requested=requested, shown=requested)


def translated_languages(instance, field_name):
    """Codes of the languages in which `field_name` has its own (not fallback) value."""
    return [
        code
        for code in registry.language_codes()
        if _is_meaningful(getattr(instance, build_localized_fieldname(field_name, code), None))
    ]
