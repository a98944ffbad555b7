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


SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)


def mp4_bytes(brand=b"mp42"):
    """The start of an MP4 file: an ftyp box naming its brand, then an empty mdat box."""
    ftyp = b"ftyp" + brand + b"\x00\x00\x00\x00" + brand + b"isom"
    return struct.pack(">I", len(ftyp) + 4) + ftyp + struct.pack(">I", 8) + b"mdat"


def webm_bytes(doctype=b"webm"):
    """An EBML header with the given DocType, as a WebM (or Matroska) file starts."""
    elements = b"\x42\x86\x81\x01" + b"\x42\x82" + bytes([0x80 | len(doctype)]) + doctype
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(elements)]) + elements + b"\x18\x53\x80\x67"


VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nSună gratuit la 0800 800 678.\n".encode()
