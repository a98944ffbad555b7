"""Create the two staff roles and the review workflow every page goes through.

Page permissions are granted on the tree root so they exist before any content does;
`campaigns.pages.permissions` narrows them to the user's own regional centre.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATORS = "National coordinators"
CENTRE_STAFF = "Regional centre staff"
WORKFLOW = "Campaign review"
TASK = "National coordinator approval"

PAGE_ACTIONS = {
    COORDINATORS: ["add", "change", "publish", "bulk_delete", "lock", "unlock"],
    CENTRE_STAFF: ["add", "change"],
}
COLLECTION_ACTIONS = {
    COORDINATORS: ["add", "change", "choose", "delete"],
    CENTRE_STAFF: ["add", "choose"],
}
MODEL_PERMISSIONS = {
    COORDINATORS: [
        ("taxonomy", action, model)
        for model in ("audience", "exploitationform", "channel", "regionalcentre", "partner")
        for action in ("add", "change", "delete", "view")
    ]
    + [("frame", "change", "hotlinesettings")],
    CENTRE_STAFF: [
        ("taxonomy", "view", model)
        for model in ("audience", "exploitationform", "channel", "regionalcentre", "partner")
    ]
    + [("taxonomy", "add", "partner")],
}


def _permission(apps, app_label, action, model):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    admin_access = _permission(apps, "wagtailadmin", "access", "admin")

    groups = {}
    for name in (COORDINATORS, CENTRE_STAFF):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        for app_label, action, model in MODEL_PERMISSIONS[name]:
            group.permissions.add(_permission(apps, app_label, action, model))
        for action in PAGE_ACTIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=_permission(apps, "wagtailcore", action, "page"),
            )
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in COLLECTION_ACTIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, action, model),
                )
        groups[name] = group

    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups[COORDINATORS]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name__in=[COORDINATORS, CENTRE_STAFF]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_campaignindexpage_alter_audiencepage_body_and_more"),
        ("taxonomy", "0002_channel_exploitationform_partner_regionalcentre"),
        ("frame", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
