import pytest
from django.utils import translation

from tests.pages.campaign_tree import build_campaign_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(django_user_model):
    return build_campaign_tree(django_user_model)


def result_titles(response):
    return [page.title for page in response.context["results"]]


def test_search_finds_a_campaign_by_words_in_the_visitors_language(client, tree):
    response = client.get("/ne/search/", {"q": "प्रस्ताव"})
    assert response.status_code == 200
    with translation.override("ne"):
        assert result_titles(response) == ["उत्तम जागिर"]


def test_search_finds_romanian_words_on_the_romanian_site(client, tree):
    response = client.get("/ro/search/", {"q": "octombrie"})
    assert result_titles(response) == ["Săptămâna Prevenirii"]


def test_search_leaves_out_unpublished_pages(client, tree):
    tree["jobs"].unpublish()
    assert result_titles(client.get("/ne/search/", {"q": "प्रस्ताव"})) == []


def test_an_empty_search_shows_the_form_and_no_results(client, tree):
    response = client.get("/ro/search/")
    assert response.status_code == 200
    assert result_titles(response) == []
    assert '<input id="search-query" type="search" name="q"' in response.content.decode()


def test_a_very_long_query_is_cut_rather_than_rejected(client, tree):
    response = client.get("/ro/search/", {"q": "trafic " * 200})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


def test_the_visitors_words_keep_their_own_direction_in_the_heading(client, tree):
    body = client.get("/ur/search/", {"q": "Jobul"}).content.decode()
    assert "\u2068Jobul\u2069" in body
