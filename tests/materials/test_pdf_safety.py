"""Hostile PDFs, built with pikepdf, go through the upload check and none gets in."""

import io
import time

import pikepdf
import pytest
from django.core.exceptions import ValidationError

from campaigns.materials import pdf_safety
from campaigns.materials.pdf_safety import uri_is_safe
from campaigns.materials.validation import inspect_upload

from . import files, hostile_pdfs


def refusal(data):
    with pytest.raises(ValidationError) as caught:
        inspect_upload(files.upload(data, "leaflet.pdf"))
    [error] = caught.value.error_list
    return error.code


@pytest.mark.parametrize("build", hostile_pdfs.HOSTILE.values(), ids=hostile_pdfs.HOSTILE)
def test_a_hostile_pdf_is_refused(build):
    assert refusal(build()) in ("pdf_active_content", "pdf_encrypted")


def test_no_hostile_pdf_gets_through():
    accepted = []
    for name, build in hostile_pdfs.HOSTILE.items():
        try:
            inspect_upload(files.upload(build(), f"{name}.pdf"))
        except ValidationError:
            continue
        accepted.append(name)
    assert len(hostile_pdfs.HOSTILE) == 43
    assert accepted == []


@pytest.mark.parametrize("build", hostile_pdfs.CLEAN.values(), ids=hostile_pdfs.CLEAN)
def test_links_navigation_object_streams_and_updates_are_fine(build):
    assert inspect_upload(files.upload(build(), "leaflet.pdf")).kind == "pdf"


@pytest.mark.parametrize(
    ("build", "found"),
    [
        (hostile_pdfs.open_action_javascript, {"javascript", "open_javascript"}),
        (hostile_pdfs.link_javascript_uri_disguised, {"script_link"}),
        (hostile_pdfs.link_remote_goto, {"remote_goto"}),
        (hostile_pdfs.widget_keystroke_javascript, {"javascript", "automatic_actions"}),
        (hostile_pdfs.submit_form, {"submit_form"}),
        (hostile_pdfs.import_data, {"import_data"}),
        (hostile_pdfs.xfa_form, {"xfa"}),
        (hostile_pdfs.embedded_file, {"embedded_file"}),
        (hostile_pdfs.rich_media_annotation, {"rich_media"}),
        (hostile_pdfs.three_d_annotation, {"multimedia"}),
        (hostile_pdfs.escaped_names, {"javascript", "open_javascript"}),
        (hostile_pdfs.object_stream_with_filters_and_predictor, {"javascript", "open_javascript"}),
        # Seen only in the earlier revision, or only by rebuilding the index from the objects.
        (hostile_pdfs.superseded_revision_keeps_javascript, {"javascript"}),
        (hostile_pdfs.orphan_object_outside_every_index, {"launch"}),
        (hostile_pdfs.orphan_object_stream_outside_every_index, {"uninspectable"}),
    ],
)
def test_what_is_found_and_where(build, found):
    assert pdf_safety.active_content(build()) == found


def test_the_hand_written_object_stream_is_one_a_reader_decodes():
    # The fixture must mean what it says: qpdf reads object 5 out of the filtered stream.
    data = hostile_pdfs.object_stream_with_filters_and_predictor()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.get_xref_table()[(5, 0)].type == 2
        assert str(pdf.Root.OpenAction.S) == "/JavaScript"


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        (b"https://www.anitp.mai.gov.ro/", True),
        (b"HTTP://example.org", True),
        (b"mailto:anitp@mai.gov.ro", True),
        (b"tel:0800800678", True),
        (b"contact/index.html", True),
        (b"?page=2", True),
        (b"javascript:alert(1)", False),
        (b" JAVASCRIPT:alert(1)", False),
        (b"java\tscript:alert(1)", False),
        (b"java\nscript:alert(1)", False),
        (b"\x00javascript:alert(1)", False),
        (b"\xfe\xff" + "javascript:x".encode("utf-16-be"), False),
        (b"vbscript:msgbox", False),
        (b"data:text/html,x", False),
        (b"file:///etc/passwd", False),
        (b"\xa0javascript:x", False),
    ],
)
def test_link_targets(target, safe):
    assert uri_is_safe(target) is safe


# Bounds: a hostile file cannot keep a worker busy.


def test_too_many_objects(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_OBJECTS", 3)
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(files.pdf_bytes())
    assert (caught.value.reason, caught.value.detail) == ("too_complex", "objects")


def test_too_many_incremental_updates(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_REVISIONS", 1)
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(hostile_pdfs.superseded_revision_keeps_javascript())
    assert (caught.value.reason, caught.value.detail) == ("too_complex", "revisions")


def test_too_much_to_inflate(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_INFLATED_BYTES", 100)
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(hostile_pdfs.clean_links_and_navigation())
    assert (caught.value.reason, caught.value.detail) == ("too_complex", "inflated")


def test_a_stream_inflating_past_qpdf_limit_is_uninspectable(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_STREAM_BYTES", 8)
    data = hostile_pdfs.clean_object_stream_with_filters_and_predictor()
    assert pdf_safety.active_content(data) == {"uninspectable"}


def test_a_cross_reference_stream_inflating_past_qpdf_limit_is_unreadable(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_STREAM_BYTES", 64)
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(hostile_pdfs.clean_links_and_navigation())
    assert caught.value.reason == "unreadable"


def test_a_check_that_hangs_is_stopped(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_SECONDS", 0.2)
    # The child is forked after this: it inherits a check that never ends.
    monkeypatch.setattr(pdf_safety, "inspect_here", lambda data, limits: time.sleep(60))
    started = time.monotonic()
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(files.pdf_bytes())
    assert caught.value.reason == "too_complex"
    assert time.monotonic() - started < 5


def test_a_check_that_wants_too_much_memory_is_stopped(monkeypatch):
    monkeypatch.setattr(pdf_safety, "MAX_MEMORY", 64 * 1024 * 1024)
    monkeypatch.setattr(pdf_safety, "inspect_here", lambda data, limits: bytearray(2**31))
    with pytest.raises(pdf_safety.RefusedPdf) as caught:
        pdf_safety.active_content(files.pdf_bytes())
    assert (caught.value.reason, caught.value.detail) == ("too_complex", "memory")


def test_the_real_limits():
    assert pdf_safety.MAX_SECONDS == 20
    assert pdf_safety.MAX_OBJECTS == 100_000
    assert pdf_safety.MAX_REVISIONS == 16
