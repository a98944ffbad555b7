"""Every admin URL of this project and every API endpoint, checked against every role.

The URL patterns are read from the resolver when the tests run, so a screen added later (the
reach screens grow as this is written) fails `test_every_project_url_has_an_expectation` until
someone says here who may open it.

Roles, in the order of each expectation string: anonymous, staff of another regional centre
(Iași), staff of another consular post (Rome), a national coordinator, and, to show objects are
scoped rather than closed to all, the owning centre's staff (Timișoara) and the owning post's
staff (London). Outcomes: L = sent to the login page, D = refused (403, 404, or Wagtail's
redirect to the dashboard with "no permission"), Y = shown.
"""

import fnmatch
import re

import pytest
from django.test import Client

from .matrix import api_urls, project_admin_urls

ROLES = ["anonymous", "other_centre", "other_post", "coordinator", "own_centre", "own_post"]
USERS = {
    "other_centre": "iasi_staff",
    "other_post": "rome_staff",
    "coordinator": "coordinator",
    "own_centre": "timisoara_staff",
    "own_post": "london_staff",
}

# First matching pattern wins.
EXPECTED = [
    # Our login (throttled): for visitors; a signed-in user is sent on to the dashboard.
    ("wagtailadmin_login", "YDDDDD"),
    # "Forgotten password" (throttled): the form is open to all, as Wagtail's is.
    ("wagtailadmin_password_reset", "YYYYYY"),
    # Consular posts: coordinators manage them; a post's staff see their own post only.
    ("consular_posts:index*", "LDYYDY"),
    ("consular_posts:inspect", "LDDYDY"),
    ("consular_posts:*", "LDDYDD"),
    ("consular_orders:index", "LDYYDY"),
    ("consular_orders:add", "LDYYDY"),
    ("consular_orders:*", "LDDYDY"),
    ("distribution_reports:index", "LDYYDY"),
    ("distribution_reports:add", "LDYYDY"),
    ("distribution_reports:*", "LDDYDY"),
    # National screens: coordinators only.
    ("material_coverage:*", "LDDYDD"),
    ("qr_admin:*", "LDDYDD"),
    ("reach_rollup:*", "LDDYDD"),
    ("mail_outbox*", "LDDYDD"),
    # The action plan is maintained by the coordinators (ANITP is the national rapporteur).
    ("pna_*:*", "LDDYDD"),
    # Reach: every reporter has the screens; each activity and period only its reporter.
    ("reach_activities:index*", "LYYYYY"),
    ("reach_activities:add", "LYYYYY"),
    ("reach_activities:*", "LDDYYD"),
    ("reach_import", "LYYYYY"),
    ("reach_import_template", "LYYYYY"),
    ("reach_periods:index", "LYYYYY"),
    ("reach_periods:add", "LYYYYY"),
    ("reach_periods:*", "LDDYYD"),
    # Translations: the report lists what the user can edit; a page only its editors.
    ("campaign_translations:report", "LYYYYY"),
    ("campaign_translations:bulk_export", "LYYYYY"),
    ("campaign_translations:*", "LDDYYD"),
    # Vocabularies are public words: any admin user may pick them in a chooser; coordinators
    # manage them; centre staff see the lists and may add a local partner.
    ("wagtailsnippetchoosers_taxonomy_partner:create", "LYDYYD"),
    ("wagtailsnippetchoosers_*:create", "LDDYDD"),
    ("wagtailsnippetchoosers_*:*", "LYYYYY"),
    ("wagtailsnippets_taxonomy_*:list*", "LYDYYD"),
    ("wagtailsnippets_taxonomy_partner:add", "LYDYYD"),
    ("wagtailsnippets_taxonomy_partner:copy", "LYDYYD"),
    ("wagtailsnippets_taxonomy_partner:history*", "LYDYYD"),
    ("wagtailsnippets_taxonomy_*:*", "LDDYDD"),
    ("wagtailsnippets_materials_material:*", "LDDYDD"),
]

