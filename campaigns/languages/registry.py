"""Language facts (native name, direction, fallback chain) computed once from settings and CLDR.

Native names and text direction come from babel's CLDR data rather than Django's LANG_INFO,
which lacks several of our languages and spells some names differently from their speakers.
"""

from dataclasses import dataclass
from functools import cache

from babel import Locale
from django.conf import settings
from django.utils.translation import get_language


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    direction: str  # "ltr" or "rtl"

    @property
    def is_rtl(self):
        return self.direction == "rtl"

    @property
    def babel_locale(self):
        return babel_locale(self.code)

    def name_in(self, other_code):
        """This language's name as a reader of `other_code` writes it inside a sentence.

        CLDR's form is kept as is (lower case in e.g. Romanian and French: "nepaleză").
        """
        return babel_locale(other_code).languages.get(self.code) or self.english_name


def _capitalise(name):
    # CLDR writes many language names in lower case ("română", "español"); in a list of
    # choices they start with a capital, which is a no-op for scripts without case.
    return name[:1].upper() + name[1:]


@cache
def babel_locale(code):
    return Locale.parse(code.replace("-", "_"))


@cache
def all_languages():
    """Every content language, in the order settings give them (the switcher's order)."""
    languages = []
    for code, english_name in settings.LANGUAGES:
        locale = babel_locale(code)
        languages.append(
            Language(
                code=code,
                english_name=str(english_name),
                native_name=_capitalise(locale.get_display_name(code)),
                direction="rtl" if locale.character_order == "right-to-left" else "ltr",
            )
        )
    return tuple(languages)


@cache
def _by_code():
    return {language.code: language for language in all_languages()}


def get(code):
    """The Language for `code`; unknown codes raise KeyError."""
    return _by_code()[code]


def language_codes():
    return tuple(language.code for language in all_languages())


def current():
    """The active language, or the default when the active one is not a content language."""
    code = get_language() or settings.LANGUAGE_CODE
    return _by_code().get(code) or _by_code()[settings.LANGUAGE_CODE]


def fallback_chain(code):
    """The languages tried, in order, when content is missing in `code` (not including `code`)."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    chain = fallbacks.get(code, fallbacks["default"])
    return tuple(fallback for fallback in chain if fallback != code)
