"""The read API for consular posts: the current materials, their files and ZIP bundles of them.

Posts abroad print or show ANITP's materials in the languages of the people they meet; this API
lets their own tools fetch what is current without an admin account. It lives outside the
language prefix (`/api/v1/`), answers only to a post's bearer token (ApiToken), never to a
session or cookie, and is documented by the OpenAPI schema django-ninja builds from the
signatures below (`/api/v1/openapi.json`, browsable at `/api/v1/docs`).

Mount it with `path("", include("campaigns.posts.api"))` in the site's URLconf.
"""

import posixpath
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import DateTimeField, Exists, Max, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import FileResponse, StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.security import HttpBearer

from campaigns.languages import fallback, registry
from campaigns.materials.models import Material, MaterialFile
from campaigns.taxonomy.models import Audience

from .bundles import BundleEntry, stream_zip
from .models import ApiToken

API_VERSION = "1"
DEFAULT_TEXT_LANGUAGE = "en"
MAX_PAGE_SIZE = 200
MAX_BUNDLE_MATERIALS = 50
# Overridable in settings; a gigabyte is several videos in several languages.
DEFAULT_MAX_BUNDLE_BYTES = 1024**3
# How stale ApiToken.last_used_at may be: a write per request would be a write per request.
LAST_USED_RESOLUTION = timedelta(minutes=1)

MISSING_TOKEN = "Authentication required: send the header 'Authorization: Bearer <token>'."
MALFORMED_TOKEN = "Malformed Authorization header: expected 'Bearer <token>'."
# Unknown, expired and revoked tokens get the same answer: telling them apart would tell a
# guesser which prefixes exist.
INVALID_TOKEN = "Invalid or expired token."


# --- Authentication ---------------------------------------------------------------------------


class TokenError(AuthenticationError):
    """A 401 saying what was wrong, with RFC 6750's error code for WWW-Authenticate."""

    def __init__(self, message, error=None):
        super().__init__(status_code=401, message=message)
        self.error = error


class PostToken(HttpBearer):
    """A consular post's API token, sent as `Authorization: Bearer <token>`.

    ninja's HttpBearer answers a missing header and a refused token with the same bare 401; the
    post's IT contact needs to know which of the two to fix.
    """

    def __call__(self, request):
        header = request.headers.get(self.header, "").strip()
        if not header:
            raise TokenError(MISSING_TOKEN)
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != self.openapi_scheme or not secret.strip():
            raise TokenError(MALFORMED_TOKEN, error="invalid_request")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request, token):
        api_token = ApiToken.authenticate(token)
        if api_token is None:
            raise TokenError(INVALID_TOKEN, error="invalid_token")
        _record_use(api_token)
        return api_token


def _record_use(api_token):
    """Note when a token was last used, at most once a minute so reads stay reads."""
    now = timezone.now()
    if api_token.last_used_at is None or now - api_token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        api_token.last_used_at = now


# --- The API ----------------------------------------------------------------------------------


class MaterialsAPI(NinjaAPI):
    """NinjaAPI whose 404s stay JSON 404s.

    The API is mounted outside the language prefix, so Django's LocaleMiddleware treats its 404s
    as "the language is missing from the address" and redirects `/api/v1/materials/x` to
    `/<lang>/api/v1/materials/x/`, which Wagtail then answers with an HTML page. The middleware
    asks `request.urlconf` whether language prefixes are in use; pointing it at this module's
    URLconf, which has none, leaves the API's answer alone.
    """

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if response.status_code == 404:
            request.urlconf = __name__
        return response


api = MaterialsAPI(
    title="ANITP materials API",
    version=API_VERSION,
    description=(
        "Read access for Romania's consular posts to the current prevention materials of the "
        "National Agency against Trafficking in Persons (ANITP): the catalogue with one file "
        "per language, single downloads and ZIP bundles. Every call except this documentation "
        "needs the post's token: `Authorization: Bearer <token>`. Withdrawn materials (past "
        "their review-by date) are never listed or served. Errors are JSON: "
        '`{"detail": "..."}`.'
    ),
    urls_namespace="materials_api",
    docs_url="/docs",
    auth=PostToken(),
)


@api.exception_handler(TokenError)
def _token_error(request, exc):
    response = api.create_response(request, {"detail": exc.message}, status=401)
    challenge = 'Bearer realm="ANITP materials API"'
    if exc.error:
        challenge += f', error="{exc.error}"'
    response["WWW-Authenticate"] = challenge
    return response


