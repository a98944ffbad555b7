"""The consular posts' read API, spoken to over real HTTP as a post's own tools would.

Most tests run against pytest-django's live server with urllib, so headers, redirects,
streaming and absolute URLs are what a client sees, not what Django's test client simulates.
The URLconf is the site's own with the API mounted (tests/posts/api_urls.py), so the language
middleware that redirects unprefixed 404s is in the way exactly as in production.
"""

import hashlib
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from datetime import timedelta
from types import SimpleNamespace

import pypdfium2 as pdfium
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.materials.models import Material, MaterialFile
from campaigns.posts import api as api_module
from campaigns.posts.bundles import BundleEntry, stream_zip
from campaigns.posts.models import ApiToken, ConsularPost
from campaigns.taxonomy.factories import AudienceFactory

pytestmark = [
    pytest.mark.urls("tests.posts.api_urls"),
    pytest.mark.django_db(transaction=True),
]

TITLE_NE = "विदेशमा काम: सम्झौता अघि जाँच गर्नुहोस्"


# --- Helpers ----------------------------------------------------------------------------------


def pdf_bytes(width):
    """A real one-page PDF; the width makes each file's bytes (and checksum) different."""
    document = pdfium.PdfDocument.new()
    document.new_page(width, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def stored_bytes(field_file):
    with field_file.storage.open(field_file.name, "rb") as handle:
        return handle.read()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer to check, not to follow: the API must never send one."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(_NoRedirects)


def http_get(url, token=None, headers=None):
    """(status, headers, body) of a GET over HTTP; error statuses are returned, not raised."""
    all_headers = dict(headers or {})
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, headers=all_headers)
    try:
        with OPENER.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get_json(url, token=None, **headers):
    status, response_headers, body = http_get(url, token, headers)
    assert response_headers["Content-Type"].startswith("application/json"), body[:200]
    return status, json.loads(body)


def add_material(key, *, languages, audiences=(), withdrawn=False, **fields):
    today = timezone.localdate()
    review_by = today - timedelta(days=1) if withdrawn else today + timedelta(days=365)
    fields.setdefault("title_ro", f"Material {key}")
    fields.setdefault("type", Material.Type.LEAFLET)
    material = Material(key=key, review_by=review_by, **fields)
    material.save()
    if audiences:
        material.audiences.set(audiences)
        material.save()  # modelcluster keeps parental relations until the next save
    for index, code in enumerate(languages):
        data = pdf_bytes(300 + 7 * len(key) + index)
        MaterialFile.objects.create(
            material=material,
            language=code,
            file=ContentFile(data, name=f"{key}-{code}.pdf"),
            kind=MaterialFile.Kind.PDF,
            print_format=MaterialFile.PrintFormat.A5,
            file_size=len(data),
            sha256=sha256(data),
        )
    return material


@pytest.fixture
def catalogue():
    """Four materials: two with a Nepali file, one without, one withdrawn; a post's token."""
    workers = AudienceFactory(key="foreign-workers")
    students = AudienceFactory(key="students")
    checklist = add_material(
        "job-offer-checklist",
        languages=["ro", "en", "ne"],
        audiences=[workers],
        title_en="Working abroad: check before you sign",
        title_ne=TITLE_NE,
        description_ro="Ce să verifici înainte de a semna.",
        description_en="What to check before you sign.",
    )
    rights = add_material(
        "know-your-rights",
        languages=["ne", "si"],
        audiences=[workers],
        type=Material.Type.POSTER,
        title_en="Know your rights at work",
    )
    lesson = add_material(
        "school-lesson",
        languages=["ro"],
        audiences=[students],
        type=Material.Type.LESSON_PLAN,
    )
    withdrawn = add_material(
        "old-leaflet", languages=["ne", "si"], audiences=[workers], withdrawn=True
    )
    post = ConsularPost.objects.create(
        code="gb-london",
        name="Consulatul General al României la Londra",
        country="GB",
        city="London",
        email="londra@mae.ro",
    )
    token, secret = ApiToken.issue(post, "Distribution laptop")
    return SimpleNamespace(
        checklist=checklist,
        rights=rights,
        lesson=lesson,
        withdrawn=withdrawn,
        post=post,
        token=token,
        secret=secret,
    )


@pytest.fixture
def api_url(live_server):
    def build(path, **params):
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return f"{live_server.url}/api/v1/{path}{query}"

    return build


# --- The catalogue ----------------------------------------------------------------------------


