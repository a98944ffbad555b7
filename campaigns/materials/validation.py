"""Upload checks for material files: what a file is, is decided by its bytes, not its name.

Materials are downloaded and printed by the public, consular posts and partners, so a file must
be exactly what it claims to be and carry nothing that runs: no SVG (it can hold scripts), no
PDF with JavaScript, actions, attachments or multimedia (pdf_safety walks its objects). Images
are opened with a pixel limit, so a small file cannot expand into gigabytes of memory, and
decoded whole; a video's container is read from its first byte to its last (video.py).

The limits are module constants rather than settings: they describe what a printable leaflet or
a short video is, not how a server is deployed.
"""

import threading
import warnings
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

from . import pdf_safety, video
from .uploads import (
    MB,
    extension,
    file_name,
    file_size,
    read_all,
    read_head,
    refusal,
    sha256_of,
    size_limit,
)

MAX_PDF_BYTES = 50 * MB
MAX_IMAGE_BYTES = 50 * MB
MAX_VIDEO_BYTES = 500 * MB
# Pixels (width times height) an uploaded image may have: a 300 dpi A2 poster is about 35 million.
MAX_IMAGE_PIXELS = 60_000_000

# pdfium is not thread-safe; every call into it goes through this lock.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class FileType:
    """One accepted type: how to recognise it, what to call it, which names it may have."""

    key: str
    kind: str  # a MaterialFile.Kind value
    label: str
    content_type: str
    extensions: tuple

    @property
    def max_bytes(self):
        # Read at call time, so a test (or a later edit) that changes a limit is obeyed.
        return {"pdf": MAX_PDF_BYTES, "image": MAX_IMAGE_BYTES, "video": MAX_VIDEO_BYTES}[self.kind]


PDF = FileType("pdf", "pdf", "PDF", "application/pdf", (".pdf",))
PNG = FileType("png", "image", "PNG", "image/png", (".png",))
JPEG = FileType("jpeg", "image", "JPEG", "image/jpeg", (".jpg", ".jpeg"))
WEBP = FileType("webp", "image", "WebP", "image/webp", (".webp",))
MP4 = FileType("mp4", "video", "MP4", "video/mp4", (".mp4", ".m4v"))
WEBM = FileType("webm", "video", "WebM", "video/webm", (".webm",))
FILE_TYPES = (PDF, PNG, JPEG, WEBP, MP4, WEBM)
PILLOW_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}

# Accept attribute for the admin's file input (the server decides anyway).
ACCEPT = ",".join(ext for file_type in FILE_TYPES for ext in file_type.extensions)

# ISO base media "major brands" of MP4 video. HEIC/AVIF images and QuickTime share the
# container and are refused.
MP4_BRANDS = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso3",
        b"iso4",
        b"iso5",
        b"iso6",
        b"mp41",
        b"mp42",
        b"avc1",
        b"M4V ",
        b"M4VH",
        b"M4VP",
        b"dash",
        b"mmp4",
        b"MSNV",
        b"XAVC",
    }
)


@dataclass(frozen=True)
class Inspection:
    """What an accepted upload turned out to be."""

    file_type: FileType
    size: int
    sha256: str

    @property
    def kind(self):
        return self.file_type.kind


# Identification by content.


def looks_like_svg(head):
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) and b"<svg" in head.lower()


def _ebml_doctype(head):
    """The DocType of an EBML (Matroska/WebM) header, or None."""
    if not head.startswith(b"\x1a\x45\xdf\xa3"):
        return None
    at = head.find(b"\x42\x82", 4, 64)
    if at < 0 or at + 3 > len(head):
        return None
    first = head[at + 2]
    if first == 0:
        return None
    length = 9 - first.bit_length()
    value = first & (0xFF >> length)
    for byte in head[at + 3 : at + 2 + length]:
        value = (value << 8) | byte
    start = at + 2 + length
    return head[start : start + value]


