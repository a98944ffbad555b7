"""Load the demo site: home page, audience pages and taxonomy in several languages.

Idempotent: a second run updates what the first created instead of adding copies, so
`make run` can call it every time.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from campaigns.materials.pages import MaterialCatalogPage
from campaigns.pages.factories import (
    AudiencePageFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    HomePageFactory,
)
from campaigns.pages.models import AudiencePage, CampaignIndexPage, CampaignPage, HomePage
from campaigns.pages.roles import CENTRE_STAFF_GROUP, COORDINATORS_GROUP
from campaigns.pna.loader import load_files as load_pna
from campaigns.pna.models import Action
from campaigns.posts.models import ConsularPost
from campaigns.posts.roles import CONSULAR_STAFF_GROUP
from campaigns.taxonomy.models import (
    Audience,
    Channel,
    ExploitationForm,
    Partner,
    RegionalCentre,
)

from ... import campaigns_content, content
from ...materials_loader import attribute_orders, load_materials
from ...reach_loader import load_reach

DEMO_ADMIN_USERNAME = "admin"


def _translated(field, values):
    """{"ro": "x", "en": "y"} -> {"field_ro": "x", "field_en": "y"}."""
    return {f"{field}_{code}": value for code, value in values.items()}


def _page_fields(data):
    fields = {}
    fields.update(_translated("title", data["title"]))
    fields.update(_translated("intro", data["intro"]))
    fields.update(_translated("body", data["body"]))
    return fields


class Command(BaseCommand):
    help = "Create or update the demo content and the demo administrator."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create or update the demo admin."
        )

    def handle(self, *args, no_admin=False, **options):
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            load_pna()
            audiences = self.load_audiences()
            terms = self.load_campaign_taxonomies()
            home = self.load_home_page()
            self.load_audience_pages(home, audiences)
            self.load_campaigns(home, {**terms, "audiences": audiences})
            self.load_material_catalogue(home)
            load_materials(self.stdout)
        if not no_admin:
            self.ensure_admin()
        attribute_orders()  # after the accounts: each post's demo account placed its orders
        # After the accounts: the demo coordinator approves the 2020 periods, and Timișoara's
        # staff record (and submit) the current semester's activities.
        with translation.override(settings.LANGUAGE_CODE):
            load_reach(self.stdout)

    def load_audiences(self):
        audiences = {}
        for order, data in enumerate(content.AUDIENCES):
            audience, _created = Audience.objects.update_or_create(
                key=data["key"],
                defaults={
                    "sort_order": order,
                    **_translated("name", data["name"]),
                    **_translated("description", data["description"]),
                },
            )
            audiences[data["key"]] = audience
        self.stdout.write(f"Audiences: {len(audiences)}")
        return audiences

    def load_home_page(self):
        fields = _page_fields(content.HOME)
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePageFactory(parent=root, slug_ro="acasa", **fields)
        else:
            for name, value in fields.items():
                setattr(home, name, value)
        home.save_revision().publish()

        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.root_page_id != home.pk:
            previous_root = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = "ANITP"
            site.save()
            if previous_root is not None and not isinstance(previous_root.specific, HomePage):
                # Wagtail's "Welcome to your Wagtail site!" placeholder.
                previous_root.delete()
        self.stdout.write(f"Home page: {home.url_path}")
        return home

    def load_audience_pages(self, home, audiences):
        for data in content.AUDIENCE_PAGES:
            audience = audiences[data["audience"]]
            fields = _page_fields(data)
            fields.update(_translated("slug", data["slug"]))
            page = AudiencePage.objects.child_of(home).filter(audience=audience).first()
            if page is None:
                page = AudiencePageFactory(parent=home, audience=audience, **fields)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
            page.save_revision().publish()
        self.stdout.write(f"Audience pages: {len(content.AUDIENCE_PAGES)}")

    def load_campaign_taxonomies(self):
        data = campaigns_content
        centres = {}
        for entry in data.CENTRES:
            centres[entry["key"]], _created = RegionalCentre.objects.update_or_create(
                key=entry["key"],
                defaults={
                    "city": entry["city"],
                    "email": entry.get("email", ""),
                    **_translated("name", entry["name"]),
                },
            )
        terms = {"centres": centres}
        for name, model, entries in (
            ("forms", ExploitationForm, data.EXPLOITATION_FORMS),
            ("channels", Channel, data.CHANNELS),
        ):
            terms[name] = {}
            for order, entry in enumerate(entries):
                terms[name][entry["key"]], _created = model.objects.update_or_create(
                    key=entry["key"],
                    defaults={"sort_order": order, **_translated("name", entry["name"])},
                )
        terms["partners"] = {}
        for entry in data.PARTNERS:
            terms["partners"][entry["key"]], _created = Partner.objects.update_or_create(
                key=entry["key"],
                defaults={"kind": entry["kind"], **_translated("name", entry["name"])},
            )
        self.stdout.write(
            f"Regional centres: {len(centres)}, exploitation forms: {len(terms['forms'])}, "
            f"channels: {len(terms['channels'])}, partners: {len(terms['partners'])}"
        )
        return terms

    def load_campaigns(self, home, terms):
        index_fields = {
            **_translated("title", campaigns_content.INDEX["title"]),
            **_translated("intro", campaigns_content.INDEX["intro"]),
        }
        index = CampaignIndexPage.objects.child_of(home).first()
        if index is None:
            index = CampaignIndexPageFactory(parent=home, **index_fields)
        else:
            for name, value in index_fields.items():
                setattr(index, name, value)
        index.save_revision().publish()

        actions = {action.code: action for action in Action.objects.all()}
        for data in campaigns_content.CAMPAIGNS:
            fields = _page_fields(data)
            fields.update(_translated("slug", data["slug"]))
            fields.update(_translated("hero_alt", data.get("hero_alt", {})))
            fields.update(
                regional_centre=terms["centres"][data["centre"]],
                start_date=data["start"],
                end_date=data["end"],
                setting=data["setting"],
            )
            relations = {
                "audiences": [terms["audiences"][key] for key in data["audiences"]],
                "exploitation_forms": [terms["forms"][key] for key in data["forms"]],
                "channels": [terms["channels"][key] for key in data["channels"]],
                "partners": [terms["partners"][key] for key in data["partners"]],
                "pna_actions": [actions[code] for code in data["pna_actions"]],
            }
            page = CampaignPage.objects.child_of(index).filter(slug_ro=data["slug"]["ro"]).first()
            if page is None:
                page = CampaignPageFactory.build(**fields)
                for name, values in relations.items():
                    getattr(page, name).set(values)
                index.add_child(instance=page)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
                for name, values in relations.items():
                    getattr(page, name).set(values)
            page.save_revision().publish()
        self.stdout.write(f"Campaigns: {len(campaigns_content.CAMPAIGNS)}")

    def load_material_catalogue(self, home):
        fields = {
            **_translated("title", campaigns_content.MATERIAL_CATALOGUE["title"]),
            **_translated("intro", campaigns_content.MATERIAL_CATALOGUE["intro"]),
        }
        catalogue = MaterialCatalogPage.objects.child_of(home).first()
        if catalogue is None:
            catalogue = MaterialCatalogPage(slug_ro="materiale", slug_en="materials", **fields)
            home.add_child(instance=catalogue)
        else:
            for name, value in fields.items():
                setattr(catalogue, name, value)
        catalogue.save_revision().publish()

    def ensure_admin(self):
        """The demo accounts, with a password generated once per checkout and kept in var/."""
        password_file = settings.VAR_DIR / "demo-admin-password"
        password_file.parent.mkdir(parents=True, exist_ok=True)
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(12))
            password_file.chmod(0o600)
        password = password_file.read_text().strip()

        user_model = get_user_model()
        accounts = [
            (DEMO_ADMIN_USERNAME, {"is_staff": True, "is_superuser": True}, None, None),
            (
                "coordonator",
                {"first_name": "Coordonator", "last_name": "Național"},
                COORDINATORS_GROUP,
                None,
            ),
            (
                "timisoara",
                {"first_name": "Personal", "last_name": "Timișoara"},
                CENTRE_STAFF_GROUP,
                "timisoara",
            ),
            (
                "londra",
                {"first_name": "Ambasada", "last_name": "Londra"},
                CONSULAR_STAFF_GROUP,
                "gb-london",
            ),
            # Every post with demo orders has an account, so each order has its author.
            (
                "berlin",
                {"first_name": "Ambasada", "last_name": "Berlin"},
                CONSULAR_STAFF_GROUP,
                "de-berlin",
            ),
            (
                "roma",
                {"first_name": "Ambasada", "last_name": "Roma"},
                CONSULAR_STAFF_GROUP,
                "it-roma",
            ),
            (
                "madrid",
                {"first_name": "Ambasada", "last_name": "Madrid"},
                CONSULAR_STAFF_GROUP,
                "es-madrid",
            ),
            (
                "castellon",
                {"first_name": "Consulatul", "last_name": "Castellón de la Plana"},
                CONSULAR_STAFF_GROUP,
                "es-castellon",
            ),
        ]
        for username, extra, group, place_key in accounts:
            user, _created = user_model.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org", **extra}
            )
            if not user.check_password(password):
                user.set_password(password)
                user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
            if group == CENTRE_STAFF_GROUP:
                RegionalCentre.objects.get(key=place_key).staff.add(user)
            if group == CONSULAR_STAFF_GROUP:
                ConsularPost.objects.get(code=place_key).staff.add(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"user {DEMO_ADMIN_USERNAME}  password {password}\n"
                f"Also, with the same password: 'coordonator' (national coordinator), "
                f"'timisoara' (staff of the Timișoara regional centre), 'londra' (staff of "
                f"the embassy in London; 'berlin', 'roma', 'madrid' and 'castellon' likewise)"
            )
        )
