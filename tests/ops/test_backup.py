"""Backup and restore, round trip: content made here, restored into a new, empty database.

The backup runs in this process, on whichever database the suite runs on (SQLite here,
PostgreSQL under `make test-postgres`), reading media through the default storage. The restore
runs where a real one would: in a fresh `manage.py` with its own empty database of the same
vendor (a file in a temporary folder, or a new PostgreSQL database) and an empty media folder,
and that process then reads the content back, refuses a second restore over it, restores with
--force, and makes a backup of its own (for SQLite, of a database file, with the online backup
API).
"""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from campaigns.ops.archive import MANIFEST_NAME, verify_archive
from campaigns.pages.models import CampaignPage
from campaigns.reach.models import Activity

from .conftest import ACTIVITY_TITLE, LEAFLET

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Runs inside the restoring process; prints one JSON line with what it found.
PROBE = """
import hashlib, json, os
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from campaigns.materials.models import MaterialFile
from campaigns.ops.archive import verify_archive
from campaigns.pages.models import CampaignPage
from campaigns.reach.models import Activity

archive, again = os.environ["PROBE_ARCHIVE"], os.environ["PROBE_AGAIN"]


def snapshot():
    files = {}
    for material_file in MaterialFile.objects.select_related("material"):
        with default_storage.open(material_file.file.name, "rb") as handle:
            files[material_file.material.key] = hashlib.sha256(handle.read()).hexdigest()
    return {
        "campaigns": sorted(
            [page.title_ro, page.title_ne or "", page.live]
            for page in CampaignPage.objects.all()
        ),
        "activities": sorted(
            [
                activity.title,
                activity.campaign.title_ro,
                [[line.material.key, line.quantity] for line in activity.material_lines.all()],
            ]
            for activity in Activity.objects.all()
        ),
        "files": files,
    }


call_command("restore", archive)
restored = snapshot()
try:
    call_command("restore", archive)
    refused = ""
except CommandError as error:
    refused = str(error)
Activity.objects.update(title="changed after the backup")
call_command("restore", archive, force=True)
forced = snapshot()
call_command("backup", "--output", again)
print(json.dumps({"restored": restored, "refused": refused, "forced": forced,
                  "again": verify_archive(again)}))
"""


def run_probe(tmp_path, database_url, archive, again, **environment):
    """PROBE in a fresh `manage.py shell`, on `database_url` and an empty media folder (or
    the storage `environment` names)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "ANYMAIL_", "AWS_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DJANGO_DEBUG="0",
        DJANGO_VAR_DIR=str(tmp_path / "var"),
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
        DATABASE_URL=database_url,
        PROBE_ARCHIVE=str(archive),
        PROBE_AGAIN=str(again),
        **environment,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def test_a_backup_restores_into_a_new_database_with_its_content_and_files(
    content, archive, empty_database, tmp_path
):
    manifest = verify_archive(archive)
    assert manifest["database"]["vendor"] == connection.vendor
    assert {entry["path"]: entry["sha256"] for entry in manifest["files"]}[
        "media/" + content["leaflet"].files.get().file.name
    ] == sha256(LEAFLET)

    found = run_probe(tmp_path, empty_database, archive, tmp_path / "again.tar.gz")

    expected = {
        "campaigns": [
            ["Jobul perfect", "उत्तम जागिर", True],
            ["Săptămâna Prevenirii", "", True],
        ],
        "activities": [[ACTIVITY_TITLE, "Jobul perfect", [["job-offer-leaflet", 250]]]],
        "files": {"job-offer-leaflet": sha256(LEAFLET)},
    }
    assert found["restored"] == expected
    assert "not empty" in found["refused"]
    assert found["forced"] == expected
    stored = (tmp_path / "media" / content["leaflet"].files.get().file.name).read_bytes()
    assert stored == LEAFLET
    # The restored site's own backup holds the same files as the one it came from.
    assert found["again"]["database"]["vendor"] == connection.vendor
    assert [entry for entry in found["again"]["files"] if entry["path"].startswith("media/")] == [
        entry for entry in manifest["files"] if entry["path"].startswith("media/")
    ]


def rewrite(source, target, change=lambda name, data: data, extra=()):
    """Copy the archive member by member; `change(name, data)` returns new bytes or None to
    leave the member out; `extra` (name, bytes) pairs are added before the manifest."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            if member.name == MANIFEST_NAME:
                for name, data in extra:
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    new.addfile(info, io.BytesIO(data))
            data = change(member.name, old.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


def restore_refused(path, match):
    with pytest.raises(CommandError, match=match):
        call_command("restore", str(path), "--force", stdout=io.StringIO())


def test_a_tampered_file_is_refused_before_anything_changes(content, archive, tmp_path):
    name = content["leaflet"].files.get().file.name
    tampered = tmp_path / "tampered.tar.gz"
    rewrite(
        archive,
        tampered,
        lambda member, data: data.replace(b"%PDF", b"%PDX") if member == f"media/{name}" else data,
    )
    default_storage.delete(name)
    Activity.objects.update(title="after the backup")

    restore_refused(tampered, "does not match its checksum")

    assert not default_storage.exists(name)
    assert Activity.objects.get().title == "after the backup"


def test_an_archive_with_a_file_missing_or_added_is_refused(archive, tmp_path):
    missing = tmp_path / "missing.tar.gz"
    rewrite(archive, missing, lambda name, data: None if name.startswith("media/") else data)
    restore_refused(missing, "Missing from the archive")

    added = tmp_path / "added.tar.gz"
    rewrite(archive, added, extra=[("media/extra.pdf", b"%PDF-1.5")])
    restore_refused(added, "not in the manifest")

    escaping = tmp_path / "escaping.tar.gz"
    rewrite(archive, escaping, extra=[("media/../../etc/cron.d/job", b"* * * * * root id")])
    restore_refused(escaping, "Unexpected member")


def test_restoring_over_a_database_that_holds_data_needs_force(archive):
    campaigns = CampaignPage.objects.count()
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert CampaignPage.objects.count() == campaigns


def test_backup_names_its_archive_by_vendor_and_time_and_keeps_it_private(
    content, settings, tmp_path
):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("backup", stdout=out)
    (path,) = (tmp_path / "backups").iterdir()
    assert path.name.startswith(f"anitp-{connection.vendor}-")
    assert path.name.endswith(".tar.gz")
    assert path.stat().st_mode & 0o077 == 0
    assert str(path) in out.getvalue()
    assert "InMemoryStorage" in out.getvalue()
