"""Public pages written as static files, so nginx (or a CDN's origin) serves them without Python.

A television spot sends tens of thousands of phones to one campaign page within minutes, and the
page must keep answering when the application or its database is down. Every live, public page
is therefore rendered, in every language, by the site itself (the whole middleware stack, as an
anonymous visitor at the public address), and written where nginx finds it first:

    /<lang>/<path>/  ->  <STATIC_PAGES_ROOT>/<lang>/<path>/index.html  (+ .gz, .br)

Django stays the fallback for whatever is not written (query strings, search, new pages).

Files are refreshed when something a page shows changes: publishing, unpublishing, moving or
deleting a page, a taxonomy snippet, a material or its files, the hotline setting, an image,
a view restriction. Changes are collected while a request runs (StaticPagesMiddleware) and
published once it is done, in a background thread by default: a full republish renders every
page in 18 languages and takes minutes on a small machine. `manage.py publish_static_pages
--all` does the same from cron or a deploy, and removes what is no longer public.

Each page's written paths are kept in `<root>/.pages/<id>.json`, so a page whose slug changed
or which was unpublished loses exactly its own files. Writes are atomic (a temporary file, then
os.replace): nginx never serves half a page.
"""

import fcntl
import gzip
import json
import logging
import os
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.db import connections, transaction
from django.test import RequestFactory
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from campaigns.languages import registry

try:  # brotli comes with fonttools[woff]; without it only gzip copies are written.
    import brotli
except ImportError:  # pragma: no cover - depends on the installation
    brotli = None

logger = logging.getLogger(__name__)

MANIFEST_DIR = ".pages"
PAGE_FILE = "index.html"


def root():
    return Path(settings.STATIC_PAGES_ROOT)


# --- What to write ---------------------------------------------------------------------------


def public_pages():
    """Pages a visitor may see: live, without a view restriction on them or an ancestor."""
    return Page.objects.live().public().filter(depth__gt=1).specific()


def page_paths(page):
    """The addresses of `page` in every content language, with the sub-routes it publishes."""
    paths = []
    subpaths = list(getattr(page, "static_subpaths", list)())
    for code in getattr(settings, "STATIC_PAGES_LANGUAGES", None) or registry.language_codes():
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is None:
            continue
        own = parts[2]
        paths.append(own)
        paths.extend(own + subpath for subpath in subpaths)
    return list(dict.fromkeys(paths))


def file_for(path):
    """Where nginx looks for `path` (`try_files $uri/index.html`: the decoded request path)."""
    relative = unquote(path).strip("/")
    if not relative or ".." in relative.split("/"):
        raise ValueError(f"not a page path: {path!r}")
    return root() / relative / PAGE_FILE


# --- Rendering -------------------------------------------------------------------------------

_handler_lock = threading.Lock()
_handler = None


def _get_handler():
    global _handler
    with _handler_lock:
        if _handler is None:
            handler = BaseHandler()
            handler.load_middleware()
            _handler = handler
    return _handler


def _request_factory():
    base = urlsplit(settings.STATIC_PAGES_BASE_URL)
    return RequestFactory(HTTP_HOST=base.netloc), base.scheme == "https"


def render(path):
    """The bytes Django serves an anonymous visitor at `path`, or None when they must not be
    written: anything but a 200 text/html page, or a response that sets a cookie (a page that
    differs per visitor)."""
    factory, secure = _request_factory()
    request = factory.get(iri_to_uri(path), secure=secure)
    # The locale middleware activates the page's language; the caller's is restored after.
    with translation.override(translation.get_language()):
        response = _get_handler().get_response(request)
    if response.status_code != 200 or response.streaming:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    if response.cookies:
        logger.warning("Not writing %s: the response sets cookies %s", path, list(response.cookies))
        return None
    return response.content


# --- Files -----------------------------------------------------------------------------------


def _write_atomic(target, data):
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _compressed_copies(target, data):
    copies = [(target.with_name(target.name + ".gz"), gzip.compress(data, 9, mtime=0))]
    if brotli is not None:
        copies.append((target.with_name(target.name + ".br"), brotli.compress(data)))
    return copies