def sniff(head):
    """The FileType the first bytes of a file announce, or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp" and head[8:12] in MP4_BRANDS:
        return MP4
    if _ebml_doctype(head) == b"webm":
        return WEBM
    return None


# PDF.

# What pdf_safety found, in the uploader's words.
ACTIVE_PDF_CONTENT = {
    pdf_safety.JAVASCRIPT: _("JavaScript"),
    pdf_safety.OPEN_JAVASCRIPT: _("JavaScript run when the document opens (/OpenAction)"),
    pdf_safety.LAUNCH: _("an action that launches a program or file"),
    pdf_safety.SUBMIT_FORM: _("a form that sends data"),
    pdf_safety.IMPORT_DATA: _("a form that loads data"),
    pdf_safety.REMOTE_GOTO: _("a link that opens another file (/GoToR)"),
    pdf_safety.SCRIPT_LINK: _(
        "a link to something other than a web page, an e-mail address or a phone number "
        "(such as javascript:)"
    ),
    pdf_safety.AUTOMATIC_ACTIONS: _("automatic actions (/AA)"),
    pdf_safety.EMBEDDED_FILE: _("an embedded file"),
    pdf_safety.RICH_MEDIA: _("embedded multimedia (/RichMedia)"),
    pdf_safety.MULTIMEDIA: _("sound, video or 3D content"),
    pdf_safety.XFA: _("an XFA form"),
    pdf_safety.UNINSPECTABLE: _("objects compressed in a way the site cannot check"),
}


def _pdf_unreadable(name, reason):
    return refusal(
        _(
            "“%(name)s” could not be opened as a PDF (%(reason)s). Export it again "
            "from the design program."
        ),
        "pdf_unreadable",
        name=name,
        reason=reason,
    )


def check_pdf(data, name):
    """Refuse a PDF that runs anything, is encrypted, or does not open.

    pdf_safety walks every object with qpdf; pdfium, which draws the thumbnail, then opens
    the file too and must agree: it has to open, find no script, attachment or XFA form, and
    find pages.
    """
    try:
        found = pdf_safety.active_content(data)
    except pdf_safety.RefusedPdf as refused:
        if refused.reason == pdf_safety.ENCRYPTED:
            raise refusal(
                _(
                    "“%(name)s” is password-protected or encrypted. Upload an unprotected PDF, "
                    "so that anyone can open and print it."
                ),
                "pdf_encrypted",
                name=name,
            ) from refused
        if refused.reason == pdf_safety.TOO_COMPLEX:
            raise refusal(
                _(
                    "“%(name)s” is too large or too complex to check in time. Export it again "
                    "from the design program, without incremental saves."
                ),
                "pdf_too_complex",
                name=name,
            ) from refused
        raise _pdf_unreadable(name, refused.detail or _("damaged file")) from refused
    if pdf_safety.OPEN_JAVASCRIPT in found:
        # Name the worst case once: a script that runs as soon as the file is opened.
        found = found - {pdf_safety.JAVASCRIPT}
    if found:
        order = list(ACTIVE_PDF_CONTENT)
        raise _active_content(
            name, [ACTIVE_PDF_CONTENT[code] for code in sorted(found, key=order.index)]
        )

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise _pdf_unreadable(name, str(error).rstrip(".")) from error
        try:
            found = []
            if pdfium_c.FPDFDoc_GetJavaScriptActionCount(document.raw) > 0:
                found.append(ACTIVE_PDF_CONTENT[pdf_safety.JAVASCRIPT])
            if document.count_attachments() > 0:
                found.append(ACTIVE_PDF_CONTENT[pdf_safety.EMBEDDED_FILE])
            if document.get_formtype() in (
                pdfium_c.FORMTYPE_XFA_FULL,
                pdfium_c.FORMTYPE_XFA_FOREGROUND,
            ):
                found.append(ACTIVE_PDF_CONTENT[pdf_safety.XFA])
            pages = len(document)
        finally:
            document.close()
    if found:
        raise _active_content(name, found)
    if pages == 0:
        raise refusal(_("“%(name)s” is a PDF without pages."), "pdf_empty", name=name)


def _active_content(name, found):
    labels = ", ".join(dict.fromkeys(str(label) for label in found))
    return refusal(
        _(
            "“%(name)s” contains %(content)s, which a material may not carry. Export the PDF "
            "again without scripts, actions, attachments or multimedia (PDF/X or PDF/A "
            "export does this)."
        ),
        "pdf_active_content",
        name=name,
        content=labels,
    )


# Images.


def _image_too_large(name, size=None):
    limit = f"{MAX_IMAGE_PIXELS / 1_000_000:g}"
    if size:
        return refusal(
            _(
                "“%(name)s” is %(width)s × %(height)s pixels; images may have at most "
                "%(limit)s megapixels."
            ),
            "image_too_many_pixels",
            name=name,
            width=size[0],
            height=size[1],
            limit=limit,
        )
    return refusal(
        _(
            "“%(name)s” has more pixels than can be opened safely; the limit is %(limit)s "
            "megapixels."
        ),
        "image_too_many_pixels",
        name=name,
        limit=limit,
    )


def check_image(file, name, file_type):
    """A material image of `file_type`, within the pixel limit and decoded whole."""
    decode_image(file, name, [PILLOW_FORMATS[file_type.key]], file_type.label)


def decode_image(file, name, formats, label):
    """Open the image as one of Pillow's `formats` within the pixel limit, and decode it all.

    verify() checks the structure and checksums but not the pixels: a PNG whose image data
    stops early passes it. So the image is opened again and every frame decoded.
    """
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file, formats=formats) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _image_too_large(name, image.size)
                image.verify()
            file.seek(0)
            with Image.open(file, formats=formats) as image:
                frames = getattr(image, "n_frames", 1)
                # An animation decodes every frame: the limit counts them all.
                if width * height * frames > MAX_IMAGE_PIXELS:
                    raise _image_too_large(name)
                _decode_frames(image, frames, name)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _image_too_large(name) from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for damaged data.
        raise refusal(
            _("“%(name)s” could not be read as a %(type)s image (%(reason)s)."),
            "image_unreadable",
            name=name,
            type=label,
            reason=str(error) or error.__class__.__name__,
        ) from error
    finally:
        file.seek(0)


def _decode_frames(image, frames, name):
    try:
        for frame in range(frames):
            image.seek(frame)
            image.load()
    except Exception as error:  # the structure was sound: the pixel data is not
        raise refusal(
            _(
                "“%(name)s” is damaged or cut short: its picture stops before the end. Export "
                "it again."
            ),
            "image_incomplete",
            name=name,
        ) from error


# Video.


def check_video(file, name, file_type, size):
    """The container read whole: every part defined, sized to fit, a video track, nothing added."""
    check = video.check_mp4 if file_type is MP4 else video.check_webm
    try:
        check(file, size)
    except video.DamagedVideo as damage:
        raise refusal(
            _(
                "“%(name)s” is not a clean %(type)s video: %(problem)s. Export it again from "
                "the video editor."
            ),
            "video_damaged",
            name=name,
            type=file_type.label,
            problem=damage.problem,
        ) from damage
    finally:
        file.seek(0)


# The whole check.


def inspect_upload(file):
    """Check a material file and say what it is; raise ValidationError with the reason if not.

    Returns an Inspection (type, size, SHA-256) for the model to record.
    """
    name = file_name(file)
    suffix = extension(name)
    if suffix in (".svg", ".svgz"):
        raise _svg_error(name)
    size = file_size(file)
    if size == 0:
        raise refusal(_("“%(name)s” is empty."), "empty", name=name)
    head = read_head(file)
    if looks_like_svg(head):
        raise _svg_error(name)
    file_type = sniff(head)
    if file_type is None:
        raise refusal(
            _(
                "“%(name)s” is not a PDF, a PNG, JPEG or WebP image, or an MP4 or WebM video. "
                "Only these are accepted, whatever the file's name says."
            ),
            "unsupported_type",
            name=name,
        )
    if suffix not in file_type.extensions:
        raise refusal(
            _(
                "“%(name)s” contains a %(type)s file but its name ends in “%(extension)s”. "
                "Rename it to end in %(expected)s."
            ),
            "extension_mismatch",
            name=name,
            type=file_type.label,
            extension=suffix or "…",
            expected=" / ".join(file_type.extensions),
        )
    if size > file_type.max_bytes:
        raise refusal(
            _("“%(name)s” is %(size)s; %(type)s files may be at most %(limit)s."),
            "too_large",
            name=name,
            size=filesizeformat(size),
            type=file_type.label,
            limit=size_limit(file_type.max_bytes),
        )
    if file_type is PDF:
        check_pdf(read_all(file), name)
    elif file_type.kind == "image":
        check_image(file, name, file_type)
    else:
        check_video(file, name, file_type, size)
    return Inspection(file_type=file_type, size=size, sha256=sha256_of(file))


def _svg_error(name):
    return refusal(
        _(
            "“%(name)s” is an SVG image. SVG files can carry scripts and are not accepted; "
            "export it as PDF or PNG."
        ),
        "svg",
        name=name,
    )
