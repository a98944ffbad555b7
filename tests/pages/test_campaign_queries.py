"""An uncached campaign page costs the same queries however much it holds."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from campaigns.materials.models import Material
from campaigns.pages.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.taxonomy.factories import AudienceFactory
from tests.materials import files
from tests.materials.conftest import add_file

LANGUAGES = ["ro", "en", "ne", "ur", "hu", "uk", "bn", "si", "vi", "fil"]


def make_image(n):
    return get_image_model().objects.create(title=f"Image {n}", file=get_test_image_file())


def make_material(n, campaign):
    material = Material.objects.create(
        key=f"material-{n}",
        type=Material.Type.LEAFLET,
        title_ro=f"Material {n}",
        review_by=timezone.localdate() + datetime.timedelta(days=365),
    )
    material.audiences.set([AudienceFactory()])
    material.campaigns.set([campaign])
    material.save()
    add_file(material, "ro", files.pdf_bytes(), f"m{n}-ro.pdf", print_format="A5")
    add_file(material, "ne", files.pdf_bytes(), f"m{n}-ne.pdf", print_format="A5")
    return material


def body(blocks, images, materials):
    """`blocks` blocks cycling through the types, every image and material in them."""
    kinds = ["image", "materials", "paragraph", "heading", "hotline", "warning_signs"]
    stream = []
    for position in range(blocks):
        kind = kinds[position % len(kinds)] if position >= 2 else kinds[position]
        if kind == "image":
            image = images[(position // len(kinds)) % len(images)]
            value = {"image": image.pk, "alt_text": "Un afiș", "caption": ""}
        elif kind == "materials":
            value = {"heading": "Materiale", "materials": [m.pk for m in materials]}
        elif kind == "paragraph":
            value = "<p>Verifică oferta.</p>"
        elif kind == "heading":
            value = {"text": "Ce poți face", "level": "h2"}
        elif kind == "hotline":
            value = {"heading": "Sună", "text": ""}
        else:
            value = {"heading": "Semne", "signs": ["Îți iau pașaportul."]}
        stream.append({"type": kind, "value": value})
    return stream


def build_campaign(index, slug, *, blocks, images, materials, languages):
    page = CampaignPageFactory(
        parent=index, slug_ro=slug, title_ro=slug, hero_image=make_image(0), hero_alt_ro="Afiș"
    )
    picture_set = [make_image(n) for n in range(1, images + 1)]
    linked = [make_material(f"{slug}-{n}", page) for n in range(materials)]
    for code in languages:
        setattr(page, f"title_{code}", f"{slug} {code}")
        setattr(page, f"body_{code}", body(blocks, picture_set, linked))
    page.save_revision().publish()
    return page


def queries_for(client, page, code):
    with translation.override(code):
        url = page.get_url()
    assert client.get(url).status_code == 200  # renditions are made on the first view
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("code", ["ro", "ne"])
def test_a_campaign_page_renders_in_constant_queries(site_tree, client, code):
    home, _workers = site_tree
    with translation.override("ro"):
        index = CampaignIndexPageFactory(parent=home)
        small = build_campaign(
            index, "mica", blocks=2, images=1, materials=1, languages=[*LANGUAGES[:2], "ne"]
        )
        large = build_campaign(index, "mare", blocks=10, images=5, materials=5, languages=LANGUAGES)

    few, many = queries_for(client, small, code), queries_for(client, large, code)

    print(f"\nqueries for an uncached campaign page ({code}): {few} small, {many} large")
    assert few == many
