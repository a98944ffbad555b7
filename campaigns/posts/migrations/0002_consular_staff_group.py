"""Create the "Consular post staff" group: admin access and nothing else.

Which post a member acts for comes from the post's `staff`, not from model or page permissions,
so the group carries none (see campaigns.posts.roles).
"""

from django.db import migrations

CONSULAR_STAFF = "Consular post staff"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    group, _created = Group.objects.get_or_create(name=CONSULAR_STAFF)
    group.permissions.add(admin_access)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CONSULAR_STAFF).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("posts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
