"""The fingerprint of every activity, and figures past any plausible bound cleared.

Both prepare the rows for 0003's constraints. Activities recorded twice before the rule existed
keep no fingerprint after the first (the constraint would refuse them); nothing is deleted.
A figure past its bound (9223372036854775807 beneficiaries) is a typing error that broke every
sum: it becomes "not collected", and the audit trail keeps the old value.
"""

from django.db import migrations, models

from campaigns.reach.models.identity import fingerprint

#: The bounds as they were when this migration was written (campaigns.bounds may move on).
BOUNDS = {
    "beneficiaries": 10_000_000,
    "beneficiaries_minors": 10_000_000,
    "beneficiaries_adults": 10_000_000,
    "materials_distributed": 10_000_000,
    "hotline_referrals": 10_000_000,
    "tollfree_calls": 10_000_000,
    "calls_from_foreigners": 10_000_000,
    "potential_clients_informed": 10_000_000,
    "companies_involved": 100_000,
    "companies_adopting_policies": 100_000,
    "associations_involved": 100_000,
    "diplomatic_missions_involved": 100_000,
    "social_posts": 100_000,
    "social_likes": 1_000_000_000,
    "social_shares": 1_000_000_000,
    "social_interactions": 1_000_000_000,
    "social_unique_reach": 1_000_000_000,
    "children_surveyed": 10_000_000,
    "children_naming_two_risks": 10_000_000,
    "carers_surveyed": 10_000_000,
    "carers_naming_three_indicators": 10_000_000,
    "training_sessions": 100_000,
    "teachers_trained": 10_000_000,
}
LINE_BOUND = 10_000_000


def fingerprint_activities(apps, schema_editor):
    Activity = apps.get_model("reach", "Activity")
    seen, changed = set(), []
    for activity in Activity.objects.order_by("pk").iterator(chunk_size=2000):
        value = fingerprint(activity)
        if value not in seen:
            seen.add(value)
            activity.fingerprint = value
            changed.append(activity)
    Activity.objects.bulk_update(changed, ["fingerprint"], batch_size=1000)


def _label(activity):
    return f"{activity.start_date:%Y-%m-%d} {activity.title}"[:300]


def clear_impossible_figures(apps, schema_editor):
    Activity = apps.get_model("reach", "Activity")
    ActivityMaterial = apps.get_model("reach", "ActivityMaterial")
    FigureChange = apps.get_model("reach", "FigureChange")
    changes = []
    for name, bound in BOUNDS.items():
        for activity in Activity.objects.filter(**{f"{name}__gt": bound}):
            changes.append(
                FigureChange(
                    activity_id=activity.pk,
                    activity_label=_label(activity),
                    action="changed",
                    field=name,
                    old_value=str(getattr(activity, name))[:300],
                    new_value=None,
                )
            )
            Activity.objects.filter(pk=activity.pk).update(**{name: None})
    for line in ActivityMaterial.objects.filter(quantity__gt=LINE_BOUND).select_related(
        "activity"
    ):
        changes.append(
            FigureChange(
                activity_id=line.activity_id,
                activity_label=_label(line.activity),
                action="changed",
                field=f"material:{line.material_id}:{line.language}",
                old_value=str(line.quantity)[:300],
                new_value=None,
            )
        )
        line.delete()
    FigureChange.objects.bulk_create(changes)


class Migration(migrations.Migration):
    dependencies = [("reach", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="activity",
            name="fingerprint",
            field=models.CharField(blank=True, editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(fingerprint_activities, migrations.RunPython.noop),
        migrations.RunPython(clear_impossible_figures, migrations.RunPython.noop),
    ]
