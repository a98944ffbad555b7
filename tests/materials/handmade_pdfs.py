"""PDF structure written byte by byte, where pikepdf would tidy the trick away: incremental
updates appended to a saved file, and an object stream with a chain of filters and a predictor.
"""

import io
import re
import zlib

import pikepdf


def root_and_pages(data):
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return pdf.Root.objgen[0], pdf.Root.Pages.objgen[0]


def object_body(data, number):
    match = re.search(rb"\n%d 0 obj\s*(.*?)\s*endobj" % number, data, re.S)
    return match.group(1)


def incremental_update(base, objects):
    """`base` with an update appended that (re)defines `objects` ({number: body})."""
    previous = int(re.findall(rb"startxref\s+(\d+)", base)[-1])
    root, _pages = root_and_pages(base)
    with pikepdf.open(io.BytesIO(base)) as pdf:
        size = max(int(pdf.trailer.Size), max(objects) + 1)
    out = io.BytesIO(base)
    out.seek(0, 2)
    offsets = {}
    for number, body in sorted(objects.items()):
        out.write(b"\n")
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 1\n0000000000 65535 f \n")
    for number, offset in sorted(offsets.items()):
        out.write(b"%d 1\n%010d 00000 n \n" % (number, offset))
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (size, root, previous, xref)
    )
    return out.getvalue()


def _png_up_predict(data, columns):
    """PNG "Up" predictor rows, as /Predictor 12 /Columns `columns` decodes them."""
    data += b" " * (-len(data) % columns)
    previous = bytes(columns)
    rows = []
    for start in range(0, len(data), columns):
        row = data[start : start + columns]
        rows.append(b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous, strict=True)))
        previous = row
    return b"".join(rows)


def xref_stream_pdf(compressed, open_action):
    """A PDF 1.5 file whose objects 5, 6, ... sit in an object stream encoded with
    ASCIIHex, then Flate, then a PNG predictor, listed by a cross-reference stream.

    Object 5 is the catalog's /OpenAction when `open_action` is set.
    """
    opening = b" /OpenAction 5 0 R" if open_action else b""
    plain = [
        b"<< /Type /Catalog /Pages 2 0 R%s >>" % opening,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    first_compressed = len(plain) + 2  # after the object stream, object 4
    offsets, body = [], b""
    for item in compressed:
        offsets.append(len(body))
        body += item + b"\n"
    header = b" ".join(
        b"%d %d" % (first_compressed + index, offset) for index, offset in enumerate(offsets)
    )
    content = header + b"\n" + body
    encoded = zlib.compress(_png_up_predict(content, 8)).hex().encode() + b">"
    object_stream = (
        b"<< /Type /ObjStm /N %d /First %d /Filter [/ASCIIHexDecode /FlateDecode] "
        b"/DecodeParms [null << /Predictor 12 /Columns 8 >>] /Length %d >>\nstream\n"
        % (len(compressed), len(header) + 1, len(encoded))
        + encoded
        + b"\nendstream"
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    entries = [b"\x00" + bytes(4) + b"\xff\xff"]
    for number, item in enumerate([*plain, object_stream], start=1):
        entries.append(b"\x01" + out.tell().to_bytes(4, "big") + bytes(2))
        out.write(b"%d 0 obj\n" % number + item + b"\nendobj\n")
    for index in range(len(compressed)):
        entries.append(b"\x02" + (len(plain) + 1).to_bytes(4, "big") + index.to_bytes(2, "big"))
    xref_number = first_compressed + len(compressed)
    entries.append(b"\x01" + out.tell().to_bytes(4, "big") + bytes(2))
    table = b"".join(entries)
    xref_offset = out.tell()
    out.write(
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % (xref_number, xref_number + 1, len(table))
        + table
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    )
    return out.getvalue()
