"""The API's operations: the catalogue, one material, single downloads and ZIP bundles."""

import posixpath

from django.conf import settings
from django.db.models import DateTimeField, Exists, Max, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Path, Query
from ninja.errors import HttpError
from ninja.pagination import paginate

from campaigns.materials.models import Material, MaterialFile
from campaigns.materials.validation import FILE_TYPES
from campaigns.taxonomy.models import Audience

from ..bundles import BundleEntry, stream_zip
from . import params
from .app import API_VERSION, api
from .schemas import (
    DEFAULT_TEXT_LANGUAGE,
    MAX_BUNDLE_MATERIALS,
    BundleQuery,
    ErrorOut,
    FileAddress,
    MaterialAddress,
    MaterialFilters,
    MaterialOut,
    MaterialPagination,
    MaterialText,
    Shape,
    translated,
)

# Overridable in settings; a gigabyte is several videos in several languages.
DEFAULT_MAX_BUNDLE_BYTES = 1024**3
# A material file is one of the upload checks' types, or, if stored before them, bytes.
FILE_CONTENT_TYPES = [
    *dict.fromkeys(file_type.content_type for file_type in FILE_TYPES),
    "application/octet-stream",
]
CAPTIONS_CONTENT_TYPE = "text/vtt"


def errors(*statuses):
    return dict.fromkeys(statuses, ErrorOut)


def download(description, content_types):
    """The 200 of an operation answering with a file rather than JSON."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        "responses": {
            200: {
                "description": description,
                "content": dict.fromkeys(content_types, binary),
            }
        }
    }


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


def _stored_size(field_file):
    if not field_file:
        return 0
    return field_file.storage.size(field_file.name)


@api.get(
    "/materials",
    response={200: list[MaterialOut], **errors(400, 401, 422, 500)},
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
    files_language = params.language(filters.language, "language")
    text_language = params.language(filters.lang, "lang") or files_language or DEFAULT_TEXT_LANGUAGE
    since = params.since(filters.updated_since)
    params.choice(filters.type, "type", Material.Type.values, "type")
    audiences = list(Audience.objects.order_by("key").values_list("key", flat=True))
    params.choice(filters.audience, "audience", audiences, "audience")

    request.materials_shape = Shape(files_language, text_language)
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
    response={200: MaterialOut, **errors(400, 401, 404, 422, 500)},
    summary="One current material",
    description="A current material by key, with all its files. Withdrawn or unknown: 404.",
    tags=["materials"],
    url_name="material",
)
def get_material(request, address: Path[MaterialAddress], text: Query[MaterialText]):
    text_language = params.language(text.lang, "lang") or DEFAULT_TEXT_LANGUAGE
    material = _materials().filter(key=address.key).first()
    if material is None:
        raise HttpError(404, f"No current material '{address.key}'.")
    request.materials_shape = Shape(None, text_language)
    return material


@api.get(
    "/materials/{key}/files/{language}",
    response=errors(400, 401, 404, 422, 500),
    summary="Download one file",
    description=(
        "The file of a current material in one language, as an attachment, with its own "
        "content type (PDF, image or video)."
    ),
    tags=["files"],
    url_name="material_file",
    openapi_extra=download("The file itself.", FILE_CONTENT_TYPES),
)
def download_file(request, address: Path[FileAddress]):
    material_file = _current_file(address.key, params.language(address.language, "language"))
    return _attachment(material_file.file, material_file.content_type, material_file.sha256)


@api.get(
    "/materials/{key}/files/{language}/captions",
    response=errors(400, 401, 404, 422, 500),
    summary="Download a video's captions",
    description="The WebVTT captions of a current video in one language.",
    tags=["files"],
    url_name="material_captions",
    openapi_extra=download("The WebVTT captions.", [CAPTIONS_CONTENT_TYPE]),
)
def download_captions(request, address: Path[FileAddress]):
    key, language = address.key, params.language(address.language, "language")
    material_file = _current_file(key, language)
    if not material_file.captions:
        raise HttpError(404, f"'{key}' has no captions in '{language}'.")
    return _attachment(material_file.captions, CAPTIONS_CONTENT_TYPE)


def _attachment(field_file, content_type, sha256=""):
    """A stored file streamed in chunks from its storage (file system now, S3 later)."""
    name = posixpath.basename(field_file.name)
    response = FileResponse(
        field_file.storage.open(field_file.name, "rb"),
        as_attachment=True,
        filename=name,
        content_type=content_type,
    )
    if sha256:
        response["ETag"] = f'"{sha256}"'
    return response


@api.get(
    "/bundle",
    response=errors(400, 401, 404, 413, 422, 500),
    summary="Download a ZIP bundle",
    description=(
        "A ZIP of the chosen materials in the chosen languages, streamed as it is built: "
        "`<key>/<language>/<file name>` for every pair that has a file (with a video's "
        "captions beside it), and `manifest.json` last, listing the materials, titles in each "
        "language, every file with its size and SHA-256, the pairs that have no file, and when "
        f"the bundle was made. At most {MAX_BUNDLE_MATERIALS} materials (422 beyond) and, by "
        "default, 1 GB (413 beyond). Unknown or withdrawn keys: 404; unknown languages: 422."
    ),
    tags=["bundles"],
    url_name="bundle",
    openapi_extra=download("The ZIP archive.", ["application/zip"]),
)
def bundle(request, query: Query[BundleQuery]):
    keys = params.bundle_keys(query.materials)
    codes = params.bundle_languages(query.languages)

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
        text, shown = translated(material, "title", code)
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
