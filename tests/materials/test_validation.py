"""Each upload rule accepts a good file and rejects a bad one, saying why in plain words."""

import pytest
from django.core.exceptions import ValidationError

from campaigns.materials import captions, pdf_safety, validation, video
from campaigns.materials.captions import check_captions
from campaigns.materials.validation import inspect_upload

from . import files, hostile_pdfs


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
    assert captions.MAX_CAPTIONS_BYTES == 1024 * 1024


ACTIVE = (
    "which a material may not carry. Export the PDF again without scripts, actions, "
    "attachments or multimedia (PDF/X or PDF/A export does this)."
)


def test_a_script_run_on_opening_is_named_once():
    assert rejection(hostile_pdfs.open_action_javascript(), "leaflet.pdf") == (
        f"“leaflet.pdf” contains JavaScript run when the document opens (/OpenAction), {ACTIVE}"
    )


def test_everything_a_pdf_carries_is_named():
    assert rejection(hostile_pdfs.page_open_actions(), "leaflet.pdf") == (
        f"“leaflet.pdf” contains JavaScript, automatic actions (/AA), {ACTIVE}"
    )


@pytest.mark.parametrize(
    "build", [hostile_pdfs.encrypted_with_empty_password, hostile_pdfs.encrypted_with_password]
)
def test_an_encrypted_pdf_is_refused(build):
    assert rejection(build(), "leaflet.pdf") == (
        "“leaflet.pdf” is password-protected or encrypted. Upload an unprotected PDF, so that "
        "anyone can open and print it."
    )


def test_a_pdf_too_costly_to_check_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_OBJECTS", 3)
    assert rejection(files.pdf_bytes(), "leaflet.pdf") == (
        "“leaflet.pdf” is too large or too complex to check in time. Export it again from the "
        "design program, without incremental saves."
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
    monkeypatch.setattr(captions, "MAX_CAPTIONS_BYTES", 10)
    assert rejection(files.VTT, "ro.vtt", check_captions).endswith(
        "; caption files may be at most 10 bytes."
    )


@pytest.mark.parametrize(
    ("data", "name"),
    [(files.png_cut_short(), "poster.png"), (files.jpeg_cut_short(), "poster.jpg")],
)
def test_an_image_cut_short_is_refused_though_its_structure_is_sound(data, name):
    assert rejection(data, name) == (
        f"“{name}” is damaged or cut short: its picture stops before the end. Export it again."
    )


# Videos: the whole container, not only its first bytes.


# A Void element: it puts what follows beyond the bytes browsers sniff.
PADDING = files.ebml(b"\xec", bytes(2048))


def _mp4_with(*boxes):
    return files.mp4_bytes() + b"".join(boxes)


HOSTILE_VIDEOS = {
    "mp4 with a page appended": (
        _mp4_with(files.box(b"mdat", bytes(2048))) + b"<html><script>alert(1)</script></html>",
        "spot.mp4",
        "it contains a part (“l><s”) that is not video data",
    ),
    "mp4 with markup where browsers sniff": (
        files.mp4_bytes()[:24] + files.box(b"free", b"<script>alert(1)</script>"),
        "spot.mp4",
        "it contains web page markup",
    ),
    "mp4 with a zip appended": (
        _mp4_with(b"PK\x03\x04" + bytes(26)),
        "spot.mp4",
        "it has data after the end of the video",
    ),
    "mp4 cut short": (files.mp4_bytes()[:-10], "spot.mp4", "its “mdat” part runs past the end"),
    "mp4 with an unknown part": (_mp4_with(files.box(b"evil", b"x")), "spot.mp4", "(“evil”)"),
    "mp4 without an index": (
        files.mp4_bytes()[:24] + files.box(b"mdat", bytes(8)),
        "spot.mp4",
        "it has no index (“moov” part)",
    ),
    "mp4 with sound only": (files.mp4_bytes(handler=b"soun"), "spot.mp4", "no video track"),
    "mp4 with a box claiming more than its parent": (
        files.mp4_bytes().replace(b"\x00\x00\x00\x08stbl", b"\x00\x00\x10\x00stbl"),
        "spot.mp4",
        "its “stbl” part runs past the end",
    ),
    "webm with an attachment": (
        files.webm_bytes(segment_extra=files.ebml(b"\x19\x41\xa4\x69", b"MZ")),
        "spot.webm",
        "it carries attached files",
    ),
    "webm with a zip after its segment": (
        files.webm_bytes() + b"PK\x03\x04" + bytes(26),
        "spot.webm",
        "it has data after the end of the video",
    ),
    "webm with a page after its segment": (
        files.webm_bytes(segment_extra=PADDING) + b"<html><script>alert(1)</script></html>",
        "spot.webm",
        "it has data after the end of the video",
    ),
    "webm cut short": (files.webm_bytes()[:-5], "spot.webm", "runs past the end"),
    "webm with an unknown part": (
        files.webm_bytes(segment_extra=files.ebml(b"\x1a\x2b\x3c\x4d", b"x")),
        "spot.webm",
        "that is not video data",
    ),
    "webm with sound only": (files.webm_bytes(track_type=2), "spot.webm", "no video track"),
    "recorded webm with a page in its open cluster": (
        files.webm_bytes(open_sizes=True, segment_extra=PADDING)
        + b"<html><script>alert(1)</script></html>",
        "spot.webm",
        "runs past the end",
    ),
}


@pytest.mark.parametrize(("data", "name", "problem"), HOSTILE_VIDEOS.values(), ids=HOSTILE_VIDEOS)
def test_a_video_is_read_to_its_last_byte(data, name, problem):
    message = rejection(data, name)
    label = "MP4" if name.endswith(".mp4") else "WebM"
    assert message.startswith(f"“{name}” is not a clean {label} video: ")
    assert problem in message
    assert message.endswith(". Export it again from the video editor.")


def test_a_recorded_webm_with_open_sizes_is_accepted():
    data = files.webm_bytes(open_sizes=True)
    assert inspect_upload(files.upload(data, "recorded.webm")).kind == "video"


def test_the_video_part_limit(monkeypatch):
    monkeypatch.setattr(video, "MAX_PARTS", 3)
    assert "too many to check" in rejection(files.mp4_bytes(), "spot.mp4")
