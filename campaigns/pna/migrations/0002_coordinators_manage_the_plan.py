"""National coordinators keep the action plan up to date (corrections, the next plan).

ANITP is the national rapporteur: its coordinators, not only the site's administrators, must be
able to correct an indicator's wording or add the 2027-2028 plan from the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATORS = "National coordinators"
MODELS = ("plan", "objective", "action", "indicator")
ACTIONS = ("add", "change", "delete", "view")
CODENAMES = [f"{action}_{model}" for model in MODELS for action in ACTIONS]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="pna", codename__in=CODENAMES)


def grant(apps, schema_editor):
    app_config = apps.get_app_config("pna")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=COORDINATORS):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("pna", "0001_initial"),
        ("pages", "0003_roles_and_campaign_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
