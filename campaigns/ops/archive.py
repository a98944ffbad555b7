"""One `.tar.gz` holding the database and every media file, with a manifest of checksums.

Layout: `database/db.sqlite3` or `database/db.pgdump`, `media/<name>` for each file of the
default storage (read through Django's storage API, so a bucket works as well as a folder), and
`manifest.json` last, listing every member with its size and SHA-256. The database is copied
first, then the media: every file the copied database points to was already stored, so it is
in the archive unless it was deleted in between.

A restore reads the whole archive against the manifest before it changes anything.
"""

import hashlib
import json
import os
import platform
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import storages
from django.core.management.base import CommandError
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from . import databases

ARCHIVE_FORMAT = "anitp-backup/1"
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
CHUNK = 1024 * 1024
# Files above this are spooled to disk while they are hashed, not held in memory.
SPOOL_MAX = 8 * 1024 * 1024


class ArchiveRejected(CommandError):
    """The archive is damaged, tampered with or not one of ours: nothing was restored."""


@dataclass
class RestoreReport:
    manifest: dict
    media_files: int = 0
    media_bytes: int = 0
    unapplied_migrations: list = field(default_factory=list)
    unknown_migrations: list = field(default_factory=list)


def media_names(storage):
    """Every file name in `storage`, walking its folders (S3 prefixes work the same way)."""
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            folders, files = storage.listdir(folder)
        except FileNotFoundError:  # a file system storage whose folder was never created
            continue
        for name in files:
            yield f"{folder}/{name}" if folder else name
        pending.extend(f"{folder}/{sub}" if folder else sub for sub in folders)


def _hashed_copy(source, target):
    """Copy the file object `source` into `target`; return (size, sha256 hex)."""
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        target.write(chunk)
    return size, digest.hexdigest()


def _add(tar, name, fileobj, size):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(time.time())
    info.mode = 0o600
    fileobj.seek(0)
    tar.addfile(info, fileobj)


def _applied_migrations(connection):
    return sorted(
        f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
    )


def default_archive_path(directory, vendor):
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(directory) / f"anitp-{vendor}-{stamp}.tar.gz"


def create_backup(output, *, using="default", storage=None):
    """Write the archive to `output` (atomically: a partial file never bears the final name)."""
    connection = connections[using]
    storage = storage or storages["default"]
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    files = []
    with tempfile.TemporaryDirectory(prefix="anitp-backup-") as scratch:
        dump_path = Path(scratch) / "db"
        snapshot_at = timezone.now()
        fmt = databases.dump(connection, dump_path)
        migrations = _applied_migrations(connection)
        # Owner-only: the archive holds password hashes and API tokens.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
                member = databases.MEMBER_NAMES[fmt]
                with (
                    open(dump_path, "rb") as dumped,
                    tempfile.SpooledTemporaryFile(SPOOL_MAX, dir=scratch) as spool,
                ):
                    size, sha256 = _hashed_copy(dumped, spool)
                    _add(tar, member, spool, size)
                files.append({"path": member, "size": size, "sha256": sha256})
                dump_path.unlink()
                for name in sorted(media_names(storage)):
                    try:
                        stored = storage.open(name, "rb")
                    except FileNotFoundError:  # deleted since it was listed
                        continue
                    with stored, tempfile.SpooledTemporaryFile(SPOOL_MAX, dir=scratch) as spool:
                        size, sha256 = _hashed_copy(stored, spool)
                        _add(tar, MEDIA_PREFIX + name, spool, size)
                    files.append({"path": MEDIA_PREFIX + name, "size": size, "sha256": sha256})
                manifest = {
                    "format": ARCHIVE_FORMAT,
                    "created_at": snapshot_at.isoformat(),
                    "versions": {
                        "python": platform.python_version(),
                        "django": django.get_version(),
                        "wagtail": wagtail.__version__,
                    },
                    "database": {
                        "vendor": connection.vendor,
                        "format": fmt,
                        "path": member,
                        "migrations": migrations,
                    },
                    "media": {
                        "storage": f"{type(storage).__module__}.{type(storage).__qualname__}",
                        "count": len(files) - 1,
                        "bytes": sum(entry["size"] for entry in files[1:]),
                    },
                    "files": files,
                }
                encoded = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                with tempfile.SpooledTemporaryFile(SPOOL_MAX) as spool:
                    spool.write(encoded)
                    _add(tar, MANIFEST_NAME, spool, len(encoded))
            os.replace(partial, output)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return manifest


