"""What saving a material file records: its kind, size and hash, and a thumbnail when it changed."""

import datetime
import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from campaigns.materials.models import Material, MaterialFile
from campaigns.taxonomy.factories import AudienceFactory

from . import files
from .conftest import add_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def material():
    material = Material.objects.create(
        key="leaflet",
        title_ro="Pliant",
        type=Material.Type.LEAFLET,
        review_by=datetime.date(2099, 1, 1),
    )
    material.audiences.set([AudienceFactory()])
    return material


def thumbnail_of(material_file):
    material_file.thumbnail.open("rb")
    try:
        return Image.open(io.BytesIO(material_file.thumbnail.read()))
    finally:
        material_file.thumbnail.close()


def test_saving_records_kind_size_and_sha256(material):
    pdf = files.pdf_bytes()
    material_file = add_file(material, "ro", pdf, "pliant.pdf")
    material_file.refresh_from_db()
    assert material_file.kind == MaterialFile.Kind.PDF
    assert material_file.file_size == len(pdf)
    assert material_file.sha256 == hashlib.sha256(pdf).hexdigest()
    assert material_file.format_label == "PDF"
    assert material_file.download_name == "leaflet-ro.pdf"


def test_a_pdf_thumbnail_is_its_first_page(material):
    # The first page is 200 by 300 points and red; the second is wide and white.
    material_file = add_file(material, "ro", files.pdf_bytes((200, 300), (400, 100)), "p.pdf")
    image = thumbnail_of(material_file)
    assert image.format == "WEBP"
    assert image.size == (600, 900)
    red, green, blue = image.convert("RGB").getpixel((300, 450))
    assert red > 200 and green < 60 and blue < 60
    assert (material_file.thumbnail_width, material_file.thumbnail_height) == (600, 900)


def test_an_image_thumbnail_is_a_smaller_copy(material):
    material_file = add_file(
        material, "ro", files.image_bytes("JPEG", (1200, 800)), "afis.jpg", print_format="A3"
    )
    assert material_file.kind == MaterialFile.Kind.IMAGE
    assert thumbnail_of(material_file).size == (600, 400)


def test_small_images_are_not_enlarged(material):
    material_file = add_file(material, "ro", files.image_bytes("PNG", (60, 90)), "afis.png")
    assert thumbnail_of(material_file).size == (60, 90)


def test_videos_get_no_thumbnail(material):
    material_file = add_file(material, "ro", files.mp4_bytes(), "spot.mp4")
    assert material_file.kind == MaterialFile.Kind.VIDEO
    assert not material_file.thumbnail


def test_the_thumbnail_is_remade_only_when_the_file_changes(
    material, django_capture_on_commit_callbacks
):
    material_file = add_file(material, "ro", files.pdf_bytes((200, 300)), "p.pdf")
    first = material_file.thumbnail.name
    material_file = MaterialFile.objects.get(pk=material_file.pk)
    material_file.bleed_mm = 5
    material_file.save()
    assert material_file.thumbnail.name == first

    wide = files.pdf_bytes((400, 200))
    material_file = MaterialFile.objects.get(pk=material_file.pk)
    material_file.file = files.upload(wide, "wide.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        material_file.save()
    material_file.refresh_from_db()
    assert not material_file.thumbnail.storage.exists(first)
    assert material_file.thumbnail.name != first
    assert thumbnail_of(material_file).size == (600, 300)
    assert material_file.sha256 == hashlib.sha256(wide).hexdigest()


def test_saving_without_the_form_still_refuses_bad_files(material):
    material_file = MaterialFile(material=material, language="ro")
    material_file.file = files.upload(files.SVG, "logo.svg")
    with pytest.raises(ValidationError):
        material_file.save()
    assert not MaterialFile.objects.exists()


def test_clean_reports_upload_errors_on_the_file_field(material):
    material_file = MaterialFile(material=material, language="ro")
    material_file.file = files.upload(files.SVG, "logo.svg")
    with pytest.raises(ValidationError) as caught:
        material_file.full_clean()
    assert list(caught.value.message_dict) == ["file"]
    assert caught.value.message_dict["file"][0].startswith("“logo.svg” is an SVG image.")


def test_a_video_needs_captions_and_captions_need_a_video(material):
    video = MaterialFile(material=material, language="ro")
    video.file = files.upload(files.mp4_bytes(), "spot.mp4")
    with pytest.raises(ValidationError) as caught:
        video.full_clean()
    assert caught.value.message_dict["captions"][0].startswith("A video needs its captions")
    video.captions = files.upload(files.VTT, "spot-ro.vtt")
    video.full_clean()

    leaflet = MaterialFile(material=material, language="en")
    leaflet.file = files.upload(files.pdf_bytes(), "l.pdf")
    leaflet.captions = files.upload(files.VTT, "l.vtt")
    with pytest.raises(ValidationError) as caught:
        leaflet.full_clean()
    assert caught.value.message_dict["captions"] == [
        "Captions go with a video; remove them from this file."
    ]


def test_bad_captions_are_reported_on_the_captions_field(material):
    video = MaterialFile(material=material, language="ro")
    video.file = files.upload(files.mp4_bytes(), "spot.mp4")
    video.captions = files.upload(b"not captions", "spot.vtt")
    with pytest.raises(ValidationError) as caught:
        video.full_clean()
    assert caught.value.message_dict["captions"][0].startswith(
        "“spot.vtt” is not a WebVTT caption file"
    )


def test_a_custom_print_size_needs_its_dimensions(material):
    material_file = MaterialFile(material=material, language="ro", print_format="custom")
    material_file.file = files.upload(files.pdf_bytes(), "p.pdf")
    with pytest.raises(ValidationError) as caught:
        material_file.full_clean()
    assert "print_format" in caught.value.message_dict
    material_file.width_mm, material_file.height_mm = 100, 210
    material_file.full_clean()
    assert material_file.print_size == "100 × 210 mm"


def test_withdrawn_materials_are_past_their_review_date(material):
    assert Material.objects.current().get() == material
    material.review_by = datetime.date(2020, 1, 1)
    material.save()
    assert material.is_withdrawn
    assert not Material.objects.current().exists()
