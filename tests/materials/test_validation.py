"""Each upload rule accepts a good file and rejects a bad one, saying why in plain words."""

import pytest
from django.core.exceptions import ValidationError

from campaigns.materials import validation
from campaigns.materials.validation import check_captions, inspect_upload

from . import files


def rejection(data, name, check=inspect_upload):
    with pytest.raises(ValidationError) as caught:
        check(files.upload(data, name))
    [message] = caught.value.messages
    # File sizes are written with a no-break space ("20\xa0bytes").
    return message.replace("\xa0", " ")


@pytest.mark.parametrize(
    ("data", "name", "kind", "label"),
    [
        (files.pdf_bytes(), "leaflet.pdf", "pdf", "PDF"),
        (files.handmade_pdf(b"/OpenAction [3 0 R /Fit]"), "opens-at-page-1.pdf", "pdf", "PDF"),
        (files.image_bytes("PNG"), "poster.png", "image", "PNG"),
        (files.image_bytes("JPEG"), "poster.JPG", "image", "JPEG"),
        (files.image_bytes("WEBP"), "social.webp", "image", "WebP"),
        (files.mp4_bytes(), "spot.mp4", "video", "MP4"),
        (files.webm_bytes(), "spot.webm", "video", "WebM"),
    ],
)
def test_accepted_types_are_recognised_by_their_content(data, name, kind, label):
    inspection = inspect_upload(files.upload(data, name))
    assert (inspection.kind, inspection.file_type.label) == (kind, label)
    assert inspection.size == len(data)
    assert len(inspection.sha256) == 64


def test_svg_is_refused_by_name_and_by_content():
    expected = "“logo.svg” is an SVG image. SVG files can carry scripts and are not accepted"
    assert rejection(files.SVG, "logo.svg").startswith(expected)
    assert rejection(files.SVG, "logo.png").startswith("“logo.png” is an SVG image.")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"MZ\x90\x00 a Windows program", "leaflet.pdf"),
        (b"<html><script>alert(1)</script></html>", "page.pdf"),
        (files.mp4_bytes(b"heic"), "photo.mp4"),  # an HEIC image in an MP4-like container
        (files.webm_bytes(b"matroska"), "film.webm"),  # Matroska, not WebM
    ],
)
def test_other_content_is_refused_whatever_its_name(data, name):
    assert rejection(data, name) == (
        f"“{name}” is not a PDF, a PNG, JPEG or WebP image, or an MP4 or WebM video. "
        "Only these are accepted, whatever the file's name says."
    )


def test_a_name_that_lies_about_the_content_is_refused():
    assert rejection(files.image_bytes("PNG"), "leaflet.pdf") == (
        "“leaflet.pdf” contains a PNG file but its name ends in “.pdf”. Rename it to end in .png."
    )


def test_an_empty_file_is_refused():
    assert rejection(b"", "leaflet.pdf") == "“leaflet.pdf” is empty."


@pytest.mark.parametrize(
    ("limit", "data", "name", "label"),
    [
        ("MAX_PDF_BYTES", files.pdf_bytes(), "leaflet.pdf", "PDF"),
        ("MAX_IMAGE_BYTES", files.image_bytes("PNG"), "poster.png", "PNG"),
        ("MAX_VIDEO_BYTES", files.mp4_bytes(), "spot.mp4", "MP4"),
    ],
)
def test_size_limits(monkeypatch, limit, data, name, label):
    monkeypatch.setattr(validation, limit, len(data))
    inspect_upload(files.upload(data, name))  # exactly at the limit: accepted
    monkeypatch.setattr(validation, limit, 20)
    assert rejection(data, name).startswith(f"“{name}” is ")
    assert rejection(data, name) == (
        f"“{name}” is {len(data)} bytes; {label} files may be at most 20 bytes."
    )


def test_the_real_limits():
    assert validation.MAX_PDF_BYTES == validation.MAX_IMAGE_BYTES == 50 * 1024 * 1024
    assert validation.MAX_VIDEO_BYTES == 500 * 1024 * 1024
    assert validation.MAX_CAPTIONS_BYTES == 1024 * 1024


ACTIVE = (
    "which a material may not carry. Export the PDF again without scripts, actions, "
    "attachments or multimedia (PDF/X or PDF/A export does this)."
)


