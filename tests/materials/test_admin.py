"""The admin: the materials library with files inline, and the language coverage grid."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from campaigns.languages import registry
from campaigns.materials.models import Material, MaterialFile
from campaigns.pages.roles import COORDINATORS_GROUP

from . import files
from .conftest import add_file, build_catalogue, make_material

COVERAGE_URL = "/admin/materials/coverage/"


def coverage_cells(html):
    """{material key: {language: kind or ""}} read from the grid's markup."""
    grid = {}
    for key, row in re.findall(r'<tr data-material="([\w-]+)"(.*?)</tr>', html, re.S):
        grid[key] = dict(
            re.findall(r'<td data-language="(\w+)"(?: data-kind="(\w+)")?>', row, re.S)
        )
    return grid


def create_form(tree, upload, **extra):
    data = {
        "title_ro": "Pliant nou",
        "key": "new-leaflet",
        "type": "leaflet",
        "version": "1.0",
        "review_by": "2099-12-31",
        "audiences": [tree["workers"].pk],
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-language": "ro",
        "files-0-file": upload,
        "files-0-print_format": "A5",
        "files-0-bleed_mm": "3",
        "files-0-ORDER": "1",
        "files-0-id": "",
        **extra,
    }
    return data


class AdminTests(TestCase):
    """One catalogue for the whole class: building it is the slow part."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_catalogue(get_user_model())
        cls.superuser = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
        self.client.force_login(self.superuser)

    def test_the_coverage_grid_ticks_each_language_version(self):
        response = self.client.get(COVERAGE_URL)
        assert response.status_code == 200
        html = response.content.decode()
        grid = coverage_cells(html)
        assert list(grid) == ["job-offer-leaflet", "old-wallet-card", "school-poster"]
        assert list(grid["job-offer-leaflet"]) == list(registry.language_codes())
        ticked = {
            key: {code for code, kind in cells.items() if kind} for key, cells in grid.items()
        }
        assert ticked == {
            "job-offer-leaflet": {"ro", "ne"},
            "old-wallet-card": {"ro", "ne"},
            "school-poster": {"ro"},
        }
        assert grid["job-offer-leaflet"]["ne"] == "pdf"
        assert grid["school-poster"]["ro"] == "image"
        assert '<td data-language="ne" data-kind="pdf">' in html
        assert "✓" in html and "Print-ready PDF" in html
        # Withdrawn materials are marked, and left out of the totals.
        assert re.search(r'<tr data-material="old-wallet-card" data-withdrawn', html)
        assert not re.search(r'<tr data-material="job-offer-leaflet" data-withdrawn', html)
        footer = html[html.index("<tfoot>") : html.index("</tfoot>")]
        assert re.findall(r"<td>(\d+)</td>", footer)[:8] == ["2", "0", "0", "0", "0", "0", "0", "1"]

    def test_the_coverage_grid_filters_by_type_and_audience(self):
        by_type = coverage_cells(self.client.get(COVERAGE_URL, {"type": "poster"}).content.decode())
        assert list(by_type) == ["school-poster"]
        by_audience = self.client.get(COVERAGE_URL, {"audience": "foreign-workers"})
        assert list(coverage_cells(by_audience.content.decode())) == [
            "job-offer-leaflet",
            "old-wallet-card",
        ]

    def test_the_coverage_grid_makes_the_same_queries_for_any_number_of_materials(self):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                assert self.client.get(COVERAGE_URL).status_code == 200
            return len(captured)

        queries()
        before = queries()
        for number in range(4):
            material = make_material(
                f"extra-{number}", type="poster", title_ro="Extra", audiences=[self.tree["workers"]]
            )
            add_file(material, "hu", files.image_bytes("PNG"), "extra.png")
        assert queries() == before

    def test_the_coverage_grid_is_not_for_anonymous_visitors(self):
        self.client.logout()
        response = self.client.get(COVERAGE_URL)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_the_coverage_grid_is_not_for_staff_without_material_permissions(self):
        # Centre staff may use the admin, but have no permission on materials.
        self.client.force_login(self.tree["timisoara_staff"])
        response = self.client.get(COVERAGE_URL)
        assert response.status_code in (302, 403)
        assert "data-coverage-grid" not in response.content.decode()
        menu = self.client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Language coverage" not in menu

    def test_the_materials_menu_reaches_the_library_and_the_grid(self):
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Materials" in html
        assert "Language coverage" in html
        assert COVERAGE_URL in html
        assert "/admin/snippets/materials/material/" in html

    def test_the_library_lists_materials_with_a_withdrawn_flag(self):
        response = self.client.get(reverse("wagtailsnippets_materials_material:list"))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Check the job offer" in html and "Old wallet card" in html
        assert html.count("Withdrawn") >= 2  # the column heading and the withdrawn card's flag

    def test_the_library_searches_titles_in_any_language(self):
        url = reverse("wagtailsnippets_materials_material:list")
        response = self.client.get(url, {"q": "प्रस्ताव"})  # Nepali title
        assert [m.key for m in response.context["object_list"]] == ["job-offer-leaflet"]

    def test_the_library_filters_by_type_and_audience(self):
        url = reverse("wagtailsnippets_materials_material:list")
        response = self.client.get(url, {"type": "poster"})
        assert [m.key for m in response.context["object_list"]] == ["school-poster"]
        response = self.client.get(url, {"audiences": self.tree["minors"].pk})
        assert [m.key for m in response.context["object_list"]] == ["school-poster"]

    def test_an_editor_uploads_a_file_inline(self):
        pdf = files.pdf_bytes()
        upload = SimpleUploadedFile("pliant.pdf", pdf, content_type="application/pdf")
        response = self.client.post(
            reverse("wagtailsnippets_materials_material:add"), create_form(self.tree, upload)
        )
        assert response.status_code == 302, response.context["form"].errors
        material_file = MaterialFile.objects.get(material__key="new-leaflet")
        assert (material_file.kind, material_file.file_size) == ("pdf", len(pdf))
        assert material_file.thumbnail.name.endswith("new-leaflet-ro.webp")

    def test_editing_a_material_keeps_its_files_and_thumbnails(self):
        leaflet = self.tree["leaflet"]
        before = {item.language: (item.pk, item.thumbnail.name) for item in leaflet.files.all()}
        data = create_form(self.tree, "", key=leaflet.key, title_ro=leaflet.title_ro)
        data.update({"version": "1.1", "files-TOTAL_FORMS": "2", "files-INITIAL_FORMS": "2"})
        for index, item in enumerate(leaflet.files.order_by("sort_order", "pk")):
            data.update(
                {
                    f"files-{index}-id": str(item.pk),
                    f"files-{index}-language": item.language,
                    f"files-{index}-file": "",
                    f"files-{index}-print_format": item.print_format,
                    f"files-{index}-bleed_mm": str(item.bleed_mm),
                    f"files-{index}-ORDER": str(index + 1),
                }
            )
        url = reverse("wagtailsnippets_materials_material:edit", args=[leaflet.pk])
        response = self.client.post(url, data)
        assert response.status_code == 302, response.context["form"].errors
        leaflet.refresh_from_db()
        assert leaflet.version == "1.1"
        after = {item.language: (item.pk, item.thumbnail.name) for item in leaflet.files.all()}
        assert after == before

    def test_the_admin_form_shows_why_an_upload_is_refused(self):
        upload = SimpleUploadedFile("logo.svg", files.SVG, content_type="image/svg+xml")
        response = self.client.post(
            reverse("wagtailsnippets_materials_material:add"), create_form(self.tree, upload)
        )
        assert response.status_code == 200
        assert (
            "“logo.svg” is an SVG image. SVG files can carry scripts" in response.content.decode()
        )
        assert not Material.objects.filter(key="new-leaflet").exists()


def test_coordinators_may_use_the_materials_admin(db, client):
    coordinator = get_user_model().objects.create_user("coordinator", password="pw")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    client.force_login(coordinator)
    assert client.get(COVERAGE_URL).status_code == 200
    assert client.get(reverse("wagtailsnippets_materials_material:add")).status_code == 200
