import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.pages.factories import AudiencePageFactory
from campaigns.pages.models import AudiencePage

pytestmark = pytest.mark.django_db


def test_a_page_routes_by_its_slug_in_the_requested_language(client, site_tree):
    response = client.get("/en/foreign-workers/")
    assert response.status_code == 200
    assert response.context["page"].title_en == "Foreign workers"


def test_a_language_without_its_own_slug_routes_by_the_romanian_slug(client, site_tree):
    response = client.get("/ne/lucratori-straini/")
    assert response.status_code == 200
    assert isinstance(response.context["page"], AudiencePage)


def test_a_language_with_its_own_slug_does_not_answer_to_the_romanian_one(client, site_tree):
    assert client.get("/en/lucratori-straini/").status_code == 404


def test_the_url_a_page_gives_is_the_url_it_routes_by(client, site_tree):
    from django.utils import translation

    _home, workers = site_tree
    for code in ("ro", "en", "ne", "si", "fil", "ur"):
        with translation.override(code):
            url = workers.get_url()
        assert url.startswith(f"/{code}/")
        assert client.get(url).status_code == 200, url


def test_unpublished_pages_do_not_route(client, site_tree):
    _home, workers = site_tree
    workers.unpublish()
    assert client.get("/ro/lucratori-straini/").status_code == 404


def _queries_for(client, url):
    client.get(url)  # warm the per-language site root paths cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def test_routing_costs_the_same_queries_with_many_siblings(client, site_tree):
    home, workers = site_tree
    few = _queries_for(client, "/ne/lucratori-straini/")
    for n in range(60):
        AudiencePageFactory(parent=home, audience=workers.audience, slug_ro=f"pagina-{n}")
    many = _queries_for(client, "/ne/lucratori-straini/")
    assert len(many) == len(few)
    routing_query = next(sql for sql in many if '"slug_ne" = ' in sql)
    assert "LIMIT 1" in routing_query