def test_the_nepali_catalogue_lists_what_has_a_nepali_file(catalogue, api_url, live_server):
    status, body = get_json(api_url("materials", language="ne"), catalogue.secret)

    assert status == 200
    assert body["count"] == 2
    checklist, rights = body["items"]
    assert [checklist["key"], rights["key"]] == ["job-offer-checklist", "know-your-rights"]
    assert (checklist["title"], checklist["title_language"]) == (TITLE_NE, "ne")
    # No Nepali title: English, the first fallback, and the client is told so.
    assert (rights["title"], rights["title_language"]) == ("Know your rights at work", "en")
    assert (checklist["description_language"], rights["type"]) == ("en", "poster")
    assert checklist["audiences"] == ["foreign-workers"]

    for item, material in ((checklist, catalogue.checklist), (rights, catalogue.rights)):
        (file_out,) = item["files"]
        stored = material.files.get(language="ne")
        assert file_out["language"] == "ne"
        assert file_out["native_name"] == "नेपाली"
        assert (file_out["kind"], file_out["print_format"]) == ("pdf", "A5")
        assert file_out["download_url"].startswith(f"{live_server.url}/api/v1/")
        assert file_out["captions_url"] is None
        status, headers, data = http_get(file_out["download_url"], catalogue.secret)
        assert status == 200
        assert "attachment" in headers["Content-Disposition"]
        assert sha256(data) == file_out["sha256"] == sha256(stored_bytes(stored.file))
        assert len(data) == file_out["file_size"]


def test_without_a_language_every_file_is_listed_in_the_sites_order(catalogue, api_url):
    status, body = get_json(api_url("materials"), catalogue.secret)

    assert status == 200
    assert [item["key"] for item in body["items"]] == [
        "job-offer-checklist",
        "know-your-rights",
        "school-lesson",
    ]
    checklist = body["items"][0]
    assert [file_out["language"] for file_out in checklist["files"]] == ["ro", "en", "ne"]
    assert (checklist["title"], checklist["title_language"]) == (
        "Working abroad: check before you sign",
        "en",
    )


def test_lang_chooses_the_language_of_the_titles(catalogue, api_url):
    status, body = get_json(api_url("materials", language="si", lang="ro"), catalogue.secret)

    assert status == 200
    (rights,) = body["items"]
    assert (rights["title"], rights["title_language"]) == ("Material know-your-rights", "ro")
    assert [file_out["language"] for file_out in rights["files"]] == ["si"]


def test_one_material_by_key(catalogue, api_url):
    status, body = get_json(api_url("materials/job-offer-checklist", lang="ne"), catalogue.secret)

    assert status == 200
    assert body["key"] == "job-offer-checklist"
    assert body["title"] == TITLE_NE
    assert body["review_by"] == catalogue.checklist.review_by.isoformat()
    assert len(body["files"]) == 3


def test_audience_and_type_filters(catalogue, api_url):
    def keys(**params):
        status, body = get_json(api_url("materials", **params), catalogue.secret)
        assert status == 200
        return [item["key"] for item in body["items"]]

    assert keys(audience="students") == ["school-lesson"]
    assert keys(audience="foreign-workers") == ["job-offer-checklist", "know-your-rights"]
    assert keys(type="poster") == ["know-your-rights"]
    assert keys(type="poster", language="ro") == []
    assert keys(audience="foreign-workers", type="leaflet") == ["job-offer-checklist"]


def test_updated_since_counts_a_change_to_a_file(catalogue, api_url):
    long_ago = timezone.now() - timedelta(days=30)
    # .update() leaves auto_now alone, so the dates can be set back.
    Material.objects.update(updated_at=long_ago)
    MaterialFile.objects.update(updated_at=long_ago)
    recently = timezone.now() - timedelta(hours=1)
    catalogue.rights.files.filter(language="si").update(updated_at=recently)
    Material.objects.filter(pk=catalogue.lesson.pk).update(updated_at=recently)
    since = (timezone.now() - timedelta(days=2)).isoformat()

    def keys(**params):
        status, body = get_json(api_url("materials", **params), catalogue.secret)
        assert status == 200
        return {item["key"]: item for item in body["items"]}

    changed = keys(updated_since=since)
    assert sorted(changed) == ["know-your-rights", "school-lesson"]
    assert changed["know-your-rights"]["updated_at"].startswith(recently.date().isoformat())
    # The Sinhala file changed, the Nepali one did not.
    assert sorted(keys(updated_since=since, language="ne")) == []
    assert sorted(keys(updated_since=since, language="si")) == ["know-your-rights"]
    # A date alone means that day's start; a UTC "Z" time is understood.
    last_week = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert sorted(keys(updated_since=last_week)) == ["know-your-rights", "school-lesson"]
    assert len(keys(updated_since="2000-01-01T00:00:00Z")) == 3
    assert keys(updated_since=timezone.now().isoformat()) == {}


