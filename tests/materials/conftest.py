"""A catalogue under the campaign tree, with current and withdrawn materials in a few languages."""

import datetime

import pytest
from django.utils import timezone, translation

from campaigns.materials.models import Material, MaterialCatalogPage, MaterialFile
from tests.pages.campaign_tree import build_campaign_tree

from . import files


def add_file(material, language, data, name, **fields):
    material_file = MaterialFile(material=material, language=language, **fields)
    material_file.file.save(name, files.upload(data, name), save=False)
    material_file.save()
    return material_file


def make_material(key, *, audiences, forms=(), campaigns=(), withdrawn=False, **fields):
    today = timezone.localdate()
    material = Material.objects.create(
        key=key,
        review_by=today - datetime.timedelta(days=1) if withdrawn else today.replace(year=2099),
        **fields,
    )
    material.audiences.set(audiences)
    material.exploitation_forms.set(forms)
    material.campaigns.set(campaigns)
    material.save()
    return material


def build_catalogue(django_user_model):
    tree = build_campaign_tree(django_user_model)
    with translation.override("ro"):
        catalogue = MaterialCatalogPage(
            title_ro="Materiale de prevenire",
            title_en="Prevention materials",
            title_ne="रोकथाम सामग्री",
            slug_ro="materiale",
            slug_en="materials",
        )
        tree["home"].add_child(instance=catalogue)
    leaflet = make_material(
        "job-offer-leaflet",
        type=Material.Type.LEAFLET,
        title_ro="Verifică oferta de muncă",
        title_en="Check the job offer",
        title_ne="कामको प्रस्ताव जाँच गर्नुहोस्",
        description_ro="Zece întrebări înainte să pleci la muncă în străinătate.",
        description_en="Ten questions before you go to work abroad.",
        audiences=[tree["workers"]],
        forms=[tree["labour"]],
        campaigns=[tree["jobs"]],
    )
    add_file(leaflet, "ro", files.pdf_bytes(), "pliant-ro.pdf", print_format="A5")
    add_file(leaflet, "ne", files.pdf_bytes(), "leaflet-ne.pdf", print_format="A5", bleed_mm=5)
    poster = make_material(
        "school-poster",
        type=Material.Type.POSTER,
        title_ro="Afiș pentru școli",
        title_en="Poster for schools",
        audiences=[tree["minors"]],
        campaigns=[tree["week"], tree["jobs"]],
    )
    add_file(poster, "ro", files.image_bytes("PNG", (60, 90)), "afis.png", print_format="A3")
    withdrawn = make_material(
        "old-wallet-card",
        type=Material.Type.WALLET_CARD,
        title_ro="Card vechi",
        title_en="Old wallet card",
        audiences=[tree["workers"]],
        forms=[tree["labour"]],
        campaigns=[tree["jobs"]],
        withdrawn=True,
    )
    add_file(withdrawn, "ro", files.pdf_bytes(), "card.pdf", print_format="card")
    add_file(withdrawn, "ne", files.pdf_bytes(), "card-ne.pdf", print_format="card")
    return {
        **tree,
        "catalogue": catalogue,
        "leaflet": leaflet,
        "poster": poster,
        "withdrawn": withdrawn,
    }


@pytest.fixture
def catalogue(db, django_user_model):
    return build_catalogue(django_user_model)