# Which object of the world each namespace's <pk> names: always the Timișoara centre's or the
# London post's, so "other" staff must be refused it.
OBJECTS = {
    "consular_posts": "london",
    "consular_orders": "order",
    "distribution_reports": "report",
    "reach_activities": "centre_activity",
    "reach_periods": "centre_period",
    "campaign_translations": "jobs",
    "taxonomy_audience": "workers",
    "taxonomy_exploitationform": "labour",
    "taxonomy_channel": "channel",
    "taxonomy_regionalcentre": "timisoara",
    "taxonomy_partner": "partner",
    "materials_material": "leaflet",
    "pna_plan": "plan",
    "pna_objective": "objective",
    "pna_action": "action",
    "pna_indicator": "indicator",
}
SPECIAL_OBJECTS = {"consular_posts:revoke_token": "token"}


def expectation(name):
    for pattern, expected in EXPECTED:
        if fnmatch.fnmatchcase(name, pattern):
            return expected
    return None


def object_for(name, world):
    if name in SPECIAL_OBJECTS:
        return world[SPECIAL_OBJECTS[name]]
    namespace = name.split(":")[0]
    for key, world_key in OBJECTS.items():
        if namespace.endswith(key):
            return world[world_key]
    return None


# Romanian for the reach import template; a translation is exported in another language.
ARGUMENTS = {"language": "ne", "file_format": "xlsx"}
NAMED_ARGUMENTS = {"reach_import_template": {"language": "ro"}}


def url_for(route, name, world):
    def argument(match):
        if match.group(1) in ("pk", "page_id"):
            return str(object_for(name, world).pk)
        return {**ARGUMENTS, **NAMED_ARGUMENTS.get(name, {})}[match.group(1)]

    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", argument, route)


def outcome(response):
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith("/admin/login/"):
        return "L"
    if response.status_code in (401, 403, 404) or (
        response.status_code == 302 and location in ("/admin/", "/admin")
    ):
        return "D"
    if response.status_code in (200, 302, 405):
        return "Y"
    return str(response.status_code)


@pytest.fixture
def clients(world):
    signed_in = {"anonymous": Client(HTTP_ACCEPT_LANGUAGE="en")}
    for role, key in USERS.items():
        signed_in[role] = Client(HTTP_ACCEPT_LANGUAGE="en")
        signed_in[role].force_login(world[key])
    return signed_in


def test_every_project_url_has_an_expectation(db):
    urls = project_admin_urls()
    names = {name for _route, name in urls}
    # The enumeration finds every family of screens, including the newest.
    for family in [
        "consular_posts:",
        "reach_activities:",
        "reach_periods:",
        "pna_action:",
        "wagtailsnippets_materials_material:",
        "qr_admin:",
        "campaign_translations:",
    ]:
        assert any(name.startswith(family) for name in names), family
    assert [name for name in sorted(names) if expectation(name) is None] == []


def test_each_role_gets_what_the_table_says(world, clients):
    mismatches = []
    for route, name in project_admin_urls():
        expected = expectation(name)
        url = url_for(route, name, world)
        got = "".join(outcome(clients[role].get(url)) for role in ROLES)
        if got != expected:
            mismatches.append((name, url, "expected " + expected, "got " + got))
    assert mismatches == []


def test_refused_roles_cannot_post_either(world, clients):
    """A POST (save, delete, approve) by a refused role changes nothing."""
    mismatches = []
    for route, name in project_admin_urls():
        if name == "wagtailadmin_login":
            continue  # posting to it is logging in: see tests/frame/test_login.py
        expected = expectation(name)
        url = url_for(route, name, world)
        for role, wanted in zip(ROLES, expected, strict=True):
            if wanted in "LD":
                got = outcome(clients[role].post(url, {}))
                if got != wanted:
                    mismatches.append((name, role, url, got))
    assert mismatches == []
    world["order"].refresh_from_db()
    world["report"].refresh_from_db()
    world["centre_period"].refresh_from_db()
    assert world["order"].status == "submitted"
    assert world["report"].status == "submitted"
    assert world["centre_period"].status == "submitted"
    assert world["token"].__class__.objects.get(pk=world["token"].pk).revoked_at is None
    assert world["centre_activity"].__class__.objects.filter(pk=world["centre_activity"].pk)


