"""A campaign tree shared by the campaign tests: two centres, staff of each, a coordinator."""

from django.contrib.auth.models import Group
from django.utils import translation

from campaigns.pages.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.pages.roles import CENTRE_STAFF_GROUP, COORDINATORS_GROUP
from campaigns.taxonomy.factories import (
    AudienceFactory,
    ExploitationFormFactory,
    RegionalCentreFactory,
)
from tests.conftest import build_site_tree


def make_user(django_user_model, username, group, centre=None):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@anitp.example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=group))
    if centre is not None:
        centre.staff.add(user)
    return user


def build_campaign_tree(django_user_model):
    home, workers_page = build_site_tree()
    with translation.override("ro"):
        index = CampaignIndexPageFactory(parent=home)
        timisoara = RegionalCentreFactory(key="timisoara", city="Timișoara")
        iasi = RegionalCentreFactory(key="iasi", city="Iași")
        labour = ExploitationFormFactory(key="labour", name_ro="Exploatare prin muncă")
        sexual = ExploitationFormFactory(key="sexual", name_ro="Exploatare sexuală")
        minors = AudienceFactory(key="minors-parents", name_ro="Minori și părinți")
        workers = workers_page.audience
        jobs = CampaignPageFactory(
            parent=index,
            regional_centre=timisoara,
            title_ro="Jobul perfect",
            slug_ro="jobul-perfect",
            title_ne="उत्तम जागिर",
            body_ro=[{"type": "paragraph", "value": "<p>Verifică oferta.</p>"}],
            body_ne=[{"type": "paragraph", "value": "<p>प्रस्ताव जाँच गर्नुहोस्।</p>"}],
            audiences=[workers],
            exploitation_forms=[labour],
            start_date="2020-06-01",
        )
        week = CampaignPageFactory(
            parent=index,
            regional_centre=iasi,
            title_ro="Săptămâna Prevenirii",
            slug_ro="saptamana-prevenirii",
            body_ro=[{"type": "paragraph", "value": "<p>12-18 octombrie.</p>"}],
            audiences=[minors],
            exploitation_forms=[sexual],
            start_date="2020-10-12",
            end_date="2020-10-18",
        )
    coordinator = make_user(django_user_model, "coordinator", COORDINATORS_GROUP)
    timisoara_staff = make_user(django_user_model, "ana", CENTRE_STAFF_GROUP, timisoara)
    iasi_staff = make_user(django_user_model, "ion", CENTRE_STAFF_GROUP, iasi)
    return {
        "home": home,
        "index": index,
        "jobs": jobs,
        "week": week,
        "timisoara": timisoara,
        "iasi": iasi,
        "workers": workers,
        "minors": minors,
        "labour": labour,
        "coordinator": coordinator,
        "timisoara_staff": timisoara_staff,
        "iasi_staff": iasi_staff,
    }
