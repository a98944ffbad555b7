"""Factories shared by the tests, the demo loader and the benchmark."""

import datetime

import factory
from factory.django import DjangoModelFactory

from .models import Activity, ActivityMaterial, Setting, VenueType


class ActivityFactory(DjangoModelFactory):
    """An activity of a campaign's own centre, in a school, on the campaign's start date."""

    class Meta:
        model = Activity

    campaign = None  # required: pass a CampaignPage
    regional_centre = factory.LazyAttribute(lambda activity: activity.campaign.regional_centre)
    title = factory.Sequence(lambda n: f"Sesiune de informare {n}")
    start_date = factory.LazyAttribute(
        lambda activity: activity.campaign.start_date or datetime.date(2020, 1, 1)
    )
    setting = Setting.URBAN
    county = "TM"
    venue_type = VenueType.SCHOOL
    audience = factory.LazyAttribute(lambda activity: activity.campaign.audiences.first())

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        activity = model_class(*args, **kwargs)
        activity.full_clean()
        activity.save()
        return activity


class ActivityMaterialFactory(DjangoModelFactory):
    class Meta:
        model = ActivityMaterial

    language = "ro"
    quantity = 100