# --- The bundle -------------------------------------------------------------------------------


def test_a_bundle_of_two_materials_in_two_languages(catalogue, api_url):
    url = api_url("bundle", materials="job-offer-checklist,know-your-rights", languages="ne,si")
    status, headers, body = http_get(url, catalogue.secret)

    assert status == 200, body[:300]
    assert headers["Content-Type"] == "application/zip"
    today = timezone.localdate().isoformat()
    assert headers["Content-Disposition"] == (f'attachment; filename="anitp-materials-{today}.zip"')
    archive = zipfile.ZipFile(io.BytesIO(body))
    assert archive.testzip() is None  # every CRC checks out
    expected = {
        "job-offer-checklist/ne/job-offer-checklist-ne.pdf": catalogue.checklist,
        "know-your-rights/ne/know-your-rights-ne.pdf": catalogue.rights,
        "know-your-rights/si/know-your-rights-si.pdf": catalogue.rights,
    }
    # Stored names may have gained a suffix in earlier tests' storage; compare by folder.
    names = archive.namelist()
    assert names[-1] == "manifest.json"
    folders = sorted(name.rsplit("/", 1)[0] for name in names[:-1])
    assert folders == sorted(name.rsplit("/", 1)[0] for name in expected)

    manifest = json.loads(archive.read("manifest.json"))
    by_path = {record["path"]: record for record in manifest["files"]}
    for name in names[:-1]:
        key, code, file_name = name.split("/")
        stored = MaterialFile.objects.get(material__key=key, language=code)
        assert file_name == stored.file.name.rsplit("/", 1)[1]
        data = archive.read(name)
        assert sha256(data) == sha256(stored_bytes(stored.file)) == stored.sha256
        assert by_path[name]["sha256"] == stored.sha256
        assert by_path[name]["size"] == len(data)
        assert (by_path[name]["material"], by_path[name]["language"]) == (key, code)
        assert archive.getinfo(name).compress_type == zipfile.ZIP_STORED
    assert archive.getinfo("manifest.json").compress_type == zipfile.ZIP_DEFLATED

    assert manifest["languages"] == ["ne", "si"]
    assert manifest["post"] == "gb-london"
    assert manifest["missing"] == [{"material": "job-offer-checklist", "language": "si"}]
    assert manifest["generated_at"].startswith(timezone.now().date().isoformat()[:4])
    checklist, rights = manifest["materials"]
    assert checklist["key"] == "job-offer-checklist"
    assert checklist["titles"]["ne"] == {"text": TITLE_NE, "language": "ne"}
    assert checklist["titles"]["si"]["language"] == "en"
    assert rights["titles"]["ne"] == {"text": "Know your rights at work", "language": "en"}


def test_a_bundle_refuses_what_it_cannot_give(catalogue, api_url):
    def error(**params):
        status, body = get_json(api_url("bundle", **params), catalogue.secret)
        return status, body["detail"]

    status, detail = error(materials="job-offer-checklist,old-leaflet", languages="ne")
    assert status == 404
    assert "old-leaflet" in detail
    assert "job-offer-checklist" not in detail
    status, detail = error(materials="no-such-thing", languages="ne")
    assert (status, "no-such-thing" in detail) == (404, True)
    status, detail = error(materials="job-offer-checklist", languages="ne,xx")
    assert status == 422
    assert "xx" in detail
    status, detail = error(materials="school-lesson", languages="ne")
    assert status == 404
    assert "None of the requested materials" in detail
    status, detail = error(materials=" , ", languages="ne")
    assert status == 422


def test_a_bundle_is_streamed_within_limits(catalogue, client, settings):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {catalogue.secret}"}
    response = client.get(
        "/api/v1/bundle", {"materials": "job-offer-checklist", "languages": "ne,ro"}, **headers
    )
    assert response.status_code == 200
    assert response.streaming  # written as it is sent, not built in memory first
    assert len(zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()) == 3

    keys = ",".join(f"material-{number}" for number in range(api_module.MAX_BUNDLE_MATERIALS + 1))
    response = client.get("/api/v1/bundle", {"materials": keys, "languages": "ne"}, **headers)
    # The schema's pattern allows 50 keys: a 51st is a malformed request, not a large one.
    assert response.status_code == 422
    assert "at most 50 material keys" in response.json()["detail"]

    settings.MATERIALS_API_MAX_BUNDLE_BYTES = 1000
    response = client.get(
        "/api/v1/bundle", {"materials": "job-offer-checklist", "languages": "ne,ro"}, **headers
    )
    assert response.status_code == 413
    assert "the limit is" in response.json()["detail"]


