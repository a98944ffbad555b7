"""Whether a PDF carries anything that acts: scripts, actions, attachments, multimedia, XFA.

The PDF is read as a reader reads it, with qpdf (through pikepdf): names and strings come
decoded (/J#61vaScript is /JavaScript), object streams inflated with whatever filters and
predictors they use, and every object is looked at as a dictionary, never as text. Readers do
not all see the same objects, so the file is looked at three ways:

- as its cross-reference index says: every object it lists, referenced or not, plus every
  object reachable from the trailer;
- as each earlier revision said, before an incremental update replaced some objects (a reader
  can show a signed revision, and a superseded object is still in the file);
- as a reader repairing a damaged index rebuilds it, by scanning the whole file for objects.

Compressed object streams that no view expands (so whose objects nobody can see) are refused.
A hostile file can make qpdf work hard (chains of compressed indexes, bombs), so the check runs
in a forked child with a time, CPU and memory limit: the worker only waits for the answer.

No Django here: the child answers with codes, validation.py words the refusal.
"""

import hashlib
import io
import json
import os
import resource
import select
import signal
import time
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

MB = 1024 * 1024
# Objects in one view of a file: a 50 MB print PDF has a few tens of thousands.
MAX_OBJECTS = 100_000
# Incremental updates: a print-ready export has none, a file edited in a reader a few.
MAX_REVISIONS = 16
# Object streams inflated, in all views together: real ones hold kilobytes each.
MAX_INFLATED_BYTES = 200 * MB
# One stream inflated by qpdf (object streams and cross-reference streams are all it inflates).
MAX_STREAM_BYTES = 64 * MB
MAX_SECONDS = 20
# The child's memory beyond the address space it inherits from the worker.
MAX_MEMORY = 1024 * MB

# What a PDF was found to carry.
JAVASCRIPT = "javascript"
OPEN_JAVASCRIPT = "open_javascript"
LAUNCH = "launch"
SUBMIT_FORM = "submit_form"
IMPORT_DATA = "import_data"
REMOTE_GOTO = "remote_goto"
SCRIPT_LINK = "script_link"
AUTOMATIC_ACTIONS = "automatic_actions"
EMBEDDED_FILE = "embedded_file"
RICH_MEDIA = "rich_media"
MULTIMEDIA = "multimedia"
XFA = "xfa"
UNINSPECTABLE = "uninspectable"

# Why a PDF could not be inspected at all (RefusedPdf.reason).
ENCRYPTED = "encrypted"
UNREADABLE = "unreadable"
TOO_COMPLEX = "too_complex"

# Action types (/S) that run, fetch, send or play something. Plain navigation (/GoTo, /Named,
# /Thread), web links (/URI, checked below) and form resets are harmless in a printed leaflet.
ACTIONS = {
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/SubmitForm": SUBMIT_FORM,
    "/ImportData": IMPORT_DATA,
    "/GoToR": REMOTE_GOTO,
    "/GoToE": REMOTE_GOTO,
    "/GoTo3DView": MULTIMEDIA,
    "/Rendition": MULTIMEDIA,
    "/Sound": MULTIMEDIA,
    "/Movie": MULTIMEDIA,
    "/RichMediaExecute": RICH_MEDIA,
}
# Keys that only ever hold something active, wherever the dictionary sits.
KEYS = {
    "/JS": JAVASCRIPT,
    "/JavaScript": JAVASCRIPT,  # the document's script name tree, under /Names
    "/EmbeddedFiles": EMBEDDED_FILE,
    "/EF": EMBEDDED_FILE,
    "/RF": EMBEDDED_FILE,
    "/XFA": XFA,
    "/RichMediaContent": RICH_MEDIA,
    "/RichMediaSettings": RICH_MEDIA,
}
# /Type or /Subtype values of objects and annotations that embed files or play media (3D
# artwork can carry scripts of its own).
TYPES = {
    "/EmbeddedFile": EMBEDDED_FILE,
    "/FileAttachment": EMBEDDED_FILE,
    "/RichMedia": RICH_MEDIA,
    "/Sound": MULTIMEDIA,
    "/Movie": MULTIMEDIA,
    "/Screen": MULTIMEDIA,
    "/3D": MULTIMEDIA,
}
SAFE_URI_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Appended to the file, it sends qpdf to a cross-reference table that is not there, so qpdf
# rebuilds the index from the objects it finds, as a repairing reader does.
REBUILD = b"\nstartxref\n0\n%%EOF\n"


class RefusedPdf(Exception):
    """The PDF could not be inspected: `reason` is ENCRYPTED, UNREADABLE or TOO_COMPLEX."""

    def __init__(self, reason, detail=""):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


class _Uninspectable(Exception):
    """Objects qpdf cannot decode or find: the file is refused without reading further."""