def write_page_file(path, data):
    """Write `path`'s HTML and its compressed copies; False when the file already held it."""
    target = file_for(path)
    try:
        if target.read_bytes() == data:
            return False
    except OSError:
        pass
    # The copies first: nginx serves index.html.gz only next to an existing index.html, so the
    # new HTML appears last, complete.
    for copy, compressed in _compressed_copies(target, data):
        _write_atomic(copy, compressed)
    _write_atomic(target, data)
    return True


def remove_page_file(path):
    target = file_for(path)
    existed = target.exists()
    for name in (PAGE_FILE, PAGE_FILE + ".gz", PAGE_FILE + ".br"):
        target.with_name(name).unlink(missing_ok=True)
    directory = target.parent
    while directory != root() and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        directory = directory.parent
    return existed


def _manifest(page_id):
    return root() / MANIFEST_DIR / f"{page_id}.json"


def read_manifest(page_id):
    try:
        return set(json.loads(_manifest(page_id).read_text()))
    except (OSError, ValueError):
        return set()


def _write_manifest(page_id, paths):
    if paths:
        _write_atomic(_manifest(page_id), json.dumps(sorted(paths)).encode())
    else:
        _manifest(page_id).unlink(missing_ok=True)


def _manifest_ids():
    directory = root() / MANIFEST_DIR
    if not directory.is_dir():
        return set()
    return {int(entry.stem) for entry in directory.glob("*.json") if entry.stem.isdigit()}


