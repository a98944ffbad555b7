"""Wagtail's document and image libraries, through the admin as centre staff and the public site.

Documents are the video block's videos and captions (and PDFs), checked by their content and
served as downloads; images are decoded whole before they are accepted.
"""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from campaigns.pages.roles import CENTRE_STAFF_GROUP
from tests.pages.campaign_tree import make_user

from . import files, hostile_pdfs

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def staff(db, django_user_model):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_user(django_user_model, "ana", CENTRE_STAFF_GROUP))
    return client


def add(client, kind, data, name):
    """POST the admin's add form for a document or an image; the form's file errors, if any."""
    response = client.post(
        f"/admin/{kind}/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    if response.status_code == 302:
        return []
    assert response.status_code == 200
    return response.context["form"].errors["file"]


HOSTILE_DOCUMENTS = {
    "PDF with a script": (hostile_pdfs.open_action_javascript(), "leaflet.pdf", "JavaScript"),
    "PDF with an attachment": (hostile_pdfs.embedded_file(), "leaflet.pdf", "embedded file"),
    "page named PDF": (b"<html><script>alert(1)</script></html>", "leaflet.pdf", "is not a PDF"),
    "image named PDF": (files.image_bytes("PNG"), "leaflet.pdf", "contains a PNG file"),
    "CSV": (b"name,phone\nAna,0700000000\n", "contacts.csv", "cannot be a document"),
    "text": (b"<script>alert(1)</script>", "notes.txt", "cannot be a document"),
    "HTML": (b"<html><script>alert(1)</script></html>", "page.html", "cannot be a document"),
    "SVG": (files.SVG, "logo.svg", "cannot be a document"),
    "ZIP": (b"PK\x03\x04" + bytes(26), "archive.zip", "cannot be a document"),
    "Word": (b"PK\x03\x04" + bytes(26), "letter.docx", "cannot be a document"),
    "captions with a script": (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\n<script>alert(1)</script>\n",
        "ro.vtt",
        "the tag “<script>”",
    ),
    "captions that are a page": (b"<html></html>", "ro.vtt", "is not a WebVTT caption file"),
    "video with a page appended": (
        files.mp4_bytes() + files.box(b"free", bytes(2048)) + b"<html><script></script></html>",
        "spot.mp4",
        "not video data",
    ),
    "video that is a page": (b"<html><script>alert(1)</script></html>", "spot.mp4", "is not a"),
}


@pytest.mark.parametrize(
    ("data", "name", "problem"), HOSTILE_DOCUMENTS.values(), ids=HOSTILE_DOCUMENTS
)
def test_centre_staff_cannot_add_a_document_that_is_not_a_clean_video_captions_or_pdf(
    staff, data, name, problem
):
    [error] = add(staff, "documents", data, name)
    assert problem in error
    assert not Document.objects.exists()


def test_no_hostile_document_gets_in(staff):
    accepted = [
        label
        for label, (data, name, _problem) in HOSTILE_DOCUMENTS.items()
        if not add(staff, "documents", data, name)
    ]
    assert (len(HOSTILE_DOCUMENTS), accepted, Document.objects.count()) == (14, [], 0)


def test_the_multiple_uploader_checks_documents_too(staff):
    response = staff.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile("leaflet.pdf", hostile_pdfs.link_launch()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "an action that launches a program or file" in answer["error_message"]
    assert not Document.objects.exists()


def test_replacing_a_document_file_is_checked(staff):
    assert add(staff, "documents", files.pdf_bytes(), "leaflet.pdf") == []
    document = Document.objects.get()
    response = staff.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "leaflet",
            "file": SimpleUploadedFile("leaflet.csv", b"a,b\n"),
            "collection": document.collection_id,
        },
    )
    assert response.status_code == 200
    assert "cannot be a document" in response.context["form"].errors["file"][0]
    document.refresh_from_db()
    assert document.filename == "leaflet.pdf"


@pytest.mark.parametrize(
    ("data", "name", "content_type"),
    [
        (files.pdf_bytes(), "leaflet.pdf", "application/pdf"),
        (files.mp4_bytes(), "spot.mp4", "video/mp4"),
        (files.webm_bytes(), "spot.webm", "video/webm"),
        (files.VTT, "spot-ro.vtt", "text/vtt"),
    ],
)
def test_clean_documents_are_served_to_visitors_as_downloads(
    staff, settings, tmp_path, data, name, content_type
):
    # On disk, as deployed: Wagtail sends a document from its path, which memory has not.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = tmp_path
    assert add(staff, "documents", data, name) == []
    document = Document.objects.get()
    response = Client().get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (files.png_cut_short(), "poster.png", "is damaged or cut short"),
        (files.jpeg_cut_short(), "poster.jpg", "is damaged or cut short"),
        (files.png_claiming(100_000, 100_000), "bomb.png", ""),
    ],
)
def test_centre_staff_cannot_add_an_image_that_does_not_decode_whole(staff, data, name, problem):
    [error] = add(staff, "images", data, name)
    assert problem in error
    assert not Image.objects.exists()


def test_the_multiple_uploader_decodes_images_too(staff):
    response = staff.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile("poster.png", files.png_cut_short()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "is damaged or cut short" in answer["error_message"]
    assert not Image.objects.exists()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF", "AVIF"])
def test_whole_images_are_added(staff, image_format):
    name = f"poster.{image_format.lower()}"
    assert add(staff, "images", files.image_bytes(image_format, (60, 40)), name) == []
    assert Image.objects.get().width == 60