@dataclass(frozen=True)
class Limits:
    objects: int
    revisions: int
    inflated_bytes: int
    stream_bytes: int
    seconds: float
    memory: int

    @classmethod
    def current(cls):
        """The module's limits as they are now: the child is forked, so a test's change holds."""
        return cls(
            MAX_OBJECTS,
            MAX_REVISIONS,
            MAX_INFLATED_BYTES,
            MAX_STREAM_BYTES,
            MAX_SECONDS,
            MAX_MEMORY,
        )


def active_content(data, limits=None):
    """The codes of what PDF `data` carries that acts (an empty set if nothing does).

    Raises RefusedPdf when the file is encrypted, cannot be read, or is too costly to check.
    """
    limits = limits or Limits.current()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _answer_in_child(data, limits, write_end)
    os.close(write_end)
    try:
        answer = _read_answer(read_end, limits.seconds + 1)
    finally:
        os.close(read_end)
        _reap(pid)
    if answer is None:
        # Killed by its CPU or memory limit, or too slow: the file asks too much.
        raise RefusedPdf(TOO_COMPLEX)
    if "refused" in answer:
        raise RefusedPdf(answer["refused"], answer.get("detail", ""))
    return frozenset(answer["findings"])


def _answer_in_child(data, limits, write_end):
    """Inspect in the forked child and write the answer; never returns into the worker."""
    try:
        _limit_resources(limits)
        answer = {"findings": sorted(inspect_here(data, limits))}
    except RefusedPdf as refusal:
        answer = {"refused": refusal.reason, "detail": refusal.detail}
    except MemoryError:
        answer = {"refused": TOO_COMPLEX, "detail": "memory"}
    except BaseException as error:  # the child must answer, whatever happened
        answer = {"refused": UNREADABLE, "detail": error.__class__.__name__}
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(json.dumps(answer).encode())
    finally:
        # No atexit handlers, no flushing of the worker's buffers, no database teardown.
        os._exit(0)


def _limit_resources(limits):
    _lower(resource.RLIMIT_CPU, int(limits.seconds) + 1)
    try:
        with open("/proc/self/statm") as statm:
            inherited = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        pass  # no /proc (not Linux): the time limits still hold
    else:
        _lower(resource.RLIMIT_AS, inherited + limits.memory)
    pikepdf.settings.set_qpdf_limits(
        flate_max_memory=limits.stream_bytes,
        png_max_memory=limits.stream_bytes,
        tiff_max_memory=limits.stream_bytes,
        run_length_max_memory=limits.stream_bytes,
        doc_max_warnings=1000,
    )


def _lower(kind, value):
    _soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value))


def _read_answer(fd, seconds):
    deadline = time.monotonic() + seconds
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        return None


def _reap(pid):
    try:
        os.kill(pid, signal.SIGKILL)  # a child that already answered is a zombie: harmless
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def inspect_here(data, limits):
    """What `data` carries, inspected in this process (active_content runs this in a child)."""
    inspection = _Inspection(limits)
    try:
        inspection.view(data, authoritative=True)
        for end in revision_ends(data, limits):
            inspection.view(data[:end], authoritative=False)
        inspection.view(data + REBUILD, authoritative=False, rebuild=True)
    except _Uninspectable:
        inspection.found.add(UNINSPECTABLE)
    return inspection.finish()


def revision_ends(data, limits):
    """Where each earlier revision ends, before an incremental update appended another."""
    ends = []
    position = data.find(b"%%EOF")
    while position >= 0:
        end = position + len(b"%%EOF")
        if data[end:].strip():
            ends.append(end)
        position = data.find(b"%%EOF", end)
    if len(ends) > limits.revisions:
        raise RefusedPdf(TOO_COMPLEX, "revisions")
    return ends


def uri_is_safe(raw):
    """Whether a link target opens a web page, an e-mail or a call (or is a relative address).

    Readers and browsers ignore white space and control characters inside a scheme
    (`java\\tscript:`), so they are dropped before the scheme is read; a scheme not on the
    list, however it is spelt, is not safe.
    """
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        text = raw.decode("utf-16", "replace")
    else:
        text = raw.decode("latin-1")
    text = "".join(character for character in text if character > " " and character != "\x7f")
    scheme, colon, _rest = text.partition(":")
    if not colon or any(character in scheme for character in "/?#"):
        return True
    return scheme.lower() in SAFE_URI_SCHEMES


def _object_stream_key(stream):
    """What identifies an object stream's objects: its bytes and how they are decoded."""
    dictionary = stream.stream_dict
    parameters = repr(
        [dictionary.get(key) for key in ("/Filter", "/DecodeParms", "/N", "/First", "/Extends")]
    )
    return hashlib.sha256(stream.read_raw_bytes() + parameters.encode()).hexdigest()