@api.exception_handler(ValidationError)
def _validation_error(request, exc):
    """ninja's own 422 (e.g. limit=1000) in the same `detail` form as ours, details kept."""
    messages = []
    for error in exc.errors:
        where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        messages.append(f"{where}: {error.get('msg', 'invalid')}")
    detail = "Invalid request. " + "; ".join(messages) if messages else "Invalid request."
    return api.create_response(request, {"detail": detail, "errors": exc.errors}, status=422)


# --- Schemas ----------------------------------------------------------------------------------

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


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
        return _translated(obj, "title", _shape(context).text_language)[0]

    @staticmethod
    def resolve_title_language(obj, context):
        return _translated(obj, "title", _shape(context).text_language)[1]

    @staticmethod
    def resolve_description(obj, context):
        return _translated(obj, "description", _shape(context).text_language)[0]

    @staticmethod
    def resolve_description_language(obj, context):
        return _translated(obj, "description", _shape(context).text_language)[1]

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
            obj.api_files, key=lambda material_file: _language_order(material_file.language)
        )
        return [_file_out(request, obj, material_file) for material_file in files]


class MaterialFilters(Schema):
    language: str | None = Field(
        None,
        description="Only materials with a file in this language, and only that file.",
        json_schema_extra={"enum": LANGUAGE_CODES},
    )
    audience: str | None = Field(None, description="Audience key, e.g. `foreign-workers`.")
    type: str | None = Field(
        None, description="Material type.", json_schema_extra={"enum": Material.Type.values}
    )
    updated_since: str | None = Field(
        None,
        description=(
            "Only materials changed (themselves or a listed file) at or after this ISO 8601 "
            "date or date-time, e.g. `2025-03-01` or `2025-03-01T09:30:00Z`. Without an offset "
            "it is read in Romanian time (Europe/Bucharest). In a URL write `+` as `%2B`."
        ),
    )
    lang: str | None = Field(
        None,
        description=(
            "Language of titles and descriptions; defaults to `language`, else English. A "
            "missing translation falls back (`title_language` says to which)."
        ),
        json_schema_extra={"enum": LANGUAGE_CODES},
    )


class MaterialText(Schema):
    lang: str | None = Field(
        None,
        description="Language of the title and description; defaults to English.",
        json_schema_extra={"enum": LANGUAGE_CODES},
    )


class BundleQuery(Schema):
    materials: str = Field(
        description=f"Comma-separated material keys, at most {MAX_BUNDLE_MATERIALS}.",
        examples=["know-your-rights,job-offer-checklist"],
    )
    languages: str = Field(
        description="Comma-separated content language codes.", examples=["ne,si"]
    )


class MaterialPagination(LimitOffsetPagination):
    """limit/offset paging capped at 200 materials a page, whatever the site-wide setting."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_PAGE_SIZE, description="Materials per page.")
        offset: int = Field(0, ge=0)

    def __init__(self, **kwargs):
        super().__init__(max_limit=MAX_PAGE_SIZE, **kwargs)


# --- Helpers ----------------------------------------------------------------------------------


class _Shape:
    """How this request wants materials shown: which language's files, which language's text."""

    def __init__(self, files_language, text_language):
        self.files_language = files_language
        self.text_language = text_language


def _shape(context):
    return context["request"].materials_shape


def _translated(material, field, code):
    """A translated field's text for `code`, following the fallback chain, and its language."""
    shown = fallback.shown_language(material, field, code).shown.code
    return getattr(material, build_localized_fieldname(field, shown)) or "", shown


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


def _language(value, parameter):
    if value is None or value == "":
        return None
    if value not in LANGUAGE_CODES:
        raise HttpError(
            422,
            f"Unknown language '{value}' in '{parameter}'. "
            f"Content languages: {', '.join(LANGUAGE_CODES)}.",
        )
    return value


