"""Upload checks for material files: what a file is, is decided by its bytes, not its name.

Materials are downloaded and printed by the public, consular posts and partners, so a file must
be exactly what it claims to be and carry nothing that runs: no SVG (it can hold scripts), no
PDF with JavaScript, launch actions, automatic actions, attachments or multimedia. Images are
opened with a pixel limit so a small file cannot expand into gigabytes of memory.

The limits are module constants rather than settings: they describe what a printable leaflet or
a short video is, not how a server is deployed.
"""

import hashlib
import posixpath
import re
import threading
import warnings
import zlib
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

MB = 1024 * 1024
MAX_PDF_BYTES = 50 * MB
MAX_IMAGE_BYTES = 50 * MB
MAX_VIDEO_BYTES = 500 * MB
MAX_CAPTIONS_BYTES = 1 * MB
# Pixels (width times height) an uploaded image may have: a 300 dpi A2 poster is about 35 million.
MAX_IMAGE_PIXELS = 60_000_000
# What the PDF check inflates, in all, to read compressed object streams: a bomb stops here.
MAX_INFLATED_BYTES = 200 * MB

# pdfium is not thread-safe; every call into it goes through this lock.
PDFIUM_LOCK = threading.Lock()

HEAD_BYTES = 4096


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
CAPTIONS_ACCEPT = ".vtt,text/vtt"

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


def file_name(file):
    return posixpath.basename((getattr(file, "name", "") or "").replace("\\", "/"))


def extension(name):
    return posixpath.splitext(name)[1].lower()


def _error(message, code, **params):
    return ValidationError(message, code=code, params=params)


def _limit(max_bytes):
    return f"{max_bytes // MB} MB" if max_bytes >= MB else filesizeformat(max_bytes)


def _read_head(file, size=HEAD_BYTES):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def _read_all(file):
    file.seek(0)
    data = b"".join(file.chunks()) if hasattr(file, "chunks") else file.read()
    file.seek(0)
    return data


def sha256_of(file):
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in file.chunks() if hasattr(file, "chunks") else iter(lambda: file.read(MB), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def _file_size(file):
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, 2)
        size = file.tell()
        file.seek(0)
    return size


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

# A name token: a slash and the regular characters after it (PDF 32000-1, 7.2.2 and 7.3.5).
_NAME = re.compile(rb"/([^\s/<>\[\]()%{}\x00]+)")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM_START = re.compile(rb"stream(?:\r\n|\n|\r)")

# Names that mean a PDF can act rather than just be printed, and what to call them.
ACTIVE_PDF_NAMES = {
    b"JavaScript": _("JavaScript"),
    b"JS": _("JavaScript"),
    b"Launch": _("an action that launches a program or file"),
    b"AA": _("automatic actions (/AA)"),
    b"EmbeddedFile": _("an embedded file"),
    b"EmbeddedFiles": _("an embedded file"),
    b"RichMedia": _("embedded multimedia (/RichMedia)"),
    b"XFA": _("an XFA form"),
    b"SubmitForm": _("a form that sends data"),
    b"ImportData": _("a form that loads data"),
}


def _decode_name(raw):
    if b"#" not in raw:
        return raw
    return _NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), raw)


def pdf_names(data):
    """Every name token in `data`, with #xx escapes decoded (/J#61vaScript is /JavaScript)."""
    return {_decode_name(match.group(1)) for match in _NAME.finditer(data)}


# Marks content the check could not read (a filter it does not decode, or a bomb).
UNINSPECTABLE = b"#uninspectable"


class _TooMuchToInflate(Exception):
    pass


def _inflate(data, start, end, budget):
    """Inflate the zlib stream at data[start:end], refusing to produce more than `budget`."""
    inflater = zlib.decompressobj()
    out = []
    size = 0
    view = memoryview(data)
    position = start
    while position < end and not inflater.eof:
        chunk = inflater.decompress(view[position : min(position + 65536, end)], budget - size + 1)
        position += 65536
        while True:
            out.append(chunk)
            size += len(chunk)
            if size > budget:
                raise _TooMuchToInflate
            if not inflater.unconsumed_tail:
                break
            chunk = inflater.decompress(inflater.unconsumed_tail, budget - size + 1)
    return b"".join(out)


def pdf_structure_names(data):
    """Names in the PDF's objects: outside streams, and inside compressed object streams.

    Streams hold page drawing, fonts and images, whose compressed bytes would produce random
    "names"; object streams (/ObjStm) hold ordinary objects and are inflated and read.
    """
    names = set()
    budget = MAX_INFLATED_BYTES
    position = 0
    while True:
        match = _STREAM_START.search(data, position)
        if match is None:
            names |= pdf_names(data[position:])
            return names
        # The keyword must follow a dictionary: `>>` then optional white space.
        before = data[max(position, match.start() - 64) : match.start()].rstrip()
        if not before.endswith(b">>"):
            names |= pdf_names(data[position : match.end()])
            position = match.end()
            continue
        object_start = max(data.rfind(b"obj", position, match.start()), position)
        dictionary_names = pdf_names(data[object_start : match.start()])
        names |= pdf_names(data[position : match.start()])
        end = data.find(b"endstream", match.end())
        end = len(data) if end < 0 else end
        if b"ObjStm" in dictionary_names:
            if dictionary_names & {b"FlateDecode", b"Fl"} and not dictionary_names & {
                b"LZWDecode",
                b"ASCII85Decode",
                b"ASCIIHexDecode",
                b"RunLengthDecode",
                b"Crypt",
            }:
                try:
                    inflated = _inflate(data, match.end(), end, budget)
                except zlib.error:
                    inflated = b""
                except _TooMuchToInflate:
                    names.add(UNINSPECTABLE)
                    inflated = b""
                budget -= len(inflated)
                names |= pdf_names(inflated)
            else:
                names.add(UNINSPECTABLE)
        position = end + len(b"endstream")


