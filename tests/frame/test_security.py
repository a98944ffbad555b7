"""Security headers on every response, templates without inline code, no cookie for visitors."""

import re
from pathlib import Path

import pytest
from django.test import override_settings

from campaigns.frame.security import PERMISSIONS_POLICY, build_policy
from tests.pages.campaign_tree import build_campaign_tree

ROOT = Path(__file__).resolve().parents[2]


def directives(header):
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.fixture
def tree(db, django_user_model):
    return build_campaign_tree(django_user_model)


def test_public_pages_allow_only_the_site_itself_and_nothing_inline(client, tree):
    response = client.get("/ro/")
    policy = directives(response["Content-Security-Policy"])
    assert policy == {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert "camera=()" in PERMISSIONS_POLICY and "geolocation=()" in PERMISSIONS_POLICY
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_never_allows_inline_scripts(client, tree):
    client.force_login(tree["coordinator"])
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "style-src-attr" not in policy
    # Only <style> elements (Draft.js writes them), and only in the admin.
    assert policy["style-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_the_page_preview_keeps_the_admin_policy(client, tree):
    client.force_login(tree["coordinator"])
    response = client.get(f"/admin/pages/{tree['jobs'].pk}/edit/preview/?mode=ro")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_the_api_and_the_errors_carry_the_policy_too(client, tree):
    for path in ["/api/v1/docs", "/ro/no-such-page/", "/sitemap.xml"]:
        response = client.get(path)
        assert "script-src 'self';" in response["Content-Security-Policy"], path


@override_settings(
    MEDIA_URL="https://media.anitp.example.org/uploads/",
    CSP_MEDIA_SOURCES=["https://cdn.example.net"],
)
def test_uploads_served_from_elsewhere_are_allowed_as_images_and_media_only():
    policy = directives(build_policy())
    for name in ("img-src", "media-src"):
        assert "https://media.anitp.example.org" in policy[name]
        assert "https://cdn.example.net" in policy[name]
    assert policy["script-src"] == ["'self'"]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\s(?:on[a-z]+|style)\s*=", re.IGNORECASE)


def project_templates():
    roots = [ROOT / "site" / "templates", *ROOT.glob("campaigns/*/templates")]
    return sorted(path for root in roots for path in root.rglob("*.html"))


def test_no_template_of_ours_has_inline_scripts_styles_or_handlers():
    templates = project_templates()
    assert len(templates) > 30
    offenders = [
        str(path.relative_to(ROOT))
        for path in templates
        if INLINE_SCRIPT.search(text := path.read_text())
        or INLINE_HANDLER.search(text)
        or "<style" in text
    ]
    assert offenders == []


def test_admin_screens_are_served_without_inline_scripts(client, tree):
    """What the browser test checks in Chromium, cheaply: no executable inline <script>."""
    from campaigns.materials.models import Material

    material = Material.objects.create(key="leaflet", title_ro="Pliant", review_by="2099-01-01")
    client.force_login(tree["coordinator"])
    for path in [
        "/admin/",
        f"/admin/pages/{tree['jobs'].pk}/edit/",
        f"/admin/snippets/materials/material/edit/{material.pk}/",
        f"/admin/snippets/taxonomy/audience/edit/{tree['workers'].pk}/",
        "/admin/qr-scans/",
        "/admin/reach/activities/new/",
        "/admin/consular-orders/new/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert INLINE_SCRIPT.findall(html) == [], path


PUBLIC_PATHS = [
    "/ro/",
    "/ne/",
    "/ur/",
    "/ro/campanii/",
    "/ro/campanii/jobul-perfect/",
    "/ne/campanii/jobul-perfect/",
    "/ro/lucratori-straini/",
    "/ro/search/",
    "/ro/search/?q=oferta",
    "/ro/no-such-page/",
    "/sitemap.xml",
    "/",
]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_anonymous_visitors_get_no_cookie_anywhere(client, tree, path):
    response = client.get(path)
    assert response.status_code in (200, 302, 404), path
    assert response.cookies == {}, path


def test_the_materials_catalogue_sets_no_cookie_either(client, db, django_user_model):
    from tests.materials.conftest import build_catalogue

    catalogue = build_catalogue(django_user_model)
    leaflet = catalogue["leaflet"]
    for path in [
        "/ro/materiale/",
        "/ne/materiale/?type=leaflet",
        f"/ro/materiale/{leaflet.key}/",
        leaflet.files.first().download_url,
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.cookies == {}, path
