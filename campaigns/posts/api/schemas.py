"""What the API takes and gives, declared as it is enforced: the OpenAPI schema is built from here.

Every constraint a parameter carries in the schema (an enum, a pattern, a format, a bound) is one
the endpoints enforce with a 422, and nothing is refused that the schema allows: a client
generated from the schema, or a fuzzer reading it, meets no surprise.
"""

import posixpath
from datetime import date, datetime

from django.conf import settings
from django.urls import reverse
from modeltranslation.utils import build_localized_fieldname
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

from campaigns.languages import fallback, registry
from campaigns.materials.models import Material

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_TEXT_LANGUAGE = "en"
MAX_PAGE_SIZE = 200
# Past any catalogue ANITP will have, and within every database's integers with a page added.
MAX_OFFSET = 1_000_000_000
MAX_BUNDLE_MATERIALS = 50

# Comma-separated lists, spaces around items and empty items allowed ("a, b,"), as patterns the
# schema states and the endpoints match: the same text for both, so they cannot drift apart.
MATERIAL_KEY = "[A-Za-z0-9_-]+"
LANGUAGE_CODE = "(?:" + "|".join(LANGUAGE_CODES) + ")"


def list_pattern(item, at_most=None):
    repeat = f"{{0,{at_most - 1}}}" if at_most else "*"
    return f"^[ ,]*{item} *(?:,[ ,]*{item} *){repeat}[ ,]*$"


MATERIALS_PATTERN = list_pattern(MATERIAL_KEY, MAX_BUNDLE_MATERIALS)
LANGUAGES_PATTERN = list_pattern(LANGUAGE_CODE)


def query_string(description, **constraints):
    """An optional query parameter: absent, or a string meeting `constraints`.

    pydantic would declare `str | None` as "a string or null", but a query string has no null,
    and an empty value is not "absent": `?lang=` is refused, as the schema says.
    """

    def declare(schema):
        schema.pop("anyOf", None)
        schema.pop("default", None)
        schema.update(constraints)
        if "anyOf" not in constraints:
            schema["type"] = "string"

    return Field(None, description=description, json_schema_extra=declare)


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in English.")
    errors: list[dict] | None = Field(
        None, description="For malformed parameters, pydantic's account of each error."
    )


class FileOut(Schema):
    language: str = Field(description="Content language code, e.g. `ne`.")
    native_name: str = Field(description="The language's name in itself, e.g. नेपाली.")
    kind: str = Field(description="`pdf`, `image` or `video`.")
    file_name: str
    print_format: str = Field(description="A3, A4, A5, A6, DL, card, custom or digital.")
    width_mm: int | None
    height_mm: int | None
    bleed_mm: int
    file_size: int = Field(description="Bytes.")
    sha256: str = Field(description="Hex SHA-256 of the file, to check a download.")
    updated_at: datetime
    download_url: str = Field(description="Absolute URL; needs the same bearer token.")
    captions_url: str | None = Field(description="WebVTT captions of a video, if any.")


class MaterialOut(Schema):
    key: str = Field(description="Stable identifier, used in bundles and QR codes.")
    type: str
    version: str
    review_by: date = Field(description="The material is withdrawn after this date.")
    updated_at: datetime = Field(description="Latest change to the material or a listed file.")
    title: str
    title_language: str = Field(
        description="Language the title is in: the one asked for, or its fallback."
    )
    description: str
    description_language: str
    audiences: list[str] = Field(description="Audience keys.")
    exploitation_forms: list[str] = Field(description="Exploitation form keys.")
    files: list[FileOut]

    @staticmethod
    def resolve_updated_at(obj):
        return obj.api_updated_at

    @staticmethod
    def resolve_title(obj, context):
        return translated(obj, "title", _shape(context).text_language)[0]

    @staticmethod
    def resolve_title_language(obj, context):
        return translated(obj, "title", _shape(context).text_language)[1]

    @staticmethod
    def resolve_description(obj, context):
        return translated(obj, "description", _shape(context).text_language)[0]

    @staticmethod
    def resolve_description_language(obj, context):
        return translated(obj, "description", _shape(context).text_language)[1]

    @staticmethod
    def resolve_audiences(obj):
        return [audience.key for audience in obj.audiences.all()]

    @staticmethod
    def resolve_exploitation_forms(obj):
        return [form.key for form in obj.exploitation_forms.all()]

    @staticmethod
    def resolve_files(obj, context):
        request = context["request"]
        files = sorted(
            obj.api_files, key=lambda material_file: language_order(material_file.language)
        )
        return [_file_out(request, obj, material_file) for material_file in files]


