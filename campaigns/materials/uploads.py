"""Reading an upload and wording a refusal, for the material, caption and library checks."""

import hashlib
import posixpath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

MB = 1024 * 1024
HEAD_BYTES = 4096


def file_name(file):
    return posixpath.basename((getattr(file, "name", "") or "").replace("\\", "/"))


def extension(name):
    return posixpath.splitext(name)[1].lower()


def refusal(message, code, **params):
    return ValidationError(message, code=code, params=params)


def size_limit(max_bytes):
    """A limit as people say it: "50 MB" rather than "50.0 MB"."""
    return f"{max_bytes // MB} MB" if max_bytes >= MB else filesizeformat(max_bytes)


def read_head(file, size=HEAD_BYTES):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def read_all(file):
    file.seek(0)
    data = b"".join(file.chunks()) if hasattr(file, "chunks") else file.read()
    file.seek(0)
    return data


def sha256_of(file):
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in file.chunks() if hasattr(file, "chunks") else iter(lambda: file.read(MB), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def file_size(file):
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, 2)
        size = file.tell()
        file.seek(0)
    return size
