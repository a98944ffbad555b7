"""Each bad input that used to be a 500 now gets a clear answer, in the reader's language.

The API's own cases (dates at the ends of time, offsets past 2**63, empty filters) are in
tests/posts/test_api_errors.py, the PO import's in tests/translations/test_po_hostile.py.
"""

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

HUGE = "1" * 20


def signed_in(user, language="en"):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


def test_a_quote_in_the_public_search_is_searched_for(world):
    response = Client().get("/ro/search/", {"q": '"Jobul perfect'})
    assert response.status_code == 200
    assert [page.title for page in response.context["results"]] == ["Jobul perfect"]


@pytest.mark.parametrize("query", ['"', '""', '" OR "', "a\\", "\u202e"])
def test_search_syntax_in_the_words_is_no_error(world, query):
    assert Client().get("/en/search/", {"q": query}).status_code == 200


def test_a_nul_is_refused_in_the_addresses_language(world):
    response = Client().get("/ro/search/", {"q": "Jobul\x00"})
    assert response.status_code == 400
    body = response.content.decode()
    assert '<html lang="ro"' in body
    assert "Adresa conține un caracter NUL, pe care nicio pagină nu îl acceptă." in body


def test_a_nul_in_a_path_is_refused_too(world):
    assert Client().get("/ro/campanii/%00/").status_code == 400


def test_an_activity_that_does_not_exist_is_not_found(world):
    client = signed_in(world["coordinator"], "ro")
    response = client.get("/admin/reach/activities/inspect/999999/")
    assert response.status_code == 404
    assert "Pagina nu a fost găsită" in response.content.decode()


@pytest.mark.parametrize("value", [HUGE, str(2**63), "-1", "abc"])
def test_a_campaign_filter_past_the_databases_integers_is_not_a_choice(world, value):
    client = signed_in(world["coordinator"], "ro")
    response = client.get("/admin/reach/activities/", {"campaign": value})
    assert response.status_code == 200
    assert "Selectați o opțiune validă" in response.content.decode()


def test_an_audience_filter_past_the_databases_integers_is_not_a_choice(world):
    client = signed_in(world["coordinator"])
    response = client.get("/admin/snippets/materials/material/", {"audiences": HUGE})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_chooser_given_impossible_ids_chooses_nothing(world):
    client = signed_in(world["coordinator"])
    base = "/admin/snippets/choose/taxonomy/audience/"
    for pk in ["abc", HUGE, "%E2%80%AE"]:
        assert client.get(f"{base}chosen/{pk}/").status_code == 404
    workers = world["workers"]
    response = client.get(f"{base}chosen-multiple/?id=abc&id={HUGE}&id={workers.pk}")
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["result"]] == [str(workers.pk)]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/taxonomy/channel/",
        "/admin/snippets/taxonomy/partner/",
        "/admin/snippets/choose/taxonomy/channel/results/",
    ],
)
def test_the_vocabularies_can_be_searched(world, url):
    client = signed_in(world["coordinator"])
    for query in ["Radio", "ONG", '"', "Ra\u202edio"]:
        assert client.get(url, {"q": query}).status_code == 200, query
    listing = client.get(url, {"q": "radi"}).content.decode()
    assert ("Radio" in listing) == ("channel" in url)
