"""Content to back up, its archive, and an empty database of the suite's vendor to restore to."""

import io
import uuid

import pytest
from django.core.management import call_command
from django.db import connection

from campaigns.materials.models import Material
from campaigns.reach.factories import ActivityFactory, ActivityMaterialFactory
from tests.frame.test_storage_s3 import s3_endpoint  # noqa: F401 (moto's S3 server, a fixture)
from tests.materials import files
from tests.materials.conftest import add_file, make_material
from tests.pages.campaign_tree import build_campaign_tree

LEAFLET = files.pdf_bytes()
ACTIVITY_TITLE = "Sesiune de informare la Liceul Pedagogic"


@pytest.fixture
def content(django_user_model):
    """Pages, a material with a file, an activity that handed the material out."""
    tree = build_campaign_tree(django_user_model)
    leaflet = make_material(
        "job-offer-leaflet",
        type=Material.Type.LEAFLET,
        title_ro="Verifică oferta de muncă",
        audiences=[tree["workers"]],
        campaigns=[tree["jobs"]],
    )
    add_file(leaflet, "ro", LEAFLET, "pliant-ro.pdf", print_format="A5")
    activity = ActivityFactory(campaign=tree["jobs"], title=ACTIVITY_TITLE)
    ActivityMaterialFactory(activity=activity, material=leaflet, quantity=250)
    return {"tree": tree, "leaflet": leaflet, "activity": activity}


@pytest.fixture
def archive(content, tmp_path):
    path = tmp_path / "backup.tar.gz"
    call_command("backup", "--output", str(path), stdout=io.StringIO())
    return path


@pytest.fixture
def empty_database(tmp_path):
    """A DATABASE_URL for a new, empty database of the vendor the suite runs on."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{settings['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    credentials = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    host = f"{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}"
    yield f"postgres://{credentials}@{host}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
