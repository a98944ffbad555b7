"""The QR links a material's page includes, and the withdrawn notice's structure."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.qr.urls")]

INCLUDE = "qr/includes/material_qr_links.html"


def test_each_language_version_gets_a_png_and_an_svg(leaflet):
    with translation.override("en"):
        html = render_to_string(INCLUDE, {"material": leaflet})
    for code in ("ro", "en", "ne", "ur"):
        assert f'href="/q/jobul-perfect/{code}/qr.png" download' in html
        assert f'href="/q/jobul-perfect/{code}/qr.svg" download' in html
    assert "/q/jobul-perfect/de/" not in html  # no German file
    # In the language switcher's order, each name in its own language and direction.
    assert html.index("/ro/qr.png") < html.index("/ur/qr.png") < html.index("/ne/qr.png")
    assert '<span lang="ur" dir="rtl">اردو</span>' in html
    assert "QR codes to print" in html


def test_a_post_gets_its_own_codes(leaflet, london):
    html = render_to_string(INCLUDE, {"material": leaflet, "post": london})
    assert 'href="/q/jobul-perfect/ne/gb-london/qr.png"' in html
    assert 'href="/q/jobul-perfect/ne/qr.png"' not in html


def test_a_material_without_files_shows_nothing(db):
    from tests.qr.conftest import make_material

    material = make_material("fara-fisiere", languages=())
    assert render_to_string(INCLUDE, {"material": material}).strip() == ""
