"""Public downloads of material files, refused once a material is withdrawn.

Material files are never linked by their storage address (`/media/materials/...`): a withdrawn
material's file must stop being reachable the day its review-by date passes, which no static
file server knows. Every public link goes through `material_download`, which checks the
material and then hands the file over: by `X-Accel-Redirect` to an nginx `internal` location
when `MATERIAL_FILES_ACCEL_PREFIX` is set, else streamed from the storage (local disk or S3).
"""

import posixpath

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.views.decorators.http import require_safe
from django.views.static import serve

PARTS = ("file", "captions", "thumbnail")
# Where MaterialFile stores everything (upload_to); a web server must not serve it directly.
MEDIA_PREFIX = "materials/"
# A file stays downloadable at most this long after its material is withdrawn (caches).
MAX_AGE = 60 * 60


def download_url(material_file, part="file"):
    field_file = getattr(material_file, part)
    if not field_file:
        return ""
    return reverse(
        "material_download",
        kwargs={
            "pk": material_file.pk,
            "part": part,
            "filename": posixpath.basename(field_file.name),
        },
    )


@require_safe
def material_download(request, pk, part, filename):
    from .models import MaterialFile

    if part not in PARTS:
        raise Http404
    material_file = get_object_or_404(MaterialFile.objects.select_related("material"), pk=pk)
    field_file = getattr(material_file, part)
    if material_file.material.is_withdrawn or not field_file:
        raise Http404
    if posixpath.basename(field_file.name) != filename:
        raise Http404  # an old address of a replaced file
    accel_prefix = getattr(settings, "MATERIAL_FILES_ACCEL_PREFIX", "")
    if accel_prefix:
        response = HttpResponse(content_type="")
        response["X-Accel-Redirect"] = accel_prefix.rstrip("/") + "/" + field_file.name
    else:
        try:
            handle = field_file.storage.open(field_file.name, "rb")
        except FileNotFoundError as missing:
            raise Http404 from missing
        response = FileResponse(handle)
    if part == "file":
        response["Content-Disposition"] = f'attachment; filename="{material_file.download_name}"'
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve_public_media(request, path):
    """Django serving MEDIA_ROOT itself (`make run`), except material files."""
    normalised = posixpath.normpath("/" + path).lstrip("/")
    if normalised == MEDIA_PREFIX.rstrip("/") or normalised.startswith(MEDIA_PREFIX):
        raise Http404
    return serve(request, normalised, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    path(
        "downloads/materials/<int:pk>/<str:part>/<str:filename>",
        material_download,
        name="material_download",
    ),
]
