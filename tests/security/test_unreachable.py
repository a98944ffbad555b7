"""Nothing unpublished, withdrawn or private is reachable: by URL, media file, sitemap, search,
or the API."""

import pytest
from django.http import Http404
from django.test import override_settings
from wagtail.models import PageViewRestriction

from campaigns.materials.downloads import serve_public_media
from campaigns.pages.factories import CampaignPageFactory

SECRET_WORDS = "Textnepublicatdeloc"


@pytest.fixture
def hidden(world):
    index = world["index"]
    draft = CampaignPageFactory(
        parent=index,
        regional_centre=world["timisoara"],
        title_ro=f"Ciornă {SECRET_WORDS}",
        slug_ro="ciorna",
        start_date="2021-01-01",
    )
    draft.live = False
    draft.has_unpublished_changes = True
    draft.save()
    unpublished = CampaignPageFactory(
        parent=index,
        regional_centre=world["timisoara"],
        title_ro=f"Retrasă {SECRET_WORDS}",
        slug_ro="retrasa",
        start_date="2021-01-01",
    )
    unpublished.unpublish()
    private = CampaignPageFactory(
        parent=index,
        regional_centre=world["timisoara"],
        title_ro=f"Privată {SECRET_WORDS}",
        slug_ro="privata",
        start_date="2021-01-01",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="parola"
    )
    return {"draft": draft, "unpublished": unpublished, "private": private}


@pytest.mark.parametrize("which", ["draft", "unpublished"])
def test_unpublished_pages_are_not_found(client, hidden, which):
    slug = hidden[which].slug_ro
    for language in ("ro", "en", "ne"):
        response = client.get(f"/{language}/campanii/{slug}/")
        assert response.status_code == 404
        assert SECRET_WORDS not in response.content.decode()


def test_a_private_page_asks_for_its_password_and_shows_nothing(client, hidden):
    response = client.get("/ro/campanii/privata/")
    assert response.status_code == 200  # Wagtail's password form, not the page
    body = response.content.decode()
    assert SECRET_WORDS not in body
    assert 'name="password"' in body


def test_none_is_in_the_sitemap_the_search_or_the_listing(client, hidden):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/jobul-perfect/" in sitemap
    for slug in ("ciorna", "retrasa", "privata"):
        assert f"/{slug}/" not in sitemap
    titles = [page.title_ro for page in hidden.values()]
    for url in ["/ro/search/?q=" + SECRET_WORDS, "/ro/campanii/"]:
        body = client.get(url).content.decode()  # the search echoes the words it was given
        assert [title for title in titles if title in body] == [], url
    assert "Jobul perfect" in client.get("/ro/search/?q=Jobul").content.decode()


def test_a_withdrawn_materials_files_are_not_served(client, world):
    withdrawn = world["withdrawn"].files.get()
    response = client.get(withdrawn.download_url)
    assert response.status_code == 404
    current = world["leaflet"].files.get(language="en")
    response = client.get(current.download_url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Disposition"] == 'attachment; filename="know-your-rights-en.pdf"'
    assert client.get(f"/ro/materiale/{world['withdrawn'].key}/").status_code == 404


def test_an_old_or_made_up_file_address_is_not_served(client, world):
    current = world["leaflet"].files.get(language="en")
    url = current.download_url
    assert client.get(url.rsplit("/", 1)[0] + "/other.pdf").status_code == 404
    assert client.get(url.replace("/file/", "/sha256/")).status_code == 404


@override_settings(MATERIAL_FILES_ACCEL_PREFIX="/internal-media/")
def test_behind_nginx_the_file_is_handed_over_to_an_internal_location(client, world):
    current = world["leaflet"].files.get(language="en")
    response = client.get(current.download_url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/internal-media/" + current.file.name
    assert client.get(world["withdrawn"].files.get().download_url).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "materials/2026/01/old-card-ro.pdf",
        "./materials/2026/01/old-card-ro.pdf",
        "images/../materials/2026/01/old-card-ro.pdf",
        "materials",
    ],
)
def test_django_serving_media_itself_never_serves_material_files(rf, path):
    with pytest.raises(Http404):
        serve_public_media(rf.get("/media/" + path), path)


def test_the_api_never_lists_or_serves_a_withdrawn_material(client, world):
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {world['secret']}"}
    keys = [item["key"] for item in client.get("/api/v1/materials", **bearer).json()["items"]]
    assert world["leaflet"].key in keys
    assert world["withdrawn"].key not in keys
    key = world["withdrawn"].key
    assert client.get(f"/api/v1/materials/{key}", **bearer).status_code == 404
    assert client.get(f"/api/v1/materials/{key}/files/ro", **bearer).status_code == 404
    bundle = client.get(f"/api/v1/bundle?materials={key}&languages=ro", **bearer)
    assert bundle.status_code in (400, 404)
