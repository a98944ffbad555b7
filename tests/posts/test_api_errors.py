"""The API at its edges: what the schema allows is answered, what it forbids is a JSON 4xx, and
nothing, a bug included, is ever an HTML page."""

import logging

import pytest
from django.test import Client

from campaigns.posts.api import MAX_OFFSET, endpoints
from campaigns.posts.models import ApiToken, ConsularPost
from campaigns.taxonomy.factories import AudienceFactory

from .conftest import make_material

pytestmark = pytest.mark.django_db


@pytest.fixture
def bearer(db):
    post = ConsularPost.objects.create(
        code="gb-london", name="Londra", country="GB", city="London", email="l@example.org"
    )
    _token, secret = ApiToken.issue(post, "tools")
    make_material("know-your-rights", ["ro", "en"])
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def api():
    return Client(raise_request_exception=False)


def keys(response):
    assert response.status_code == 200, response.content[:300]
    return [item["key"] for item in response.json()["items"]]


def refused(response, status=422):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    return response.json()["detail"]


def since(api, bearer, value):
    return keys(api.get("/api/v1/materials", {"updated_since": value}, **bearer))


def test_an_instant_before_year_1_in_utc_asks_for_everything(api, bearer):
    assert since(api, bearer, "0001-01-01T00:00:00+01:00") == ["know-your-rights"]
    assert since(api, bearer, "0001-01-01") == ["know-your-rights"]


def test_an_instant_after_year_9999_in_utc_asks_for_nothing(api, bearer):
    assert since(api, bearer, "9999-12-31T23:59:59-01:00") == []


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("2016-03-01t09:30:00z", ["know-your-rights"]),
        ("2999-03-01t09:30:00z", []),
        ("2999-03-01T09:30:00.1234567+05:45", []),
        ("2016-12-31T23:59:60Z", ["know-your-rights"]),  # a leap second
        ("2998-12-31T23:59:60Z", []),
    ],
)
def test_every_rfc_3339_date_time_is_understood(api, bearer, value, found):
    assert since(api, bearer, value) == found


@pytest.mark.parametrize("value", ["2025-03-01T09:30:00", "2025-03-01 09:30Z", "2025-02-30", ""])
def test_what_is_not_an_rfc_3339_date_or_date_time_is_refused(api, bearer, value):
    detail = refused(api.get("/api/v1/materials", {"updated_since": value}, **bearer))
    assert detail.startswith("Invalid 'updated_since'")


@pytest.mark.parametrize("offset", [str(2**63), str(2**64 + 1), str(MAX_OFFSET + 1), "-1", "x"])
def test_an_offset_out_of_bounds_is_refused_as_the_schema_says(api, bearer, offset):
    detail = refused(api.get("/api/v1/materials", {"offset": offset}, **bearer))
    assert "offset" in detail
    assert keys(api.get("/api/v1/materials", {"offset": str(MAX_OFFSET)}, **bearer)) == []


@pytest.mark.parametrize("parameter", ["lang", "language", "type", "audience", "updated_since"])
def test_an_empty_filter_is_refused_not_ignored(api, bearer, parameter):
    detail = refused(api.get(f"/api/v1/materials?{parameter}=", **bearer))
    assert f"'{parameter}'" in detail


def test_an_unknown_language_in_a_download_address_is_refused(api, bearer):
    detail = refused(api.get("/api/v1/materials/know-your-rights/files/xx", **bearer))
    assert detail.startswith("Unknown language 'xx'")


def test_a_download_says_its_own_content_type(api, bearer):
    response = api.get("/api/v1/materials/know-your-rights/files/en", **bearer)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_a_bundle_list_must_name_something(api, bearer):
    detail = refused(api.get("/api/v1/bundle?materials=,%20,&languages=en", **bearer))
    assert detail == "Give at least one material key in 'materials'."
    detail = refused(api.get("/api/v1/bundle?materials=a%20b&languages=en", **bearer))
    assert detail.startswith("Not a material key in 'materials': a b.")


def test_a_nul_is_a_json_400(api, bearer):
    detail = refused(api.get("/api/v1/materials?lang=%00", **bearer), status=400)
    assert "NUL" in detail


def test_a_method_the_address_does_not_take_is_a_json_405(api, bearer):
    response = api.post("/api/v1/materials", **bearer)
    detail = refused(response, status=405)
    assert response["Allow"] == "GET"
    assert detail == "Method POST is not allowed here; use GET."


def test_a_bug_is_a_json_500_and_its_traceback_is_logged(api, bearer, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(endpoints, "_materials", broken)
    with caplog.at_level(logging.ERROR, logger="campaigns.posts.api.app"):
        response = api.get("/api/v1/materials", **bearer)
    detail = refused(response, status=500)
    assert detail == "Internal server error. It has been logged; try again later."
    assert "RuntimeError: a bug" in caplog.text


def test_the_schema_names_the_audiences_there_are(api, db):
    AudienceFactory(key="students")
    AudienceFactory(key="foreign-workers")
    schema = api.get("/api/v1/openapi.json").json()
    parameters = schema["paths"]["/api/v1/materials"]["get"]["parameters"]
    audience = next(parameter for parameter in parameters if parameter["name"] == "audience")
    assert audience["schema"]["enum"] == ["foreign-workers", "students"]
    offset = next(parameter for parameter in parameters if parameter["name"] == "offset")
    assert offset["schema"]["maximum"] == MAX_OFFSET
    download = schema["paths"]["/api/v1/materials/{key}/files/{language}"]["get"]["responses"]
    assert {"application/pdf", "video/mp4"} <= set(download["200"]["content"])
    assert {"400", "401", "404", "422", "500"} <= set(download)
