"""No 5xx on hostile input: every public filter, every API parameter, every admin list filter.

What is tried is read from the site itself: the API's parameters from its OpenAPI schema, the
admin's screens from the URL resolver and their filters from the fields each screen renders,
the public filters from the forms of the campaign index, the catalogue and search. A parameter
or screen added later is tried without a change here.
"""

import re
import time
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client
from django.utils import translation

from campaigns.materials.pages import MaterialCatalogPage

from .hostile import (
    HOSTILE,
    HUGE_IDS,
    RAW,
    encode,
    every_variant,
    filter_fields,
    rotation,
    variants,
)
from .matrix import project_admin_urls

pytestmark = pytest.mark.fuzz

# Parameters every listing may read without showing a field for them: page, search, order, ids.
LISTING_PARAMETERS = {"p", "q", "ordering", "id"}
# Hostile values tried per parameter, besides one malformed query: few enough that the three
# batteries stay within a minute on a 2-core machine, while every value meets many parameters.
PUBLIC_PER_PARAMETER = 3
ADMIN_PER_PARAMETER = 1
AUTHORIZATIONS = [
    "Bearer " + "x" * 10_000,
    "Bearer \u202e🙂",
    "Bearer a b",
    "Basic YTpi",
    "bearer",
    "Bearer %00",
]


class Battery:
    """Send requests, remember every 5xx and every API error that is not JSON."""

    def __init__(self, client):
        self.client = client
        self.tried = 0
        self.failures = []

    def get(self, url, **headers):
        self.tried += 1
        response = self.client.get(url, **headers)
        problem = None
        if response.status_code >= 500:
            error = getattr(response, "exc_info", None)
            problem = repr(error[1])[:300] if error else "no exception"
        elif (
            url.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            problem = "not JSON: " + response.get("Content-Type", "")
        if problem:
            self.failures.append((url[:200], response.status_code, problem))
        return response

    def report(self, what, started):
        elapsed = time.monotonic() - started
        print(f"{what}: {self.tried} hostile requests in {elapsed:.1f} s, {len(self.failures)} 5xx")
        for failure in self.failures:
            print("  ", *failure)


def quiet_client(**defaults):
    # A 5xx is recorded, not raised: the battery goes on and lists every one.
    return Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en", **defaults)


def substituted(route, values):
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda match: values[match.group(1)], route)


@pytest.fixture
def catalogue(world):
    with translation.override("ro"):
        page = MaterialCatalogPage(
            title_ro="Materiale", title_en="Materials", slug_ro="materiale", slug_en="materials"
        )
        world["home"].add_child(instance=page)
    return page


def test_public_filters_never_fail(world, catalogue):
    started = time.monotonic()
    battery = Battery(quiet_client())
    listings = ["/sitemap.xml"]
    for code in ("en", "ne", "ar"):
        with translation.override(code):
            listings += [
                f"/{code}/search/",
                world["index"].get_url(),
                catalogue.get_url(),
                world["jobs"].get_url(),
            ]
    start = 0
    for url in listings:
        page = battery.get(url)
        assert page.status_code == 200, url
        parameters = filter_fields(page.content.decode()) | {"page", "p", "q"}
        for parameter in sorted(parameters):
            for query in variants(parameter, start, PUBLIC_PER_PARAMETER):
                battery.get(f"{url}?{query}")
            start += 1
    key, language = world["leaflet"].key, "en"
    segments = [encode(value) for value in HOSTILE] + RAW
    for segment in segments:
        for path in [
            f"/{segment}/",
            f"/{segment}/search/?q=a",
            f"/en/{segment}/",
            f"{catalogue.get_url()}{segment}/",
            f"/q/{segment}/{language}/",
            f"/q/{key}/{segment}/",
            f"/q/{key}/{language}/{segment}/",
            f"/q/{key}/{language}/qr.{segment}",
            f"/downloads/materials/{HUGE_IDS[0]}/file/{segment}",
            f"/documents/{HUGE_IDS[1]}/{segment}",
        ]:
            battery.get(path)
    for value in rotation(0, len(HOSTILE)):
        battery.get(f"/i18n/setlang/?language={encode(value)}&next={encode(value)}")
    battery.report("public filters", started)
    assert battery.failures == []


def test_api_parameters_never_fail(world, client):
    started = time.monotonic()
    schema = client.get("/api/v1/openapi.json").json()
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {world['secret']}"}
    battery = Battery(quiet_client())
    valid = {
        "key": world["leaflet"].key,
        "language": "en",
        "materials": world["leaflet"].key,
        "languages": "en",
    }
    start = 0
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            parameters = operation.get("parameters", [])
            required = {
                parameter["name"]: valid[parameter["name"]]
                for parameter in parameters
                if parameter.get("required") and parameter["in"] == "query"
            }
            route = re.sub(r"{(\w+)}", r"<\1>", path)[1:]
            base = substituted(route, valid)
            for parameter in parameters:
                name = parameter["name"]
                others = "&".join(
                    f"{other}={encode(value)}" for other, value in required.items() if other != name
                )
                if parameter["in"] == "path":
                    for value in [*HOSTILE, *HUGE_IDS]:
                        battery.get(substituted(route, {**valid, name: encode(value)}), **bearer)
                    for value in RAW:
                        battery.get(substituted(route, {**valid, name: value}), **bearer)
                    continue
                for query in every_variant(name, start):
                    battery.get(f"{base}?{query}&{others}", **bearer)
                start += 1
            for authorization in AUTHORIZATIONS:
                battery.get(
                    f"{base}?{'&'.join(f'{k}={v}' for k, v in required.items())}",
                    HTTP_AUTHORIZATION=authorization,
                )
    battery.report("API parameters", started)
    assert battery.failures == []


def _href_parameters(html, url):
    """Query parameters of the links a screen makes back to itself (paging, export, order)."""
    names = set()
    for href in re.findall(r'href="([^"]*\?[^"]*)"', html):
        split = urlsplit(href.replace("&amp;", "&"))
        if not split.path or split.path.startswith(url):
            names.update(name for name, _value in parse_qsl(split.query, keep_blank_values=True))
    return names


def test_admin_filters_never_fail(world):
    started = time.monotonic()
    battery = Battery(quiet_client())
    battery.client.force_login(world["coordinator"])
    routes = [(route, name) for route, name in project_admin_urls() if name != "wagtailadmin_login"]
    by_namespace = {}
    plain = []
    for route, name in routes:
        if "<" in route:
            continue
        url = "/" + route
        page = battery.get(url)
        parameters = set(LISTING_PARAMETERS)
        if page.get("Content-Type", "").startswith("text/html"):
            html = page.content.decode()
            parameters |= filter_fields(html) | _href_parameters(html, url)
        by_namespace.setdefault(name.split(":")[0], set()).update(parameters)
        plain.append((url, name))
    start = 0
    for url, name in plain:
        for parameter in sorted(by_namespace[name.split(":")[0]]):
            for query in variants(parameter, start, ADMIN_PER_PARAMETER):
                battery.get(f"{url}?{query}")
            start += 1
    for index, (route, _name) in enumerate(routes):
        if "<" not in route:
            continue
        values = {"pk": HUGE_IDS[index % 3], "page_id": HUGE_IDS[(index + 1) % 3]}
        for argument in re.findall(r"<str:(\w+)>", route):
            for value in rotation(index, 2):
                strings = dict.fromkeys(re.findall(r"<str:(\w+)>", route), "en")
                battery.get(substituted(route, {**values, **strings, argument: encode(value)}))
        if "<str:" not in route:
            battery.get(substituted(route, values))
    battery.report("admin filters", started)
    assert battery.failures == []
