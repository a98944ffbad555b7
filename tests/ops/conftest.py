"""Content to back up, its archive, and an empty database of the suite's vendor to restore to."""

import io
import uuid

import pytest
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from pytest_django.plugin import blocking_manager_key

from campaigns.materials.models import Material
from campaigns.reach.factories import ActivityFactory, ActivityMaterialFactory
from tests.frame.test_storage_s3 import s3_endpoint  # noqa: F401 (moto's S3 server, a fixture)
from tests.materials import files
from tests.materials.conftest import add_file, make_material
from tests.pages.campaign_tree import build_campaign_tree


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Leave the database as a plain transactional test leaves it.

    These tests need the migrations' data (the page tree's root, the role groups), which a
    transactional test before them may have flushed, so they use serialized_rollback. Django's
    flush after such a test skips post_migrate, though (the next serialized test loads them
    back), leaving no content types for a plain transactional test that follows: send it
    here, as a plain flush does.
    """
    result = yield
    if _serialized(item) and nextitem is not None and not _serialized(nextitem):
        with item.config.stash[blocking_manager_key].unblock():
            emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    return result


def _serialized(item):
    marker = item.get_closest_marker("django_db")
    return marker is not None and marker.kwargs.get("serialized_rollback", False)


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