def _safe_member_name(name):
    path = PurePosixPath(name)
    return (
        not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in name
        and (name == MANIFEST_NAME or name.startswith(("database/", MEDIA_PREFIX)))
    )


def read_manifest(tar):
    try:
        member = tar.getmember(MANIFEST_NAME)
        manifest = json.load(tar.extractfile(member))
    except (KeyError, ValueError, tarfile.TarError) as error:
        raise ArchiveRejected(f"The archive has no readable {MANIFEST_NAME}: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise ArchiveRejected(f"Not an {ARCHIVE_FORMAT} archive.")
    return manifest


def verify_archive(path):
    """Check every member against the manifest; return the manifest or raise ArchiveRejected."""
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            manifest = read_manifest(tar)
            expected = {entry["path"]: entry for entry in manifest.get("files", [])}
            database = manifest.get("database", {})
            if database.get("path") not in expected:
                raise ArchiveRejected("The manifest names no database copy.")
            seen = set()
            for member in tar:
                if member.name == MANIFEST_NAME:
                    continue
                if not member.isfile() or not _safe_member_name(member.name):
                    raise ArchiveRejected(f"Unexpected member in the archive: {member.name}")
                entry = expected.get(member.name)
                if entry is None:
                    raise ArchiveRejected(f"{member.name} is not in the manifest.")
                if member.name in seen:
                    raise ArchiveRejected(f"{member.name} appears twice in the archive.")
                seen.add(member.name)
                _check(tar, member, entry)
            missing = sorted(set(expected) - seen)
            if missing:
                raise ArchiveRejected(f"Missing from the archive: {', '.join(missing[:5])}")
    except (tarfile.TarError, OSError, EOFError) as error:
        raise ArchiveRejected(f"The archive cannot be read: {error}") from error
    return manifest


def _check(tar, member, entry, target=None):
    """Hash the member (copying it into `target` if given) and compare with the manifest."""
    sink = target if target is not None else _Discard()
    size, sha256 = _hashed_copy(tar.extractfile(member), sink)
    if size != entry.get("size") or sha256 != entry.get("sha256"):
        raise ArchiveRejected(f"{member.name} does not match its checksum in the manifest.")


class _Discard:
    def write(self, data):
        return len(data)


def restore_backup(path, *, force=False, using="default", storage=None):
    """Verify `path`, then replace the database and write the media files back."""
    connection = connections[using]
    storage = storage or storages["default"]
    manifest = verify_archive(path)
    database = manifest["database"]
    if database.get("format") != databases.dump_format(connection):
        raise CommandError(
            f"The archive holds a {database.get('vendor')} database; "
            f"this site runs on {connection.vendor}."
        )
    if not force and not databases.is_empty(connection):
        raise CommandError(
            "The database is not empty. Restore into a new database, or pass --force to "
            "replace everything in it."
        )
    report = RestoreReport(manifest=manifest)
    entries = {entry["path"]: entry for entry in manifest["files"]}
    with (
        tempfile.TemporaryDirectory(prefix="anitp-restore-") as scratch,
        tarfile.open(path, mode="r:gz") as tar,
    ):
        # One pass in archive order (the database comes first), reading each member once more
        # against its checksum as it is written out.
        for member in tar:
            if member.name == database["path"]:
                copy = Path(scratch) / "db"
                with open(copy, "wb") as target:
                    _check(tar, member, entries[member.name], target)
                databases.load(connection, copy, database["format"])
                copy.unlink()
            elif member.name.startswith(MEDIA_PREFIX):
                _restore_media_file(tar, member, entries[member.name], storage, scratch)
                report.media_files += 1
                report.media_bytes += entries[member.name]["size"]
    connection.close()
    # Cached pages, fragments and site roots describe the database that was just replaced.
    for cache in caches.all():
        cache.clear()
    executor = MigrationExecutor(connection)
    report.unapplied_migrations = [
        f"{migration.app_label}.{migration.name}"
        for migration, _backwards in executor.migration_plan(executor.loader.graph.leaf_nodes())
    ]
    known = {f"{app}.{name}" for app, name in executor.loader.disk_migrations}
    report.unknown_migrations = sorted(set(database.get("migrations", [])) - known)
    return report


def _restore_media_file(tar, member, entry, storage, scratch):
    name = member.name.removeprefix(MEDIA_PREFIX)
    with tempfile.SpooledTemporaryFile(SPOOL_MAX, dir=scratch) as spool:
        _check(tar, member, entry, spool)
        spool.seek(0)
        if storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, File(spool, name=name))
    if saved != name:
        raise CommandError(f"The storage saved {name} as {saved}.")
