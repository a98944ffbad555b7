"""A ZIP archive written as it is sent, for bundles of materials that may run to a gigabyte.

Nothing here knows about the API or HTTP: `stream_zip` takes files in any Django storage and
yields the archive's bytes, so the API hands it to a StreamingHttpResponse and the tests read it
back directly. Files are read in chunks through `storage.open`, never whole into memory, so the
same code works on the file system today and on object storage (S3) later.
"""

import hashlib
import json
import posixpath
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.core.files.storage import Storage
from django.utils import timezone

CHUNK_SIZE = 512 * 1024

# PDFs, images and videos are already compressed: deflating them costs CPU and saves nothing.
COMPRESSED_SUFFIXES = frozenset({".json", ".vtt", ".srt", ".txt", ".csv", ".svg", ".xml"})

# ZIP timestamps cannot go before 1980.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BundleEntry:
    """One file to put in the archive: where it is stored and where it goes in the ZIP."""

    path: str  # name inside the archive, with forward slashes
    storage: Storage
    name: str  # name in `storage`
    size: int | None = None  # expected size, only to decide whether ZIP64 is needed
    modified: datetime | None = None
    info: dict = field(default_factory=dict)  # copied into the manifest's record of the file

    @property
    def compress(self):
        return posixpath.splitext(self.path)[1].lower() in COMPRESSED_SUFFIXES


class _ChunkSink:
    """A write-only file for zipfile that keeps what is written until the generator takes it.

    It has no `tell` or `seek`, so zipfile treats it as a pipe: it writes each member's sizes and
    CRC after the data (a data descriptor) instead of going back to patch the header.
    """

    def __init__(self):
        self._chunks = []

    def write(self, data):
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def take(self):
        """What was written since the last call, as a list of at most one chunk."""
        if not self._chunks:
            return []
        data = b"".join(self._chunks)
        self._chunks.clear()
        return [data]


def _zip_info(path, modified, compress):
    if modified is None:
        modified = timezone.now()
    if timezone.is_aware(modified):
        modified = timezone.localtime(modified)
    date_time = max(tuple(modified.timetuple())[:6], _ZIP_EPOCH)
    info = zipfile.ZipInfo(path, date_time=date_time)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16  # a regular file, readable by everyone, on unpacking
    return info


def stream_zip(
    entries: Iterable[BundleEntry],
    manifest: dict | None = None,
    manifest_name: str = "manifest.json",
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[bytes]:
    """The bytes of a ZIP holding `entries`, yielded a chunk at a time.

    With a `manifest`, a JSON file is added last: the given dict plus `files`, one record per
    entry (its `info`, archive path, size and SHA-256). The digests are computed from the bytes
    actually written, so the manifest describes the archive even if a stored checksum is stale.
    A file that cannot be read raises mid-stream: the client gets a truncated, invalid archive,
    never a valid one with a file silently missing.
    """
    sink = _ChunkSink()
    records = []
    with zipfile.ZipFile(sink, mode="w", allowZip64=True) as archive:
        for entry in entries:
            info = _zip_info(entry.path, entry.modified, entry.compress)
            digest = hashlib.sha256()
            written = 0
            force_zip64 = (entry.size or 0) >= zipfile.ZIP64_LIMIT
            with (
                entry.storage.open(entry.name, "rb") as source,
                archive.open(info, mode="w", force_zip64=force_zip64) as target,
            ):
                while chunk := source.read(chunk_size):
                    digest.update(chunk)
                    written += len(chunk)
                    target.write(chunk)
                    yield from sink.take()
            yield from sink.take()
            records.append(
                {**entry.info, "path": entry.path, "size": written, "sha256": digest.hexdigest()}
            )
        if manifest is not None:
            body = json.dumps({**manifest, "files": records}, ensure_ascii=False, indent=2)
            info = _zip_info(manifest_name, timezone.now(), compress=True)
            archive.writestr(info, body.encode())
    # Closing the archive wrote the central directory.
    yield from sink.take()
