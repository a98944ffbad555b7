"""Order and distribution quantities and report counts within their bounds (campaigns.bounds)."""

import campaigns.bounds
import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('materials', '0003_coordinators_manage_materials'),
        ('posts', '0002_consular_staff_group'),
    ]

    operations = [
        migrations.AlterField(
            model_name='distributionline',
            name='quantity',
            field=models.PositiveIntegerField(validators=[campaigns.bounds.AtMost(1000000)], verbose_name='materials distributed'),
        ),
        migrations.AlterField(
            model_name='distributionreport',
            name='associations_involved',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='Romanian associations abroad involved'),
        ),
        migrations.AlterField(
            model_name='distributionreport',
            name='people_reached',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='people reached'),
        ),
        migrations.AlterField(
            model_name='orderline',
            name='quantity',
            field=models.PositiveIntegerField(validators=[django.core.validators.MinValueValidator(1), campaigns.bounds.AtMost(1000000)], verbose_name='quantity'),
        ),
        migrations.AddConstraint(
            model_name='distributionline',
            constraint=models.CheckConstraint(condition=models.Q(('quantity__lte', 1000000)), name='distribution_line_quantity_bound'),
        ),
        migrations.AddConstraint(
            model_name='distributionreport',
            constraint=models.CheckConstraint(condition=models.Q(('people_reached__lte', 10000000)), name='distribution_report_people_reached_bound'),
        ),
        migrations.AddConstraint(
            model_name='distributionreport',
            constraint=models.CheckConstraint(condition=models.Q(('associations_involved__lte', 100000)), name='distribution_report_associations_involved_bound'),
        ),
        migrations.AddConstraint(
            model_name='orderline',
            constraint=models.CheckConstraint(condition=models.Q(('quantity__lte', 1000000)), name='order_line_quantity_bound'),
        ),
    ]
