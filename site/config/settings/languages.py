"""The one place that says which languages the site speaks and how each falls back.

Adding a language: add it to CONTENT_LANGUAGES (and FALLBACKS if the default chain is wrong for
it), add a LANG_INFO entry below if Django lacks one, then `make messages`, translate
`locale/<code>/LC_MESSAGES/django.po`, `make compilemessages` and `make migrations` (each translated
field gains a column). See README, "Adding a language".
"""

from django.conf.locale import LANG_INFO

# Order is the order of the language switcher: the two national-reach languages first, then
# the languages of Romania's neighbours and of its largest foreign-worker groups.
CONTENT_LANGUAGES = (
    ("ro", "Romanian"),
    ("en", "English"),
    ("hu", "Hungarian"),
    ("uk", "Ukrainian"),
    ("ru", "Russian"),
    ("ar", "Arabic"),
    ("ur", "Urdu"),
    ("ne", "Nepali"),
    ("hi", "Hindi"),
    ("bn", "Bengali"),
    ("si", "Sinhala"),
    ("vi", "Vietnamese"),
    ("fil", "Filipino"),
    ("tr", "Turkish"),
    ("it", "Italian"),
    ("es", "Spanish"),
    ("de", "German"),
    ("fr", "French"),
)

DEFAULT_LANGUAGE = "ro"

# A visitor reads English before Romanian unless the chain says otherwise. Hungarian readers in
# Romania read Romanian; Ukrainian must never fall back to Russian.
DEFAULT_FALLBACKS = ("en", "ro")
FALLBACKS = {
    "default": DEFAULT_FALLBACKS,
    "ro": ("en",),
    "en": ("ro",),
    "hu": ("ro", "en"),
    "uk": ("en", "ro"),
}

# Django ships no locale data for Sinhala and Filipino; without these entries `/si/` never routes.
EXTRA_LANG_INFO = {
    "si": {"bidi": False, "code": "si", "name": "Sinhala", "name_local": "සිංහල"},
    "fil": {"bidi": False, "code": "fil", "name": "Filipino", "name_local": "Filipino"},
}
LANG_INFO.update({code: info for code, info in EXTRA_LANG_INFO.items() if code not in LANG_INFO})
