"""Every screen that names who did something still opens, for every role that may open it, when
the author was never recorded or their account has since been deleted.

Authors are nullable foreign keys set to NULL on deletion, so both read as None; Wagtail's own
log entries keep the deleted user's id instead. A template that dereferences None used to fail
the whole orders list (500) for every role.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import log

from campaigns.posts.models import Order
from campaigns.reach.models import Activity, FigureChange, PeriodTransition, ReportingPeriod

from .world import build_world

NO_ACCOUNT = 'title="No account: none was recorded, or it has been deleted."'
ROLES = ["superuser", "coordinator", "own_centre", "own_post", "other_centre", "other_post"]
USERS = {
    "coordinator": "coordinator",
    "own_centre": "timisoara_staff",
    "own_post": "london_staff",
    "other_centre": "iasi_staff",
    "other_post": "rome_staff",
}
EVERYONE = set(ROLES)
NATIONAL = {"superuser", "coordinator"}
POSTS = NATIONAL | {"own_post", "other_post"}
# (URL name, object of the world it shows or None, who may open it, who sees an author there)
SCREENS = [
    ("consular_orders:index", None, POSTS, NATIONAL | {"own_post"}),
    ("consular_orders:detail", "order", NATIONAL | {"own_post"}, EVERYONE),
    ("distribution_reports:index", None, POSTS, set()),
    ("distribution_reports:detail", "report", NATIONAL | {"own_post"}, set()),
    ("consular_posts:inspect", "london", NATIONAL | {"own_post"}, set()),
    ("reach_periods:index", None, EVERYONE, set()),
    ("reach_periods:detail", "centre_period", NATIONAL | {"own_centre"}, EVERYONE),
    ("reach_activities:index", None, EVERYONE, set()),
    ("reach_activities:inspect", "centre_activity", NATIONAL | {"own_centre"}, EVERYONE),
    ("reach_activities:inspect", "post_activity", NATIONAL | {"own_post"}, EVERYONE),
    ("reach_activities:history", "centre_activity", NATIONAL | {"own_centre"}, set()),
    ("mail_outbox", None, NATIONAL, set()),
    ("campaign_translations:report", None, EVERYONE, set()),
    ("wagtailadmin_reports:site_history", None, NATIONAL, set()),
]


@pytest.fixture
def world(db, django_user_model, tmp_path):
    world = build_world(django_user_model, tmp_path)
    world["superuser"] = django_user_model.objects.create_superuser("root", password="pw")
    return world


def attribute_everything_to(user):
    Order.objects.update(created_by=user)
    Activity.objects.update(created_by=user)
    FigureChange.objects.update(changed_by=user)
    ReportingPeriod.objects.update(submitted_by=user, approved_by=user)
    PeriodTransition.objects.update(by=user)


def visit_every_screen(world):
    """(role, URL, status) of every screen a role may open that does not answer 200, and the
    URLs that name an author without showing the dash for a missing one."""
    failures, unmarked = [], []
    for role in ROLES:
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(world[USERS.get(role, role)])
        for name, key, roles, see_author in SCREENS:
            if role not in roles:
                continue
            url = reverse(name, args=[world[key].pk] if key else [])
            response = client.get(url)
            if response.status_code != 200:
                failures.append((role, url, response.status_code))
            elif role in see_author and NO_ACCOUNT not in response.content.decode():
                unmarked.append((role, url))
    return failures, unmarked


def test_every_screen_opens_when_no_author_was_recorded(world):
    attribute_everything_to(None)
    assert Order.objects.filter(created_by=None).exists()
    assert visit_every_screen(world) == ([], [])


def test_every_screen_opens_when_the_author_was_deleted(world, django_user_model):
    former = django_user_model.objects.create_user("former", password="pw", first_name="Fost")
    attribute_everything_to(former)
    for name in ("order", "centre_activity", "post_activity", "centre_period"):
        log(instance=world[name], action="wagtail.edit", user=former)
    former.delete()

    assert not Order.objects.exclude(created_by=None).exists()
    assert visit_every_screen(world) == ([], [])