@pytest.mark.parametrize(
    ("catalog", "objects", "found"),
    [
        (
            b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
            (),
            "JavaScript run when the document opens (/OpenAction)",
        ),
        # The same, spelt with #xx escapes and moved to another object.
        (b"/OpenAction 4 0 R", (b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>",), None),
        (b"/Names << /JavaScript 4 0 R >>", (b"<< /Names [(x) << /S /JavaScript >>] >>",), None),
        (b"/OpenAction 4 0 R", (b"<< /S /Launch /F (calc.exe) >>",), "an action that launches"),
        (b"/AA << /WC 4 0 R >>", (b"<< /S /GoTo /D [3 0 R /Fit] >>",), "automatic actions (/AA)"),
        (b"/Names << /EmbeddedFiles 4 0 R >>", (b"<< /Names [] >>",), "an embedded file"),
        (b"", (b"<< /Type /RichMedia >>",), "embedded multimedia (/RichMedia)"),
        # Hidden in a compressed object stream, which the check inflates and reads.
        (b"", (files.object_stream(b"<< /S /Launch /F (calc.exe) >>"),), "an action that"),
    ],
)
def test_pdfs_that_can_act_are_refused(catalog, objects, found):
    message = rejection(files.handmade_pdf(catalog, objects), "leaflet.pdf")
    assert message.startswith("“leaflet.pdf” contains ")
    assert message.endswith(ACTIVE)
    if found:
        assert found in message
    else:
        assert "JavaScript" in message


def test_an_encrypted_pdf_is_refused():
    pdf = files.handmade_pdf(b"/Encrypt 4 0 R", (b"<< /Filter /Standard /V 1 >>",))
    assert rejection(pdf, "leaflet.pdf") == (
        "“leaflet.pdf” is password-protected or encrypted. Upload an unprotected PDF, so that "
        "anyone can open and print it."
    )


def test_a_pdf_that_pdfium_cannot_open_is_refused():
    message = rejection(b"%PDF-1.7\nnot really a PDF", "leaflet.pdf")
    assert message.startswith("“leaflet.pdf” could not be opened as a PDF (")
    assert message.endswith("). Export it again from the design program.")


def test_an_image_claiming_billions_of_pixels_is_refused_before_decoding():
    assert rejection(files.png_claiming(100_000, 100_000), "bomb.png") == (
        "“bomb.png” has more pixels than can be opened safely; the limit is 60 megapixels."
    )


def test_the_pixel_limit(monkeypatch):
    monkeypatch.setattr(validation, "MAX_IMAGE_PIXELS", 40 * 20)
    inspect_upload(files.upload(files.image_bytes("PNG", (40, 20)), "exact.png"))
    assert rejection(files.image_bytes("PNG", (41, 20)), "big.png") == (
        "“big.png” is 41 × 20 pixels; images may have at most 0.0008 megapixels."
    )


def test_pillow_bomb_warnings_count_as_errors(monkeypatch):
    # Between Pillow's own limit and twice it, Pillow only warns: that is refused too.
    monkeypatch.setattr(validation, "MAX_IMAGE_PIXELS", 10**9)
    monkeypatch.setattr(validation.Image, "MAX_IMAGE_PIXELS", 500)
    assert rejection(files.image_bytes("PNG", (30, 20)), "warned.png").startswith(
        "“warned.png” has more pixels than can be opened safely"
    )


def test_a_damaged_image_is_refused():
    png = bytearray(files.image_bytes("PNG"))
    png[40] ^= 0xFF  # inside the pixel data: the checksum no longer matches
    message = rejection(bytes(png), "poster.png")
    assert message.startswith("“poster.png” could not be read as a PNG image (")


def test_captions_must_be_webvtt():
    check_captions(files.upload(files.VTT, "ro.vtt"))
    check_captions(files.upload(b"\xef\xbb\xbf" + files.VTT, "with-bom.vtt"))
    expected = "is not a WebVTT caption file: it must be a .vtt file whose first line is WEBVTT."
    assert rejection(b"1\n00:00:00,000 --> 00:00:02,000\nHi\n", "ro.vtt", check_captions) == (
        f"“ro.vtt” {expected}"
    )
    assert rejection(files.VTT, "ro.srt", check_captions) == f"“ro.srt” {expected}"


def test_captions_must_be_utf8():
    latin1 = "WEBVTT\n\n00:00.000 --> 00:01.000\nSună\n".replace("ă", "a").encode() + b"\xe9\n"
    assert rejection(latin1, "ro.vtt", check_captions) == (
        "“ro.vtt” is not UTF-8 text. Save the captions as UTF-8."
    )


def test_captions_size_limit(monkeypatch):
    monkeypatch.setattr(validation, "MAX_CAPTIONS_BYTES", 10)
    assert rejection(files.VTT, "ro.vtt", check_captions).endswith(
        "; caption files may be at most 10 bytes."
    )
