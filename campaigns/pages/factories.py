"""Factories shared by the tests and the demo loader.

Pages are created under a parent (the tree root by default) through `add_child`, which is how
Wagtail computes paths and every language's url_path.
"""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Page

from campaigns.taxonomy.factories import AudienceFactory, RegionalCentreFactory

from .models import AudiencePage, CampaignIndexPage, CampaignPage, HomePage


class PageFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    title_ro = factory.Sequence(lambda n: f"Pagina {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug_ro = factory.LazyAttribute(lambda page: slugify(page.title_ro))
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        if parent is None:
            parent = Page.get_first_root_node()
        parent.add_child(instance=page)
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title_ro = "Împreună împotriva traficului de persoane"
    title_en = "Together against trafficking in persons"
    slug_ro = factory.Sequence(lambda n: f"acasa-{n}")


class AudiencePageFactory(PageFactory):
    class Meta:
        model = AudiencePage

    audience = factory.SubFactory(AudienceFactory)


class CampaignIndexPageFactory(PageFactory):
    class Meta:
        model = CampaignIndexPage

    title_ro = "Campanii de prevenire"
    title_en = "Prevention campaigns"
    slug_ro = "campanii"
    slug_en = "campaigns"


class CampaignPageFactory(PageFactory):
    """A campaign; pass `audiences=[...]` and friends as lists to set its taxonomies."""

    class Meta:
        model = CampaignPage

    regional_centre = factory.SubFactory(RegionalCentreFactory)
    start_date = "2020-01-01"

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        relations = {
            name: kwargs.pop(name)
            for name in ("audiences", "exploitation_forms", "channels", "partners", "pna_actions")
            if name in kwargs
        }
        page = model_class(*args, **kwargs)
        for name, values in relations.items():
            getattr(page, name).set(values)
        if not relations.get("audiences"):
            page.audiences.set([AudienceFactory()])
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
