"""QR images: print-ready PNG and SVG of the absolute short link, downloaded without a scan."""

import io
from xml.etree import ElementTree

import pytest
import segno
from django.test import override_settings
from PIL import Image

from campaigns.qr import images, links
from campaigns.qr.models import ScanCount

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.qr.urls")]

SVG = "{http://www.w3.org/2000/svg}"


def modules_of(png, url):
    """Read the code back from the PNG, one sample at the centre of each module."""
    code = segno.make(url, error="m", boost_error=False, micro=False)
    count = code.symbol_size(scale=1, border=0)[0]
    quiet = code.symbol_size(scale=1, border=images.QUIET_ZONE)[0]
    scale = images.PNG_SIZE // quiet
    offset = (images.PNG_SIZE - quiet * scale) // 2 + images.QUIET_ZONE * scale
    image = Image.open(io.BytesIO(png)).convert("L")
    read = [
        tuple(
            image.getpixel((offset + x * scale + scale // 2, offset + y * scale + scale // 2)) < 128
            for x in range(count)
        )
        for y in range(count)
    ]
    return read, [tuple(bool(bit) for bit in row) for row in code.matrix], image, offset


def test_the_png_is_1200_pixels_of_the_short_link_with_a_quiet_zone(client, leaflet, london):
    response = client.get("/q/jobul-perfect/ne/gb-london/qr.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert (
        response["Content-Disposition"] == 'attachment; filename="jobul-perfect-ne-gb-london.png"'
    )
    image = Image.open(io.BytesIO(response.content))
    image.load()
    assert image.format == "PNG"
    assert image.size == (1200, 1200)

    read, expected, grey, offset = modules_of(
        response.content, "http://testserver/q/jobul-perfect/ne/gb-london/"
    )
    assert read == expected
    # Nothing dark in the quiet zone around the code.
    margin = offset - 1
    assert all(
        grey.getpixel((x, y)) == 255 for x in range(1200) for y in (0, margin, 1199 - margin)
    )


def test_the_code_has_error_correction_m():
    assert images.make("http://testserver/q/jobul-perfect/ne/").error == "M"


def test_the_svg_is_valid_scalable_xml(client, leaflet):
    response = client.get("/q/jobul-perfect/ur/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Disposition"] == 'attachment; filename="jobul-perfect-ur.svg"'
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox")
    assert root.get("width") is None  # scales to whatever the layout gives it
    assert root.find(f"{SVG}title").text == "http://testserver/q/jobul-perfect/ur/"


def test_the_code_takes_the_scheme_and_host_of_the_request(client, leaflet):
    response = client.get("/q/jobul-perfect/ro/qr.svg", secure=True, HTTP_HOST="anitp.example.org")
    title = ElementTree.fromstring(response.content).find(f"{SVG}title").text
    assert title == "https://anitp.example.org/q/jobul-perfect/ro/"


def test_downloading_codes_counts_no_scan(client, leaflet, london):
    for url in [
        "/q/jobul-perfect/ne/qr.png",
        "/q/jobul-perfect/ne/qr.svg",
        "/q/jobul-perfect/ne/gb-london/qr.png",
        "/q/jobul-perfect/ne/gb-london/qr.svg",
    ]:
        assert client.get(url).status_code == 200
    assert not ScanCount.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/q/card-vechi/ne/qr.png",
        "/q/card-vechi/ne/qr.svg",
        "/q/card-vechi/ur/gb-london/qr.png",
        "/q/card-vechi/ro/gb-london/qr.svg",
    ],
)
def test_codes_of_a_withdrawn_material_are_gone_like_its_link(
    client, site_tree, withdrawn, london, url
):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 410
    assert response["Content-Type"].startswith("text/html")
    assert "Content-Disposition" not in response
    assert "no-store" in response["Cache-Control"]
    language = url.split("/")[3]
    assert response["Content-Language"] == language
    assert f'<html lang="{language}"' in response.content.decode()
    assert not ScanCount.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/q/jobul-perfect/ne/qr.gif",
        "/q/no-such-material/ne/qr.png",
        "/q/jobul-perfect/xx/qr.png",
        "/q/jobul-perfect/ne/no-such-post/qr.svg",
    ],
)
def test_codes_of_unknown_links_are_not_found(client, leaflet, london, url):
    assert client.get(url).status_code == 404


def test_links_outside_a_request_use_the_admin_base_url(leaflet, london, rf):
    with override_settings(WAGTAILADMIN_BASE_URL="https://anitp.example.org/"):
        assert links.qr_url(leaflet, "ne") == "https://anitp.example.org/q/jobul-perfect/ne/"
        assert (
            links.qr_url("jobul-perfect", "ne", "gb-london")
            == "https://anitp.example.org/q/jobul-perfect/ne/gb-london/"
        )
        assert (
            links.qr_image_url(leaflet, "ne", london, "svg")
            == "https://anitp.example.org/q/jobul-perfect/ne/gb-london/qr.svg"
        )
    request = rf.get("/", HTTP_HOST="anitp.example.org", secure=True)
    assert links.qr_url(leaflet, "ur", london, request=request) == (
        "https://anitp.example.org/q/jobul-perfect/ur/gb-london/"
    )
    assert links.qr_image_path(leaflet, "ur") == "/q/jobul-perfect/ur/qr.png"
    with pytest.raises(ValueError):
        links.qr_image_path(leaflet, "ur", kind="gif")
