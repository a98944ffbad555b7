"""Factories shared by the tests and the demo loader."""

import factory
from factory.django import DjangoModelFactory

from .models import Audience, Channel, ExploitationForm, Partner, RegionalCentre


class TermFactory(DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"term-{n}")
    name_ro = factory.LazyAttribute(lambda term: f"Termen {term.key}")
    name_en = factory.LazyAttribute(lambda term: f"Term {term.key}")


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience

    key = factory.Sequence(lambda n: f"audience-{n}")


class ExploitationFormFactory(TermFactory):
    class Meta:
        model = ExploitationForm

    key = factory.Sequence(lambda n: f"form-{n}")


class ChannelFactory(TermFactory):
    class Meta:
        model = Channel

    key = factory.Sequence(lambda n: f"channel-{n}")


class RegionalCentreFactory(DjangoModelFactory):
    class Meta:
        model = RegionalCentre
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"centre-{n}")
    city = factory.Sequence(lambda n: f"Oraș {n}")
    name_ro = factory.LazyAttribute(lambda centre: f"Centrul Regional {centre.city}")
    name_en = factory.LazyAttribute(lambda centre: f"{centre.city} Regional Centre")


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"partner-{n}")
    name_ro = factory.Sequence(lambda n: f"Partener {n}")
    kind = Partner.Kind.NGO
