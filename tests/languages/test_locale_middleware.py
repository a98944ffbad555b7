import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["si", "fil", "ne", "ur", "uk", "bn"])
def test_the_bare_address_redirects_to_the_visitors_language(client, site_tree, code):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=f"{code},en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == f"/{code}/"


def test_an_unknown_language_gets_romanian(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="xx")
    assert response["Location"] == "/ro/"


@pytest.mark.parametrize("code", ["si", "fil"])
def test_languages_django_lacks_route_to_their_pages(client, site_tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="ltr">' in response.content.decode()


@pytest.mark.parametrize("path", ["/admin/no-such-view/", "/api/v1/nope", "/static/nope.css"])
def test_a_404_outside_the_language_prefixes_stays_a_404(admin_client, site_tree, path):
    response = admin_client.get(path)
    assert response.status_code == 404


def test_a_public_page_without_its_prefix_still_redirects_to_it(client, site_tree):
    response = client.get("/lucratori-straini/", HTTP_ACCEPT_LANGUAGE="ne")
    assert response.status_code == 302
    assert response["Location"] == "/ne/lucratori-straini/"
