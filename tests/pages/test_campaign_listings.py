import pytest
from django.utils import translation

from campaigns.languages.indexes import slug_index_name
from tests.pages.campaign_tree import build_campaign_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(django_user_model):
    return build_campaign_tree(django_user_model)


def listed_titles(response):
    return [campaign.title for campaign in response.context["campaigns"]]


def test_the_index_lists_every_live_campaign_newest_first(client, tree):
    response = client.get("/ro/campanii/")
    assert listed_titles(response) == ["Săptămâna Prevenirii", "Jobul perfect"]


def test_the_index_filters_by_audience(client, tree):
    response = client.get("/ro/campanii/?audience=minors-parents")
    assert listed_titles(response) == ["Săptămâna Prevenirii"]


def test_the_index_filters_by_exploitation_form(client, tree):
    assert listed_titles(client.get("/ro/campanii/?form=labour")) == ["Jobul perfect"]


def test_the_index_filters_by_language_available(client, tree):
    response = client.get("/ne/campanii/?language=ne")
    with translation.override("ne"):
        assert listed_titles(response) == ["उत्तम जागिर"]
    assert listed_titles(client.get("/ro/campanii/?language=si")) == []


def test_unknown_filter_values_show_nothing_rather_than_fail(client, tree):
    response = client.get("/ro/campanii/?audience=nope&language=xx")
    assert response.status_code == 200
    assert listed_titles(response) == []


def test_unpublished_campaigns_are_not_listed(client, tree):
    tree["jobs"].unpublish()
    assert listed_titles(client.get("/ro/campanii/")) == ["Săptămâna Prevenirii"]
    assert client.get("/ro/campanii/jobul-perfect/").status_code == 404


def test_audience_pages_list_their_campaigns(client, tree):
    response = client.get("/ro/lucratori-straini/")
    assert [c.title for c in response.context["campaigns"]] == ["Jobul perfect"]


def test_campaign_pages_show_the_public_frame(client, tree):
    body = client.get("/ur/campanii/jobul-perfect/").content.decode()
    assert '<html lang="ur" dir="rtl">' in body
    assert 'class="fallback-notice"' in body
    assert 'href="tel:0800800678"' in body
    assert "data-exit-this-page-link" in body


def test_each_languages_slug_column_is_indexed(db):
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    for code in ("ro", "ne", "si", "ur"):
        assert constraints[slug_index_name(code)]["columns"] == [f"slug_{code}"]