# --- Withdrawn materials ----------------------------------------------------------------------


def test_withdrawn_materials_are_never_served(catalogue, api_url):
    status, body = get_json(api_url("materials"), catalogue.secret)
    assert "old-leaflet" not in [item["key"] for item in body["items"]]

    status, body = get_json(api_url("materials/old-leaflet"), catalogue.secret)
    assert status == 404
    assert body == {"detail": "No current material 'old-leaflet'."}

    status, body = get_json(api_url("materials/old-leaflet/files/ne"), catalogue.secret)
    assert status == 404

    status, body = get_json(
        api_url("bundle", materials="old-leaflet", languages="ne"), catalogue.secret
    )
    assert status == 404


def test_unknown_addresses_get_json_not_the_public_site(catalogue, api_url):
    status, body = get_json(api_url("materials/no-such-material"), catalogue.secret)
    assert (status, body["detail"]) == (404, "No current material 'no-such-material'.")
    status, body = get_json(api_url("no/such/endpoint"), catalogue.secret)
    assert status == 404
    assert "No such endpoint" in body["detail"]


# --- Authentication ---------------------------------------------------------------------------


def _expired(catalogue):
    token, secret = ApiToken.issue(catalogue.post, "Old laptop", valid_for=timedelta(days=1))
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    return secret


def _revoked(catalogue):
    token, secret = ApiToken.issue(catalogue.post, "Stolen laptop")
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    return secret


@pytest.mark.parametrize(
    ("make_header", "detail", "error"),
    [
        (lambda catalogue: None, api_module.MISSING_TOKEN, None),
        (
            lambda catalogue: f"Basic {catalogue.secret}",
            api_module.MALFORMED_TOKEN,
            "invalid_request",
        ),
        (lambda catalogue: "Bearer", api_module.MALFORMED_TOKEN, "invalid_request"),
        (lambda catalogue: "Bearer not-a-token-at-all", api_module.INVALID_TOKEN, "invalid_token"),
        (
            lambda catalogue: f"Bearer {catalogue.secret[:-1]}x",
            api_module.INVALID_TOKEN,
            "invalid_token",
        ),
        (
            lambda catalogue: f"Bearer {_expired(catalogue)}",
            api_module.INVALID_TOKEN,
            "invalid_token",
        ),
        (
            lambda catalogue: f"Bearer {_revoked(catalogue)}",
            api_module.INVALID_TOKEN,
            "invalid_token",
        ),
    ],
    ids=["missing", "basic", "empty", "unknown", "wrong", "expired", "revoked"],
)
@pytest.mark.parametrize(
    "path",
    [
        "materials",
        "materials/job-offer-checklist",
        "materials/job-offer-checklist/files/ne",
        "bundle?materials=job-offer-checklist&languages=ne",
    ],
)
def test_a_bad_or_missing_token_gets_401(catalogue, live_server, make_header, detail, error, path):
    header = make_header(catalogue)
    headers = {"Authorization": header} if header else {}
    status, response_headers, body = http_get(f"{live_server.url}/api/v1/{path}", None, headers)

    assert status == 401
    assert json.loads(body) == {"detail": detail}
    challenge = response_headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    assert (f'error="{error}"' in challenge) if error else ("error=" not in challenge)


def test_a_session_is_not_a_token(catalogue, admin_client):
    """A logged-in admin's cookie opens nothing: the API knows only bearer tokens."""
    response = admin_client.get("/api/v1/materials")
    assert response.status_code == 401


def test_use_is_recorded_at_most_once_a_minute(catalogue, api_url):
    assert catalogue.token.last_used_at is None
    get_json(api_url("materials"), catalogue.secret)
    catalogue.token.refresh_from_db()
    first_use = catalogue.token.last_used_at
    assert first_use is not None

    get_json(api_url("materials"), catalogue.secret)
    catalogue.token.refresh_from_db()
    assert catalogue.token.last_used_at == first_use

    ApiToken.objects.filter(pk=catalogue.token.pk).update(
        last_used_at=timezone.now() - timedelta(minutes=2)
    )
    get_json(api_url("materials"), catalogue.secret)
    catalogue.token.refresh_from_db()
    assert catalogue.token.last_used_at > first_use


