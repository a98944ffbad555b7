"""The demo's materials, files, consular posts, orders and reports (materials_loader)."""

import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from PIL import Image

from campaigns.demo import materials_content as content
from campaigns.materials.models import Material, MaterialFile
from campaigns.posts.models import (
    ConsularPost,
    DistributionLine,
    DistributionReport,
    Order,
    OrderLine,
)

MM_PER_POINT = 25.4 / 72
DEMO_MODELS = (
    Material,
    MaterialFile,
    ConsularPost,
    Order,
    OrderLine,
    DistributionReport,
    DistributionLine,
)


def load_demo(var_dir):
    with override_settings(VAR_DIR=Path(var_dir)), open("/dev/null", "w") as quiet:
        call_command("load_demo_data", stdout=quiet)


def counts():
    return {model.__name__: model.objects.count() for model in DEMO_MODELS}


def pdf_size_mm(item):
    with item.file.open("rb") as handle:
        document = pdfium.PdfDocument(handle.read())
    try:
        pages = len(document)
        width, height = (value * MM_PER_POINT for value in document[0].get_size())
    finally:
        document.close()
    return pages, width, height


class DemoMaterialsTests(TestCase):
    """The whole demo is loaded once for the class: it takes seconds."""

    @classmethod
    def setUpTestData(cls):
        cls.var_dir = tempfile.mkdtemp()
        load_demo(cls.var_dir)

    def test_every_material_and_language_is_loaded(self):
        assert set(Material.objects.values_list("key", flat=True)) == {
            data["key"] for data in content.MATERIALS
        }
        for data in content.MATERIALS:
            material = Material.objects.get(key=data["key"])
            languages = set(material.files.values_list("language", flat=True))
            assert languages == set(data["files"]), data["key"]
            for language in data["files"]:
                assert getattr(material, f"title_{language}") == data["title"][language]
            assert material.audiences.exists(), data["key"]
            assert material.campaigns.count() == len(data["campaigns"]), data["key"]
            assert material.pna_actions.count() == len(data["pna_actions"]), data["key"]

    def test_the_foreign_workers_poster_speaks_the_workers_languages(self):
        poster = Material.objects.get(key="muncesti-in-romania-afis")
        assert {"ro", "en", "ne", "si", "ur", "bn", "vi"} <= set(
            poster.files.values_list("language", flat=True)
        )
        assert poster.audiences.filter(key="foreign-workers").exists()
        assert poster.campaigns.filter(slug_ro="muncesti-in-romania-ai-drepturi").exists()
        assert set(poster.pna_actions.values_list("code", flat=True)) == {"1.3.1", "1.3.2", "1.3.3"}

    def test_complex_script_files_are_one_page_pdfs_of_the_declared_size(self):
        poster = Material.objects.get(key="muncesti-in-romania-afis")
        for language in ("ne", "si", "ur", "bn"):
            item = poster.files.get(language=language)
            assert item.kind == MaterialFile.Kind.PDF
            assert item.print_format == "A3" and item.bleed_mm == 3
            pages, width, height = pdf_size_mm(item)
            assert pages == 1, language
            assert abs(width - (item.width_mm + 2 * item.bleed_mm)) < 0.1, (language, width)
            assert abs(height - (item.height_mm + 2 * item.bleed_mm)) < 0.1, (language, height)

    def test_every_print_file_has_its_format_size(self):
        for item in MaterialFile.objects.exclude(print_format="digital"):
            pages, width, height = pdf_size_mm(item)
            expected = content.PRINT_SIZES[item.print_format]
            assert (item.width_mm, item.height_mm) == expected, item
            assert pages == 1, item
            assert abs(width - (expected[0] + 2 * item.bleed_mm)) < 0.1, item
            assert abs(height - (expected[1] + 2 * item.bleed_mm)) < 0.1, item

    def test_files_are_recorded_by_the_model(self):
        for item in MaterialFile.objects.all():
            assert len(item.sha256) == 64, item
            assert item.file_size == item.file.size, item

    def test_the_social_graphic_is_a_square_png(self):
        item = MaterialFile.objects.get(material__key="jobul-perfect-grafic", language="ro")
        assert item.kind == MaterialFile.Kind.IMAGE
        with item.file.open("rb") as handle, Image.open(handle) as image:
            assert image.format == "PNG"
            assert image.size == (content.SOCIAL_GRAPHIC_PX, content.SOCIAL_GRAPHIC_PX)

    def test_one_material_is_withdrawn(self):
        today = timezone.localdate()
        withdrawn = Material.objects.withdrawn(today)
        assert list(withdrawn.values_list("key", flat=True)) == ["jobul-perfect-grafic"]
        assert withdrawn.get().is_withdrawn
        assert Material.objects.current(today).count() == len(content.MATERIALS) - 1

    def test_consular_posts_in_the_main_destination_countries(self):
        countries = set(ConsularPost.objects.values_list("country", flat=True))
        assert {"GB", "DE", "IT", "ES", "FR", "BE", "AT", "IE"} <= countries
        london = ConsularPost.objects.get(code="gb-london")
        assert london.name.startswith("Ambasada României în Regatul Unit")
        assert all(
            email.endswith("@example.org")
            for email in ConsularPost.objects.values_list("email", flat=True)
        )

    def test_orders_in_every_status_of_the_workflow(self):
        statuses = set(Order.objects.values_list("status", flat=True))
        assert {"submitted", "approved", "shipped", "received"} <= statuses
        received = Order.objects.filter(status="received")
        assert all(order.received_at and order.approved_at for order in received)
        london = Order.objects.get(post__code="gb-london")
        assert str(london.created_at.date()) == "2026-05-06"
        assert (
            london.lines.get(material__key="pleci-la-munca-pliant", language="en").quantity == 300
        )
        # Posts never order the withdrawn social graphic.
        assert not OrderLine.objects.filter(material__key="jobul-perfect-grafic").exists()

    def test_orders_are_placed_by_their_posts_demo_account(self):
        london = Order.objects.select_related("created_by").get(post__code="gb-london")
        assert london.created_by.username == "londra"
        assert not Order.objects.filter(created_by=None).exists()
        for order in Order.objects.all():
            assert order.post.staff.filter(pk=order.created_by_id).exists()

    def test_reports_by_semester_locked_and_submitted(self):
        assert set(
            DistributionReport.objects.filter(year=2025, semester=2).values_list(
                "status", flat=True
            )
        ) == {"locked"}
        assert set(
            DistributionReport.objects.filter(year=2026, semester=1).values_list(
                "status", flat=True
            )
        ) == {"submitted"}
        report = DistributionReport.objects.get(post__code="gb-london", year=2026, semester=1)
        assert report.people_reached == 1240 and report.associations_involved == 5
        assert report.lines.count() == 3
        assert all(line.quantity > 0 for line in DistributionLine.objects.all())

    def test_a_second_run_changes_nothing(self):
        before = counts()
        files = {item.pk: (item.file.name, item.sha256) for item in MaterialFile.objects.all()}
        orders = {
            pk: rest for pk, *rest in Order.objects.values_list("pk", "created_at", "created_by")
        }
        load_demo(self.var_dir)
        assert counts() == before
        assert {
            item.pk: (item.file.name, item.sha256) for item in MaterialFile.objects.all()
        } == files
        assert {
            pk: rest for pk, *rest in Order.objects.values_list("pk", "created_at", "created_by")
        } == orders
