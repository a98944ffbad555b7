"""National coordinators manage the materials library, as they manage the taxonomies.

Without these permissions only superusers would see the Materials menu.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATORS = "National coordinators"
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("materials")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="materials",
            codename__in=[f"{action}_material" for action in ACTIONS],
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=COORDINATORS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="materials",
                codename__in=[f"{action}_material" for action in ACTIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("materials", "0002_catalogue_page_and_thumbnail_size"),
        ("pages", "0003_roles_and_campaign_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