# --- Bad parameters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "mentions"),
    [
        ({"language": "xx"}, "Unknown language 'xx' in 'language'"),
        ({"lang": "klingon"}, "Unknown language 'klingon' in 'lang'"),
        ({"updated_since": "yesterday"}, "Invalid 'updated_since'"),
        ({"updated_since": "2025-13-45"}, "Invalid 'updated_since'"),
        ({"type": "tshirt"}, "Unknown type 'tshirt'"),
        ({"audience": "martians"}, "Unknown audience 'martians'"),
        ({"limit": "1000"}, "limit"),
    ],
)
def test_bad_parameters_get_422(catalogue, api_url, params, mentions):
    status, body = get_json(api_url("materials", **params), catalogue.secret)
    assert status == 422
    assert mentions in body["detail"]


# --- The schema -------------------------------------------------------------------------------


def test_the_openapi_schema_documents_the_api(live_server):
    status, headers, body = http_get(f"{live_server.url}/api/v1/openapi.json")

    assert status == 200
    assert headers["Content-Type"].startswith("application/json")
    schema = json.loads(body)
    assert schema["info"]["title"] == "ANITP materials API"
    paths = schema["paths"]
    for path in (
        "/api/v1/materials",
        "/api/v1/materials/{key}",
        "/api/v1/materials/{key}/files/{language}",
        "/api/v1/bundle",
    ):
        operation = paths[path]["get"]
        assert operation["summary"]
        assert operation["security"] == [{"PostToken": []}]
        assert "401" in operation["responses"]
    assert schema["components"]["securitySchemes"]["PostToken"] == {
        "type": "http",
        "scheme": "bearer",
    }
    listing = paths["/api/v1/materials"]["get"]
    parameters = {parameter["name"] for parameter in listing["parameters"]}
    assert {"language", "audience", "type", "updated_since", "lang", "limit", "offset"} <= (
        parameters
    )
    assert "application/zip" in paths["/api/v1/bundle"]["get"]["responses"]["200"]["content"]
    assert not any("{rest}" in path for path in paths)
    status, headers, body = http_get(f"{live_server.url}/api/v1/docs")
    assert status == 200
    assert b"/api/v1/openapi.json" in body


# --- Query count ------------------------------------------------------------------------------


def test_the_catalogue_costs_the_same_queries_for_3_or_20_materials(client, settings):
    workers = AudienceFactory(key="foreign-workers")
    students = AudienceFactory(key="students")
    post = ConsularPost.objects.create(
        code="de-berlin", name="Berlin", country="DE", city="Berlin", email="berlin@mae.ro"
    )
    _token, secret = ApiToken.issue(post, "Laptop")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}

    def count_queries(**params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v1/materials", params, **headers)
        assert response.status_code == 200
        return len(queries), response.json()["count"]

    for number in range(3):
        add_material(f"m-{number:02}", languages=["ro", "ne"], audiences=[workers, students])
    client.get("/api/v1/materials", **headers)  # the first use writes last_used_at
    few = count_queries()
    few_nepali = count_queries(language="ne", audience="students", updated_since="2000-01-01")
    for number in range(3, 20):
        add_material(f"m-{number:02}", languages=["ro", "ne"], audiences=[workers, students])

    assert count_queries() == (few[0], 20)
    assert count_queries(language="ne", audience="students", updated_since="2000-01-01") == (
        few_nepali[0],
        20,
    )
    assert few[1] == few_nepali[1] == 3


# --- The ZIP writer on its own ----------------------------------------------------------------


def test_stream_zip_streams_in_chunks_and_describes_what_it_wrote():
    storage = InMemoryStorage()
    video = bytes(range(256)) * 4096  # 1 MiB
    captions = b"WEBVTT\n\n00:00.000 --> 00:02.000\nSunati 112\n" * 50
    storage.save("v.mp4", ContentFile(video))
    storage.save("v.vtt", ContentFile(captions))
    entries = [
        BundleEntry("clip/ne/v.mp4", storage, "v.mp4", info={"role": "file"}),
        BundleEntry("clip/ne/v.vtt", storage, "v.vtt", info={"role": "captions"}),
    ]

    chunks = list(stream_zip(entries, {"note": "test"}, chunk_size=64 * 1024))

    assert all(chunks)
    assert max(len(chunk) for chunk in chunks) < 64 * 1024 + 1024
    archive = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    assert archive.testzip() is None
    assert archive.read("clip/ne/v.mp4") == video
    assert archive.getinfo("clip/ne/v.mp4").compress_type == zipfile.ZIP_STORED
    assert archive.getinfo("clip/ne/v.vtt").compress_type == zipfile.ZIP_DEFLATED
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["note"] == "test"
    assert manifest["files"] == [
        {"role": "file", "path": "clip/ne/v.mp4", "size": len(video), "sha256": sha256(video)},
        {
            "role": "captions",
            "path": "clip/ne/v.vtt",
            "size": len(captions),
            "sha256": sha256(captions),
        },
    ]
