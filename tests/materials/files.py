"""Tiny real files for the upload checks, built in memory: no fixtures on disk to go stale."""

import io
import struct
import zlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.core.files.base import ContentFile
from PIL import Image

RED = (255, 0, 0)


def upload(data, name):
    return ContentFile(data, name=name)


def pdf_bytes(first_page=(200, 300), second_page=(400, 100)):
    """A real two-page PDF from pdfium; the first page is filled red, the second left white."""
    document = pdfium.PdfDocument.new()
    try:
        page = document.new_page(*first_page)
        rectangle = pdfium_c.FPDFPageObj_CreateNewRect(0, 0, *first_page)
        pdfium_c.FPDFPageObj_SetFillColor(rectangle, *RED, 255)
        pdfium_c.FPDFPath_SetDrawMode(rectangle, pdfium_c.FPDF_FILLMODE_ALTERNATE, False)
        pdfium_c.FPDFPage_InsertObject(page.raw, rectangle)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
        if second_page:
            document.new_page(*second_page).close()
        out = io.BytesIO()
        document.save(out)
    finally:
        document.close()
    return out.getvalue()


def handmade_pdf(catalog_extra=b"", extra_objects=()):
    """A minimal one-page PDF written by hand, with correct cross-references.

    `catalog_extra` goes into the document catalog (e.g. an /OpenAction); `extra_objects` are
    appended as objects 4, 5, ...
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        *extra_objects,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def object_stream(*bodies):
    """An /ObjStm object (compressed with Flate) holding `bodies` as objects 10, 11, ..."""
    offsets, content = [], b""
    for body in bodies:
        offsets.append(len(content))
        content += body + b"\n"
    header = b" ".join(b"%d %d" % (10 + index, offset) for index, offset in enumerate(offsets))
    data = zlib.compress(header + b"\n" + content)
    return (
        b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(bodies), len(header) + 1, len(data))
        + data
        + b"\nendstream"
    )


def image_bytes(image_format="PNG", size=(40, 20), colour=RED):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, image_format)
    return out.getvalue()


def _png_chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_claiming(width, height):
    """A PNG whose header claims `width` by `height` pixels, with almost no pixel data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00"))
        + _png_chunk(b"IEND", b"")
    )


def png_cut_short(size=(40, 20)):
    """A PNG whose chunks and checksums are sound but whose pixel data stops halfway."""
    width, height = size
    rows = b"".join(
        b"\x00" + bytes(index % 256 for index in range(3 * width)) for _ in range(height)
    )
    pixels = zlib.compress(rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", pixels[: len(pixels) // 2])
        + _png_chunk(b"IEND", b"")
    )


def jpeg_cut_short():
    """A JPEG cut off halfway through its pixel data, as an interrupted transfer leaves it."""
    out = io.BytesIO()
    Image.effect_noise((200, 200), 50).convert("RGB").save(out, "JPEG")
    data = out.getvalue()
    return data[: len(data) // 2]


SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)


def box(kind, payload=b""):
    """An ISO base media box: its size, its 4-letter type, its payload."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_bytes(brand=b"mp42", handler=b"vide"):
    """A structurally complete MP4: ftyp, a moov with one track of `handler`, then an mdat."""
    ftyp = box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand + b"isom")
    hdlr = box(b"hdlr", bytes(8) + handler + bytes(13))
    media = box(b"mdia", box(b"mdhd", bytes(24)) + hdlr + box(b"minf", box(b"stbl")))
    moov = box(b"moov", box(b"mvhd", bytes(100)) + box(b"trak", box(b"tkhd", bytes(84)) + media))
    return ftyp + moov + box(b"mdat", bytes(64))


def ebml(element_id, payload=b""):
    """An EBML element: its ID, its size as a variable-length integer, its payload."""
    size = (
        bytes([0x80 | len(payload)])
        if len(payload) < 127
        else b"\x01" + len(payload).to_bytes(7, "big")
    )
    return element_id + size + payload


SEGMENT_ID = b"\x18\x53\x80\x67"
CLUSTER_ID = b"\x1f\x43\xb6\x75"
OPEN_SIZE = b"\xff"  # a one-byte size with every bit set: "until the parent ends"


def webm_bytes(doctype=b"webm", track_type=1, open_sizes=False, segment_extra=b""):
    """A small but complete WebM: EBML header, then a segment with info, a track and a cluster.

    With `open_sizes` the segment and cluster leave their size open, as browsers' recorders
    (MediaRecorder) write them.
    """
    header = ebml(b"\x1a\x45\xdf\xa3", ebml(b"\x42\x86", b"\x01") + ebml(b"\x42\x82", doctype))
    info = ebml(b"\x15\x49\xa9\x66", ebml(b"\x2a\xd7\xb1", (1_000_000).to_bytes(3, "big")))
    entry = ebml(b"\xd7", b"\x01") + ebml(b"\x83", bytes([track_type])) + ebml(b"\x86", b"V_VP8")
    tracks = ebml(b"\x16\x54\xae\x6b", ebml(b"\xae", entry))
    blocks = ebml(b"\xe7", b"\x00") + ebml(b"\xa3", b"\x81\x00\x00\x80" + bytes(16))
    if open_sizes:
        body = info + tracks + segment_extra + CLUSTER_ID + OPEN_SIZE + blocks
        return header + SEGMENT_ID + b"\x01" + b"\xff" * 7 + body
    body = info + tracks + segment_extra + ebml(CLUSTER_ID, blocks)
    return header + ebml(SEGMENT_ID, body)


VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nSună gratuit la 0800 800 678.\n".encode()