class MaterialFilters(Schema):
    language: str | None = query_string(
        "Only materials with a file in this language, and only that file.",
        enum=LANGUAGE_CODES,
    )
    # The enum of current audience keys is filled in when the schema is served (MaterialsAPI).
    audience: str | None = query_string("Audience key, e.g. `foreign-workers`.")
    type: str | None = query_string("Material type.", enum=Material.Type.values)
    updated_since: str | None = query_string(
        "Only materials changed (themselves or a listed file) at or after this RFC 3339 date "
        "or date-time, e.g. `2025-03-01` or `2025-03-01T09:30:00Z`. A date alone means the "
        "start of that day in Romanian time (Europe/Bucharest); a date-time needs its offset "
        "(`Z`, `+02:00`). In a URL write `+` as `%2B`.",
        anyOf=[{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}],
    )
    lang: str | None = query_string(
        "Language of titles and descriptions; defaults to `language`, else English. A "
        "missing translation falls back (`title_language` says to which).",
        enum=LANGUAGE_CODES,
    )


class MaterialText(Schema):
    lang: str | None = query_string(
        "Language of the title and description; defaults to English.", enum=LANGUAGE_CODES
    )


def material_key():
    # Keys are slugs: any other key names no material, a 404 as the schema's pattern says.
    return Field(
        description="The material's key.", json_schema_extra={"pattern": f"^{MATERIAL_KEY}$"}
    )


class MaterialAddress(Schema):
    key: str = material_key()


class FileAddress(Schema):
    key: str = material_key()
    language: str = Field(
        description="Content language code, e.g. `ne`.", json_schema_extra={"enum": LANGUAGE_CODES}
    )


class BundleQuery(Schema):
    materials: str = Field(
        description=(
            f"Comma-separated material keys, at most {MAX_BUNDLE_MATERIALS}; spaces around a "
            "key and repeats are ignored."
        ),
        examples=["know-your-rights,job-offer-checklist"],
        json_schema_extra={"pattern": MATERIALS_PATTERN},
    )
    languages: str = Field(
        description="Comma-separated content language codes.",
        examples=["ne,si"],
        json_schema_extra={"pattern": LANGUAGES_PATTERN},
    )


class MaterialPagination(LimitOffsetPagination):
    """limit/offset paging capped at 200 materials a page, whatever the site-wide setting."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_PAGE_SIZE, description="Materials per page.")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Materials to skip.")

    def __init__(self, **kwargs):
        super().__init__(max_limit=MAX_PAGE_SIZE, **kwargs)


class Shape:
    """How this request wants materials shown: which language's files, which language's text."""

    def __init__(self, files_language, text_language):
        self.files_language = files_language
        self.text_language = text_language


def _shape(context):
    return context["request"].materials_shape


def translated(material, field, code):
    """A translated field's text for `code`, following the fallback chain, and its language."""
    shown = fallback.shown_language(material, field, code).shown.code
    return getattr(material, build_localized_fieldname(field, shown)) or "", shown


def language_order(code):
    return LANGUAGE_CODES.index(code) if code in LANGUAGE_CODES else len(LANGUAGE_CODES)


def _file_out(request, material, material_file):
    def absolute(name, **kwargs):
        return request.build_absolute_uri(reverse(f"materials_api:{name}", kwargs=kwargs))

    where = {"key": material.key, "language": material_file.language}
    return {
        "language": material_file.language,
        "native_name": registry.get(material_file.language).native_name,
        "kind": material_file.kind,
        "file_name": posixpath.basename(material_file.file.name),
        "print_format": material_file.print_format,
        "width_mm": material_file.width_mm,
        "height_mm": material_file.height_mm,
        "bleed_mm": material_file.bleed_mm,
        "file_size": material_file.file_size,
        "sha256": material_file.sha256,
        "updated_at": material_file.updated_at,
        "download_url": absolute("material_file", **where),
        "captions_url": absolute("material_captions", **where) if material_file.captions else None,
    }
