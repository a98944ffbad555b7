"""Two consular posts with their staff, a coordinator, a regional centre member, and materials.

Materials are made directly: a current leaflet in Romanian and English, a current poster in
Romanian only, and a withdrawn wallet card (past its review date) in Romanian.
"""

import datetime
import io

import pypdfium2
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from campaigns.materials.models import Material, MaterialFile
from campaigns.pages.roles import CENTRE_STAFF_GROUP, COORDINATORS_GROUP
from campaigns.posts.models import ConsularPost
from campaigns.posts.roles import CONSULAR_STAFF_GROUP
from tests.posts.helpers import order_data

_PDF = None


def pdf_bytes():
    """A real one-page PDF, in case the materials app inspects uploaded files."""
    global _PDF
    if _PDF is None:
        document = pypdfium2.PdfDocument.new()
        document.new_page(420, 595)
        buffer = io.BytesIO()
        document.save(buffer)
        document.close()
        _PDF = buffer.getvalue()
    return _PDF


def make_material(key, languages, review_by=None, type="leaflet"):
    material = Material.objects.create(
        key=key,
        title_ro=key.replace("-", " ").capitalize(),
        type=type,
        review_by=review_by or timezone.localdate() + datetime.timedelta(days=365),
    )
    for language in languages:
        MaterialFile.objects.create(
            material=material,
            language=language,
            file=ContentFile(pdf_bytes(), name=f"{key}-{language}.pdf"),
        )
    return material


def make_user(django_user_model, username, group, email=True):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.org" if email else "",
        password="pw",
        first_name=username.capitalize(),
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def world(db, django_user_model):
    return build_world(django_user_model)


def build_world(django_user_model):
    london = ConsularPost.objects.create(
        code="gb-london",
        name="Consulatul General al României la Londra",
        country="GB",
        city="London",
        email="londra@mae.example.org",
    )
    rome = ConsularPost.objects.create(
        code="it-roma",
        name="Consulatul General al României la Roma",
        country="IT",
        city="Roma",
        email="roma@mae.example.org",
    )
    ana = make_user(django_user_model, "ana", CONSULAR_STAFF_GROUP)
    marco = make_user(django_user_model, "marco", CONSULAR_STAFF_GROUP)
    london.staff.add(ana)
    rome.staff.add(marco)
    past = timezone.localdate() - datetime.timedelta(days=1)
    return {
        "london": london,
        "rome": rome,
        "ana": ana,
        "marco": marco,
        "coordinator": make_user(django_user_model, "coordinator", COORDINATORS_GROUP),
        "silent_coordinator": make_user(
            django_user_model, "silent", COORDINATORS_GROUP, email=False
        ),
        "centre_staff": make_user(django_user_model, "timisoara", CENTRE_STAFF_GROUP),
        "leaflet": make_material("know-your-rights", ["ro", "en"]),
        "poster": make_material("hotline-poster", ["ro"], type="poster"),
        "withdrawn": make_material("old-card", ["ro"], review_by=past, type="wallet_card"),
    }


@pytest.fixture
def as_user(client):
    """Log the test client in as `user` and return it."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def place_order(as_user, world, django_capture_on_commit_callbacks):
    """Submit an order through the admin as the London staff (by default), e-mails included."""

    def place(lines=None, user=None, post=None, note="Pentru ziua comunității"):
        client = as_user(user or world["ana"])
        lines = lines or [(world["leaflet"], "en", 500), (world["poster"], "ro", 20)]
        data = order_data(post or world["london"], lines, note)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/admin/consular-orders/new/", data, follow=True)

    return place
