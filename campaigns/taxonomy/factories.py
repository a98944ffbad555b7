"""Factories shared by the tests and the demo loader."""

import factory
from factory.django import DjangoModelFactory

from .models import Audience


class AudienceFactory(DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"audience-{n}")
    name_ro = factory.LazyAttribute(lambda audience: f"Public {audience.key}")
    name_en = factory.LazyAttribute(lambda audience: f"Audience {audience.key}")