def _is_object_stream(obj):
    return isinstance(obj, Stream) and obj.stream_dict.get("/Type") == Name.ObjStm


class _Inspection:
    def __init__(self, limits):
        self.limits = limits
        self.found = set()
        self.deadline = time.monotonic() + limits.seconds
        self.inflated = 0
        self.expanded = set()  # keys of object streams whose objects a view listed
        self.object_streams = set()  # keys of every object stream met

    def view(self, data, *, authoritative, rebuild=False):
        try:
            pdf = pikepdf.open(io.BytesIO(data), attempt_recovery=rebuild)
        except pikepdf.PasswordError as error:
            raise RefusedPdf(ENCRYPTED) from error
        except pikepdf.PikepdfError as error:
            if authoritative:
                raise RefusedPdf(UNREADABLE, str(error).rsplit(": ", 1)[-1]) from error
            return  # no reader sees this part on its own
        with pdf:
            if pdf.is_encrypted:
                raise RefusedPdf(ENCRYPTED)
            xref = pdf.get_xref_table()
            if len(xref) > self.limits.objects:
                raise RefusedPdf(TOO_COMPLEX, "objects")
            self._expand_object_streams(pdf, xref)
            self._walk(pdf, xref)

    def _expand_object_streams(self, pdf, xref):
        """Inflate, within the budget, the object streams holding listed objects.

        Done before any of their objects is read, so qpdf never inflates one unchecked.
        """
        numbers = {entry.obj_stream_number for entry in xref.values() if entry.type == 2}
        for number in sorted(numbers):
            stream = pdf.get_object((number, 0))
            if not _is_object_stream(stream):
                self._uninspectable()
            key = _object_stream_key(stream)
            if key not in self.expanded:
                try:
                    self.inflated += len(stream.read_bytes())
                except pikepdf.PikepdfError:  # a filter qpdf lacks, damage, or past its limit
                    self._uninspectable()
                if self.inflated > self.limits.inflated_bytes:
                    raise RefusedPdf(TOO_COMPLEX, "inflated")
                self.expanded.add(key)
            self.tick()

    def _walk(self, pdf, xref):
        """Every object the index lists and every object reachable from the trailer."""
        visited = set()
        pending = [pdf.trailer]
        listed = iter(xref.items())
        while True:
            if not pending:
                entry = next(listed, None)
                if entry is None:
                    return
                objgen, xref_entry = entry
                if xref_entry.type == 0 or objgen in visited:
                    continue
                try:
                    pending.append(pdf.get_object(objgen))
                except pikepdf.PikepdfError:
                    self._uninspectable()
            obj = pending.pop()
            if not isinstance(obj, (Dictionary, Stream, Array)):
                continue  # names, strings and numbers are read where their dictionary is
            if obj.is_indirect:
                if obj.objgen in visited:
                    continue
                visited.add(obj.objgen)
                if len(visited) % 256 == 0:
                    self.tick()
            if isinstance(obj, Stream):
                if _is_object_stream(obj):
                    self.object_streams.add(_object_stream_key(obj))
                dictionary = obj.stream_dict
            elif isinstance(obj, Dictionary):
                dictionary = obj
            else:
                pending.extend(obj)
                continue
            self._check(dictionary)
            pending.extend(dictionary.values())

    def _check(self, dictionary):
        keys = dictionary.keys()
        for key in keys & KEYS.keys():
            self.found.add(KEYS[key])
        action = dictionary.get("/S")
        if isinstance(action, Name) and str(action) in ACTIONS:
            self.found.add(ACTIONS[str(action)])
        for key in ("/Type", "/Subtype"):
            value = dictionary.get(key)
            if isinstance(value, Name) and str(value) in TYPES:
                self.found.add(TYPES[str(value)])
        if "/AA" in keys:
            automatic = dictionary.get("/AA")
            if not isinstance(automatic, Dictionary) or len(automatic):
                self.found.add(AUTOMATIC_ACTIONS)
        if "/OpenAction" in keys:
            opening = dictionary.get("/OpenAction")
            if isinstance(opening, Dictionary) and opening.get("/S") == Name.JavaScript:
                self.found.add(OPEN_JAVASCRIPT)
        if "/URI" in keys:
            uri = dictionary.get("/URI")
            if isinstance(uri, Dictionary):
                uri = uri.get("/Base")  # the catalog's base for relative links
            if isinstance(uri, String) and not uri_is_safe(bytes(uri)):
                self.found.add(SCRIPT_LINK)

    def _uninspectable(self):
        # Refused whatever else is found: stop before qpdf reads any further.
        raise _Uninspectable

    def tick(self):
        if time.monotonic() > self.deadline:
            raise RefusedPdf(TOO_COMPLEX, "time")

    def finish(self):
        if self.object_streams - self.expanded:
            self.found.add(UNINSPECTABLE)
        return frozenset(self.found)