def check_pdf(data, name):
    """Refuse a PDF that runs anything, is encrypted, or does not open."""
    names = pdf_structure_names(data)
    if b"Encrypt" in names:
        raise _error(
            _(
                "“%(name)s” is password-protected or encrypted. Upload an unprotected PDF, "
                "so that anyone can open and print it."
            ),
            "pdf_encrypted",
            name=name,
        )
    found = [label for key, label in ACTIVE_PDF_NAMES.items() if key in names]
    if b"OpenAction" in names and names & {b"JavaScript", b"JS"}:
        # Name the worst case: a script that runs as soon as the file is opened.
        javascript = str(ACTIVE_PDF_NAMES[b"JavaScript"])
        found = [_("JavaScript run when the document opens (/OpenAction)")] + [
            label for label in found if str(label) != javascript
        ]
    if UNINSPECTABLE in names:
        found.append(_("objects compressed in a way the site cannot check"))
    if found:
        raise _active_content(name, found)

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            raise _error(
                _(
                    "“%(name)s” could not be opened as a PDF (%(reason)s). Export it again "
                    "from the design program."
                ),
                "pdf_unreadable",
                name=name,
                reason=str(error).rstrip("."),
            ) from error
        try:
            found = []
            if pdfium_c.FPDFDoc_GetJavaScriptActionCount(document.raw) > 0:
                found.append(_("JavaScript"))
            if document.count_attachments() > 0:
                found.append(_("an embedded file"))
            if document.get_formtype() in (
                pdfium_c.FORMTYPE_XFA_FULL,
                pdfium_c.FORMTYPE_XFA_FOREGROUND,
            ):
                found.append(_("an XFA form"))
            pages = len(document)
        finally:
            document.close()
    if found:
        raise _active_content(name, found)
    if pages == 0:
        raise _error(_("“%(name)s” is a PDF without pages."), "pdf_empty", name=name)


def _active_content(name, found):
    labels = ", ".join(dict.fromkeys(str(label) for label in found))
    return _error(
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
        return _error(
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
    return _error(
        _(
            "“%(name)s” has more pixels than can be opened safely; the limit is %(limit)s "
            "megapixels."
        ),
        "image_too_many_pixels",
        name=name,
        limit=limit,
    )


def check_image(file, name, file_type):
    """Open the image with Pillow within the pixel limit and verify its data."""
    expected = PILLOW_FORMATS[file_type.key]
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file, formats=[expected]) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _image_too_large(name, image.size)
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _image_too_large(name) from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for damaged data.
        raise _error(
            _("“%(name)s” could not be read as a %(type)s image (%(reason)s)."),
            "image_unreadable",
            name=name,
            type=file_type.label,
            reason=str(error) or error.__class__.__name__,
        ) from error
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
    size = _file_size(file)
    if size == 0:
        raise _error(_("“%(name)s” is empty."), "empty", name=name)
    head = _read_head(file)
    if looks_like_svg(head):
        raise _svg_error(name)
    file_type = sniff(head)
    if file_type is None:
        raise _error(
            _(
                "“%(name)s” is not a PDF, a PNG, JPEG or WebP image, or an MP4 or WebM video. "
                "Only these are accepted, whatever the file's name says."
            ),
            "unsupported_type",
            name=name,
        )
    if suffix not in file_type.extensions:
        raise _error(
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
        raise _error(
            _("“%(name)s” is %(size)s; %(type)s files may be at most %(limit)s."),
            "too_large",
            name=name,
            size=filesizeformat(size),
            type=file_type.label,
            limit=_limit(file_type.max_bytes),
        )
    if file_type is PDF:
        check_pdf(_read_all(file), name)
    elif file_type.kind == "image":
        check_image(file, name, file_type)
    return Inspection(file_type=file_type, size=size, sha256=sha256_of(file))


def _svg_error(name):
    return _error(
        _(
            "“%(name)s” is an SVG image. SVG files can carry scripts and are not accepted; "
            "export it as PDF or PNG."
        ),
        "svg",
        name=name,
    )


def check_captions(file):
    """A WebVTT caption file: UTF-8 text, starting with the WEBVTT line, at most 1 MB."""
    name = file_name(file)
    size = _file_size(file)
    if size > MAX_CAPTIONS_BYTES:
        raise _error(
            _("“%(name)s” is %(size)s; caption files may be at most %(limit)s."),
            "captions_too_large",
            name=name,
            size=filesizeformat(size),
            limit=_limit(MAX_CAPTIONS_BYTES),
        )
    not_webvtt = _error(
        _(
            "“%(name)s” is not a WebVTT caption file: it must be a .vtt file whose first line "
            "is WEBVTT."
        ),
        "captions_not_webvtt",
        name=name,
    )
    if extension(name) != ".vtt":
        raise not_webvtt
    data = _read_all(file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _error(
            _("“%(name)s” is not UTF-8 text. Save the captions as UTF-8."),
            "captions_not_utf8",
            name=name,
        ) from error
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if "\x00" in text or not (
        first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))
    ):
        raise not_webvtt