def _since(value):
    """`updated_since` as an aware datetime; a bare date means the start of that day."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise HttpError(
            422,
            f"Invalid 'updated_since': '{value}' is not an ISO 8601 date or date-time, e.g. "
            "2025-03-01 or 2025-03-01T09:30:00Z (in a URL write '+' as '%2B').",
        ) from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def _language_order(code):
    return LANGUAGE_CODES.index(code) if code in LANGUAGE_CODES else len(LANGUAGE_CODES)


def _materials(files_language=None):
    """Current materials with all they are shown with, in a fixed number of queries.

    `api_updated_at` is the latest change to the material or to a file it is listed with;
    `api_files` those files.
    """
    files = MaterialFile.objects.order_by("sort_order")
    if files_language:
        files = files.filter(language=files_language)
    latest_file = (
        files.filter(material=OuterRef("pk"))
        .order_by()
        .values("material")
        .annotate(latest=Max("updated_at"))
        .values("latest")
    )
    queryset = (
        Material.objects.current()
        .annotate(
            api_updated_at=Greatest(
                "updated_at",
                Coalesce(Subquery(latest_file), "updated_at"),
                output_field=DateTimeField(),
            )
        )
        .prefetch_related(
            "audiences",
            "exploitation_forms",
            Prefetch("files", queryset=files, to_attr="api_files"),
        )
        .order_by("key")
    )
    if files_language:
        queryset = queryset.filter(
            Exists(MaterialFile.objects.filter(material=OuterRef("pk"), language=files_language))
        )
    return queryset


def _current_file(key, language):
    material_file = (
        MaterialFile.objects.filter(
            material__in=Material.objects.current(), material__key=key, language=language
        )
        .select_related("material")
        .first()
    )
    if material_file is None:
        raise HttpError(404, f"No current material '{key}' with a file in '{language}'.")
    return material_file


def _split(value):
    """Comma-separated values, stripped, without blanks or repeats, in the order given."""
    return list(dict.fromkeys(item.strip() for item in value.split(",") if item.strip()))


def _stored_size(field_file):
    if not field_file:
        return 0
    return field_file.storage.size(field_file.name)


# --- Endpoints --------------------------------------------------------------------------------

ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@api.get(
    "/materials",
    response={200: list[MaterialOut], 401: ErrorOut, 422: ErrorOut},
    summary="List current materials",
    description=(
        "Current materials (never withdrawn ones), ordered by key, with their files per "
        "language and absolute download links. Paged with `limit` (at most 200) and `offset`; "
        "`count` is the total."
    ),
    tags=["materials"],
    url_name="materials",
)
@paginate(MaterialPagination)
def list_materials(request, filters: Query[MaterialFilters]):
    files_language = _language(filters.language, "language")
    text_language = _language(filters.lang, "lang") or files_language or DEFAULT_TEXT_LANGUAGE
    since = _since(filters.updated_since)
    if filters.type and filters.type not in Material.Type.values:
        raise HttpError(
            422,
            f"Unknown type '{filters.type}'. Types: {', '.join(Material.Type.values)}.",
        )
    if filters.audience and not Audience.objects.filter(key=filters.audience).exists():
        raise HttpError(422, f"Unknown audience '{filters.audience}'.")

    request.materials_shape = _Shape(files_language, text_language)
    queryset = _materials(files_language)
    if filters.type:
        queryset = queryset.filter(type=filters.type)
    if filters.audience:
        queryset = queryset.filter(
            Exists(
                Material.audiences.through.objects.filter(
                    material=OuterRef("pk"), audience__key=filters.audience
                )
            )
        )
    if since:
        queryset = queryset.filter(api_updated_at__gte=since)
    return queryset


@api.get(
    "/materials/{key}",
    response={200: MaterialOut, **ERRORS},
    summary="One current material",
    description="A current material by key, with all its files. Withdrawn or unknown: 404.",
    tags=["materials"],
    url_name="material",
)
def get_material(request, key: str, text: Query[MaterialText]):
    text_language = _language(text.lang, "lang") or DEFAULT_TEXT_LANGUAGE
    material = _materials().filter(key=key).first()
    if material is None:
        raise HttpError(404, f"No current material '{key}'.")
    request.materials_shape = _Shape(None, text_language)
    return material


FILE_RESPONSE = {
    200: {
        "description": "The file itself.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@api.get(
    "/materials/{key}/files/{language}",
    response=ERRORS,
    summary="Download one file",
    description="The file of a current material in one language, as an attachment.",
    tags=["files"],
    url_name="material_file",
    openapi_extra={"responses": FILE_RESPONSE},
)
def download_file(request, key: str, language: str):
    material_file = _current_file(key, _language(language, "language"))
    return _attachment(material_file.file, material_file.sha256)


@api.get(
    "/materials/{key}/files/{language}/captions",
    response=ERRORS,
    summary="Download a video's captions",
    description="The WebVTT captions of a current video in one language.",
    tags=["files"],
    url_name="material_captions",
    openapi_extra={"responses": FILE_RESPONSE},
)
def download_captions(request, key: str, language: str):
    material_file = _current_file(key, _language(language, "language"))
    if not material_file.captions:
        raise HttpError(404, f"'{key}' has no captions in '{language}'.")
    return _attachment(material_file.captions)


def _attachment(field_file, sha256=""):
    """A stored file streamed in chunks from its storage (file system now, S3 later)."""
    name = posixpath.basename(field_file.name)
    response = FileResponse(
        field_file.storage.open(field_file.name, "rb"), as_attachment=True, filename=name
    )
    if sha256:
        response["ETag"] = f'"{sha256}"'
    return response


@api.get(
    "/bundle",
    response={**ERRORS, 413: ErrorOut},
    summary="Download a ZIP bundle",
    description=(
        "A ZIP of the chosen materials in the chosen languages, streamed as it is built: "
        "`<key>/<language>/<file name>` for every pair that has a file (with a video's "
        "captions beside it), and `manifest.json` last, listing the materials, titles in each "
        "language, every file with its size and SHA-256, the pairs that have no file, and when "
        f"the bundle was made. At most {MAX_BUNDLE_MATERIALS} materials and, by default, 1 GB "
        "(413 beyond). Unknown or withdrawn keys: 404; unknown languages: 422."
    ),
    tags=["bundles"],
    url_name="bundle",
    openapi_extra={
        "responses": {
            200: {
                "description": "The ZIP archive.",
                "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def bundle(request, query: Query[BundleQuery]):
    keys = _split(query.materials)
    codes = _split(query.languages)
    if not keys:
        raise HttpError(422, "Give at least one material key in 'materials'.")
    if not codes:
        raise HttpError(422, "Give at least one language code in 'languages'.")
    if len(keys) > MAX_BUNDLE_MATERIALS:
        raise HttpError(
            413, f"A bundle holds at most {MAX_BUNDLE_MATERIALS} materials; {len(keys)} asked."
        )
    unknown_codes = [code for code in codes if code not in LANGUAGE_CODES]
    if unknown_codes:
        raise HttpError(
            422,
            f"Unknown language(s): {', '.join(unknown_codes)}. "
            f"Content languages: {', '.join(LANGUAGE_CODES)}.",
        )

    files = MaterialFile.objects.filter(language__in=codes)
    found = {
        material.key: material
        for material in Material.objects.current()
        .filter(key__in=keys)
        .prefetch_related(Prefetch("files", queryset=files, to_attr="api_files"))
    }
    missing_keys = [key for key in keys if key not in found]
    if missing_keys:
        raise HttpError(
            404, f"No current material (unknown or withdrawn): {', '.join(missing_keys)}."
        )

    entries, absent, total = [], [], 0
    for key in keys:
        material = found[key]
        by_language = {
            material_file.language: material_file for material_file in material.api_files
        }
        for code in codes:
            material_file = by_language.get(code)
            if material_file is None:
                absent.append({"material": key, "language": code})
                continue
            for role, field_file in (
                ("file", material_file.file),
                ("captions", material_file.captions),
            ):
                if not field_file:
                    continue
                size = (
                    material_file.file_size
                    if role == "file" and material_file.file_size
                    else _stored_size(field_file)
                )
                total += size
                entries.append(
                    BundleEntry(
                        path=f"{key}/{code}/{posixpath.basename(field_file.name)}",
                        storage=field_file.storage,
                        name=field_file.name,
                        size=size,
                        modified=material_file.updated_at,
                        info={
                            "material": key,
                            "language": code,
                            "role": role,
                            "kind": material_file.kind,
                            "print_format": material_file.print_format,
                        },
                    )
                )
    if not entries:
        raise HttpError(404, "None of the requested materials has a file in these languages.")
    limit = getattr(settings, "MATERIALS_API_MAX_BUNDLE_BYTES", DEFAULT_MAX_BUNDLE_BYTES)
    if total > limit:
        raise HttpError(
            413,
            f"The bundle would hold {total / 1024**2:.0f} MB; the limit is "
            f"{limit / 1024**2:.0f} MB. Ask for fewer materials or languages.",
        )

    now = timezone.now()
    manifest = {
        "generated_at": now.isoformat(),
        "api_version": API_VERSION,
        "post": request.auth.post.code,
        "languages": codes,
        "materials": [_manifest_material(found[key], codes) for key in keys],
        "missing": absent,
    }
    response = StreamingHttpResponse(stream_zip(entries, manifest), content_type="application/zip")
    filename = f"anitp-materials-{timezone.localdate(now).isoformat()}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _manifest_material(material, codes):
    titles = {}
    for code in codes:
        text, shown = _translated(material, "title", code)
        titles[code] = {"text": text, "language": shown}
    return {
        "key": material.key,
        "type": material.type,
        "version": material.version,
        "review_by": material.review_by.isoformat(),
        "titles": titles,
    }


@api.api_operation(
    ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
    "/{path:rest}",
    auth=None,
    include_in_schema=False,
)
def no_such_endpoint(request, rest: str):
    """Unknown addresses under the API get a JSON 404, not the public site's HTML page."""
    raise HttpError(
        404, f"No such endpoint: {request.path}. See {reverse('materials_api:openapi-view')}."
    )


# This module is also the API's URLconf: the site includes it, and MaterialsAPI points 404
# responses at it (see there).
urlpatterns = [path("api/v1/", api.urls)]
