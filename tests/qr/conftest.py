"""Materials, posts and users for the QR tests, with the short links mounted (tests.qr.urls)."""

import datetime
import io

import pypdfium2
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from campaigns.materials.models import Material, MaterialFile
from campaigns.pages.roles import CENTRE_STAFF_GROUP, COORDINATORS_GROUP
from campaigns.posts.models import ConsularPost


def pdf_bytes():
    """A real one-page PDF, small, in case the materials app inspects uploads."""
    document = pypdfium2.PdfDocument.new()
    document.new_page(420, 595)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_material(key, languages=("ro",), review_by=None):
    material = Material.objects.create(
        key=key,
        title_ro=key.replace("-", " ").capitalize(),
        type="leaflet",
        review_by=review_by or timezone.localdate() + datetime.timedelta(days=365),
    )
    for language in languages:
        MaterialFile.objects.create(
            material=material,
            language=language,
            kind="pdf",
            file=ContentFile(pdf_bytes(), name=f"{key}-{language}.pdf"),
        )
    return material


def make_post(code, name="Consulatul General al României la Londra"):
    return ConsularPost.objects.create(
        code=code, name=name, country=code[:2].upper(), city="London", email="post@example.org"
    )


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def leaflet(db):
    return make_material("jobul-perfect", languages=("ro", "en", "ne", "ur"))


@pytest.fixture
def withdrawn(db):
    return make_material(
        "card-vechi", languages=("ro", "ne"), review_by=timezone.localdate() - datetime.timedelta(1)
    )


@pytest.fixture
def london(db):
    return make_post("gb-london")


@pytest.fixture
def rome(db):
    return make_post("it-roma", name="Consulatul General al României la Roma")


@pytest.fixture
def coordinator(db, django_user_model):
    return make_user(django_user_model, "coordinator", COORDINATORS_GROUP)


@pytest.fixture
def centre_staff(db, django_user_model):
    return make_user(django_user_model, "centre-staff", CENTRE_STAFF_GROUP)


@pytest.fixture
def catalogue(site_tree):
    """The materials catalogue under the home page: /ro/materiale/, /en/materials/."""
    from campaigns.materials.pages import MaterialCatalogPage

    home, _workers = site_tree
    with translation.override("ro"):
        page = MaterialCatalogPage(
            title_ro="Materiale de informare",
            title_en="Information materials",
            slug_ro="materiale",
            slug_en="materials",
        )
        home.add_child(instance=page)
    return page