OWNER_MAY_NOT = [
    # (who, URL of the step, POST data): only a coordinator decides.
    ("own_post", "/admin/consular-orders/{order}/approve/", {}),
    ("own_post", "/admin/consular-orders/{order}/reject/", {"reject-comment": "No."}),
    ("own_post", "/admin/consular-orders/{order}/ship/", {}),
    ("own_post", "/admin/distribution-reports/{report}/approve/", {}),
    ("own_centre", "/admin/reach/periods/{centre_period}/approve/", {}),
    ("own_centre", "/admin/reach/periods/{centre_period}/send-back/", {"note": "No."}),
]


def test_owners_cannot_take_the_coordinators_steps(world, clients):
    for role, template, data in OWNER_MAY_NOT:
        url = template.format(**{key: world[key].pk for key in OBJECTS.values() if key in world})
        clients[role].post(url, data)
    for key, status in [
        ("order", "submitted"),
        ("report", "submitted"),
        ("centre_period", "submitted"),
    ]:
        world[key].refresh_from_db()
        assert world[key].status == status, key


def test_an_activity_of_a_post_is_refused_to_centres_and_other_posts(world, clients):
    activity = world["post_activity"]
    for view in ["edit", "delete", "inspect", "history", "usage"]:
        url = f"/admin/reach/activities/{view}/{activity.pk}/"
        got = "".join(outcome(clients[role].get(url)) for role in ROLES)
        assert got == "LDDYDY", (url, got)


def test_lists_show_other_posts_and_centres_nothing_of_theirs(world, clients):
    checks = [
        ("/admin/consular-orders/", "other_post", f"/admin/consular-orders/{world['order'].pk}/"),
        (
            "/admin/distribution-reports/",
            "other_post",
            f"/admin/distribution-reports/{world['report'].pk}/",
        ),
        (
            "/admin/consular-posts/",
            "other_post",
            f"/admin/consular-posts/inspect/{world['london'].pk}/",
        ),
    ]
    for role, activity in [("other_centre", "centre_activity"), ("other_post", "post_activity")]:
        inspect = f"/admin/reach/activities/inspect/{world[activity].pk}/"
        checks.append(("/admin/reach/activities/", role, inspect))
    for url, role, text in checks:
        assert text in clients["coordinator"].get(url).content.decode(), url
        assert text not in clients[role].get(url).content.decode(), (url, role)


API_EXPECTED = {
    # The schema and its documentation are public: they describe, they hold no data.
    "materials_api:openapi-json": 200,
    "materials_api:openapi-view": 200,
    "materials_api:api-root": 404,
    "materials_api:no_such_endpoint": 404,
}
# With the token: the leaflet has no captions (a video would).
WITH_TOKEN = {**API_EXPECTED, "materials_api:material_captions": 404}


def test_the_api_answers_only_a_posts_token(world, clients):
    names = {name for _route, name in api_urls()}
    assert {"materials_api:materials", "materials_api:bundle"} <= names
    leaflet = world["leaflet"].key
    arguments = {"key": leaflet, "language": "en", "rest": "nothing"}
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {world['secret']}"}
    for route, name in api_urls():
        url = "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: arguments[m.group(1)], route)
        if name == "materials_api:bundle":
            url += f"?materials={leaflet}&languages=en"
        for role in ROLES:
            # A session is not enough: admin users of any role get no data without a token.
            assert clients[role].get(url).status_code == API_EXPECTED.get(name, 401), (url, role)
        with_token = Client().get(url, **bearer).status_code
        assert with_token == WITH_TOKEN.get(name, 200), (url, with_token)
    world["token"].revoked_at = world["token"].created_at
    world["token"].save()
    assert Client().get("/api/v1/materials", **bearer).status_code == 401
