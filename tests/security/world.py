"""One object of every kind the admin and the API show, owned by one centre or one post, and
users of every role: the coordinator, staff of another centre, staff of another post."""

import datetime
import io
import json

from django.core.management import call_command
from django.utils import timezone

from campaigns.pages.roles import CENTRE_STAFF_GROUP
from campaigns.pna.models import Action, Indicator, Objective, Plan
from campaigns.posts.models import ApiToken, ConsularPost, DistributionReport, Order, OrderLine
from campaigns.posts.roles import CONSULAR_STAFF_GROUP
from campaigns.reach.factories import ActivityFactory
from campaigns.reach.models import ReportingPeriod
from campaigns.taxonomy.models import Channel, Partner
from tests.pages.campaign_tree import build_campaign_tree, make_user
from tests.posts.conftest import make_material

LAST_YEAR = timezone.localdate().year - 1
PNA_FILE = {
    "plan": {
        "code": "pna-matrix",
        "title_ro": "Plan",
        "start_year": 2024,
        "end_year": 2026,
        "strategy_title_ro": "Strategia",
    },
    "objectives": [
        {"code": "1", "kind": "general", "text_ro": "Obiectiv general"},
        {"code": "1.1", "kind": "specific", "parent": "1", "text_ro": "Obiectiv specific"},
    ],
    "actions": [
        {
            "code": "1.1.1",
            "objective": "1.1",
            "text_ro": "Acțiune",
            "responsible_institutions": ["MAI prin ANITP"],
            "implementation_period": "Permanent",
            "evaluation_stage": "annual",
            "indicators": [{"wording_ro": "Număr de beneficiari", "metric_key": "beneficiaries"}],
        }
    ],
}


def build_world(django_user_model, tmp_path):
    tree = build_campaign_tree(django_user_model)
    london = ConsularPost.objects.create(
        code="gb-london", name="Londra", country="GB", city="London", email="l@example.org"
    )
    rome = ConsularPost.objects.create(
        code="it-roma", name="Roma", country="IT", city="Roma", email="r@example.org"
    )
    london_staff = make_user(django_user_model, "londra", CONSULAR_STAFF_GROUP)
    rome_staff = make_user(django_user_model, "roma", CONSULAR_STAFF_GROUP)
    london.staff.add(london_staff)
    rome.staff.add(rome_staff)
    leaflet = make_material("know-your-rights", ["ro", "en"])
    withdrawn = make_material(
        "old-card", ["ro"], review_by=timezone.localdate() - datetime.timedelta(days=1)
    )
    order = Order.objects.create(post=london, note="London's order", created_by=london_staff)
    OrderLine.objects.create(order=order, material=leaflet, language="en", quantity=10)
    report = DistributionReport.objects.create(
        post=london, year=LAST_YEAR, semester=1, status=DistributionReport.Status.SUBMITTED
    )
    token, secret = ApiToken.issue(london, "London's token")
    centre_activity = ActivityFactory(
        campaign=tree["jobs"], start_date=datetime.date(2020, 6, 3), beneficiaries=12
    )
    post_activity = ActivityFactory(
        campaign=tree["jobs"],
        regional_centre=None,
        consular_post=london,
        start_date=datetime.date(2020, 6, 4),
        beneficiaries=8,
    )
    centre_period = ReportingPeriod.for_activity(centre_activity, create=True)
    centre_period.submit(tree["timisoara_staff"])  # awaiting a coordinator's decision
    plan_file = tmp_path / "pna.json"
    plan_file.write_text(json.dumps(PNA_FILE, ensure_ascii=False), encoding="utf-8")
    call_command("load_pna", str(plan_file), stdout=io.StringIO(), stderr=io.StringIO())
    return {
        **tree,
        "london": london,
        "rome": rome,
        "london_staff": london_staff,
        "rome_staff": rome_staff,
        "leaflet": leaflet,
        "withdrawn": withdrawn,
        "order": order,
        "report": report,
        "token": token,
        "secret": secret,
        "centre_activity": centre_activity,
        "post_activity": post_activity,
        "centre_period": centre_period,
        "channel": Channel.objects.create(key="radio", name_ro="Radio"),
        "partner": Partner.objects.create(key="ong", name="ONG", kind=Partner.Kind.values[0]),
        "plan": Plan.objects.get(code="pna-matrix"),
        "objective": Objective.objects.get(code="1.1"),
        "action": Action.objects.get(code="1.1.1"),
        "indicator": Indicator.objects.first(),
        "centre_staff_group": CENTRE_STAFF_GROUP,
    }
