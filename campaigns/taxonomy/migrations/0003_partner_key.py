from django.db import migrations, models
from django.utils.text import slugify


def fill_keys(apps, schema_editor):
    Partner = apps.get_model("taxonomy", "Partner")
    taken = set()
    for partner in Partner.objects.order_by("pk"):
        base = slugify(partner.name_ro or partner.name or "") or "partner"
        key, n = base[:45], 1
        while key in taken:
            n += 1
            key = f"{base[:45]}-{n}"
        taken.add(key)
        partner.key = key
        partner.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0002_channel_exploitationform_partner_regionalcentre")]

    operations = [
        migrations.AddField(
            model_name="partner",
            name="key",
            # No index yet: making it unique below adds one (on PostgreSQL, adding both
            # would create the same "_like" index twice and fail).
            field=models.SlugField(max_length=50, null=True, db_index=False, verbose_name="key"),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="partner",
            name="key",
            field=models.SlugField(max_length=50, unique=True, verbose_name="key"),
        ),
    ]