@contextmanager
def _exclusive():
    """One publisher at a time across processes (gunicorn workers, cron)."""
    root().mkdir(parents=True, exist_ok=True)
    with open(root() / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# --- Publishing ------------------------------------------------------------------------------


@dataclass
class Outcome:
    written: list = field(default_factory=list)
    unchanged: int = 0
    removed: list = field(default_factory=list)

    def purge_urls(self):
        base = settings.STATIC_PAGES_BASE_URL.rstrip("/")
        return sorted(base + iri_to_uri(path) for path in (*self.written, *self.removed))


def _refresh_page(page_id, page, outcome):
    old = read_manifest(page_id)
    new = set()
    if page is not None:
        for path in page_paths(page):
            content = render(path)
            if content is None:
                continue
            new.add(path)
            if write_page_file(path, content):
                outcome.written.append(path)
            else:
                outcome.unchanged += 1
    for path in sorted(old - new):
        if remove_page_file(path):
            outcome.removed.append(path)
    _write_manifest(page_id, new)


def _sweep(outcome):
    """Remove page files no manifest knows (left by an interrupted run or an older layout)."""
    known = set()
    for page_id in _manifest_ids():
        known.update(file_for(path) for path in read_manifest(page_id))
    for target in list(root().rglob(PAGE_FILE)):
        if MANIFEST_DIR in target.relative_to(root()).parts or target in known:
            continue
        path = "/" + target.parent.relative_to(root()).as_posix() + "/"
        remove_page_file(path)
        outcome.removed.append(path)


def publish(page_ids=None):
    """Bring the files of `page_ids` (None: every page) in line with what Django serves now.

    Returns the Outcome; every URL written or removed is purged from the frontend cache.
    """
    outcome = Outcome()
    with _exclusive():
        pages = public_pages()
        if page_ids is None:
            live = {page.pk: page for page in pages}
            ids = set(live) | _manifest_ids()
        else:
            ids = set(page_ids)
            live = {page.pk: page for page in pages.filter(pk__in=ids)}
        for page_id in sorted(ids):
            _refresh_page(page_id, live.get(page_id), outcome)
        if page_ids is None:
            _sweep(outcome)
    purge(outcome.purge_urls())
    return outcome


def purge(urls):
    """Purge URLs from the CDN (WAGTAILFRONTENDCACHE): each language's own address, since
    Wagtail's page purge only knows the page's URL in the active language."""
    if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        PurgeBatch(urls).purge()


# --- Knowing when --------------------------------------------------------------------------


@dataclass
class Pending:
    everything: bool = False
    page_ids: set = field(default_factory=set)
    with_listings: bool = False

    def __bool__(self):
        return self.everything or bool(self.page_ids)

    def merge(self, other):
        self.everything |= other.everything
        self.with_listings |= other.with_listings
        self.page_ids |= other.page_ids


_local = threading.local()


def _pending():
    return getattr(_local, "pending", None)


def mark_everything():
    """Something every page may show changed (a snippet, a material, the hotline numbers)."""
    pending = _pending()
    if pending is not None:
        pending.everything = True


def mark_page(page):
    """A page was published, unpublished or deleted.

    A campaign appears on its own page and in the listings (home, audience pages, the index,
    the catalogue's material pages); any other page's title is in every page's navigation.
    """
    pending = _pending()
    if pending is None:
        return
    from campaigns.pages.models import CampaignPage

    if isinstance(page.specific_deferred, CampaignPage):
        pending.page_ids.add(page.pk)
        pending.with_listings = True
    else:
        pending.everything = True


@contextmanager
def collecting():
    """Collect the changes made inside the block and publish them once it ends."""
    if _pending() is not None:
        yield _pending()
        return
    _local.pending = pending = Pending()
    try:
        yield pending
    finally:
        _local.pending = None
        if pending:
            transaction.on_commit(lambda: dispatch(pending))


def _resolve(pending):
    if pending.everything:
        return None
    ids = set(pending.page_ids)
    if pending.with_listings:
        from campaigns.pages.models import CampaignPage

        ids |= set(public_pages().not_type(CampaignPage).values_list("pk", flat=True))
    return ids


def run(pending):
    outcome = publish(_resolve(pending))
    logger.info(
        "Static pages: %d written, %d unchanged, %d removed",
        len(outcome.written),
        outcome.unchanged,
        len(outcome.removed),
    )
    return outcome


_queue_lock = threading.Lock()
_queued = Pending()
_worker = None


def dispatch(pending):
    """Publish now, or hand the work to this process's background thread (the default)."""
    if not settings.STATIC_PAGES_BACKGROUND:
        run(pending)
        return
    global _worker
    with _queue_lock:
        _queued.merge(pending)
        if _worker is None:
            _worker = threading.Thread(target=_work, name="static-pages", daemon=True)
            _worker.start()


def _work():
    global _queued, _worker
    while True:
        with _queue_lock:
            job, _queued = _queued, Pending()
            if not job:
                _worker = None
                return
        try:
            run(job)
        except Exception:
            logger.exception("Publishing static pages failed; `publish_static_pages --all` repairs")
        finally:
            connections.close_all()


class StaticPagesMiddleware:
    """Publishes, once the response is ready, what the request's saves changed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.STATIC_PAGES_AUTO or request.method in ("GET", "HEAD", "OPTIONS"):
            return self.get_response(request)
        with collecting():
            return self.get_response(request)


# --- Signals ---------------------------------------------------------------------------------


def _on_page_change(sender, instance, **kwargs):
    mark_page(instance)


def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pending = _pending()
        if pending is not None:
            pending.page_ids.add(instance.pk)
            pending.everything = True


def _on_content_change(sender, instance=None, created=False, **kwargs):
    # A new image shows nowhere until a page uses it, and that page is then published.
    if created and sender in _SHOWN_ONLY_WHEN_USED:
        return
    mark_everything()


def _on_move(sender, instance, **kwargs):
    mark_everything()


_SHOWN_ONLY_WHEN_USED = set()


def connect_signals():
    """Called from FrameConfig.ready(): every save point of something a public page shows."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_on_page_change, dispatch_uid="static_pages_published")
    page_unpublished.connect(_on_page_change, dispatch_uid="static_pages_unpublished")
    post_page_move.connect(_on_move, dispatch_uid="static_pages_moved")
    post_delete.connect(_on_page_delete, dispatch_uid="static_pages_page_deleted")

    image = get_image_model()
    _SHOWN_ONLY_WHEN_USED.add(image)
    shown = [
        apps.get_model("taxonomy", name)
        for name in ("Audience", "ExploitationForm", "Channel", "RegionalCentre", "Partner")
    ]
    shown += [
        apps.get_model("materials", "Material"),
        apps.get_model("materials", "MaterialFile"),
        apps.get_model("frame", "HotlineSettings"),
        apps.get_model("wagtailcore", "Site"),
        PageViewRestriction,
        image,
    ]
    for model in shown:
        label = model._meta.label_lower
        post_save.connect(_on_content_change, sender=model, dispatch_uid=f"static_pages_s_{label}")
        post_delete.connect(
            _on_content_change, sender=model, dispatch_uid=f"static_pages_d_{label}"
        )
