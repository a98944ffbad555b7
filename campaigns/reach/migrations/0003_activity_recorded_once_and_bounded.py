"""Each activity recorded once (a unique fingerprint) and every figure within its bound."""

import campaigns.bounds
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('materials', '0003_coordinators_manage_materials'),
        ('pages', '0005_alter_audiencepage_body_alter_audiencepage_body_ar_and_more'),
        ('posts', '0003_counts_bounded'),
        ('reach', '0002_activity_fingerprint'),
        ('taxonomy', '0003_partner_key'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='activity',
            name='associations_involved',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='Romanian associations abroad involved'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='beneficiaries',
            field=models.PositiveIntegerField(blank=True, help_text='People reached directly. Leave empty if not counted; 0 means none.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='beneficiaries'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='beneficiaries_adults',
            field=models.PositiveIntegerField(blank=True, help_text='Only when the split is known.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='of whom adults'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='beneficiaries_minors',
            field=models.PositiveIntegerField(blank=True, help_text='Only when the split is known.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='of whom minors'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='calls_from_foreigners',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='toll-free line calls from foreigners'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='carers_naming_three_indicators',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='of whom named at least three indicators'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='carers_surveyed',
            field=models.PositiveIntegerField(blank=True, help_text='Foster carers or social workers asked about trafficking indicators afterwards.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='carers and social workers asked'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='children_naming_two_risks',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='children who named at least two risks'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='children_surveyed',
            field=models.PositiveIntegerField(blank=True, help_text='Children asked about risks afterwards.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='children asked'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='companies_adopting_policies',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='companies adopting internal policies'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='companies_involved',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='companies involved'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='diplomatic_missions_involved',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='diplomatic missions involved'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='hotline_referrals',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='potential cases referred to the hotline'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='materials_distributed',
            field=models.PositiveIntegerField(blank=True, help_text='All materials handed out; the lines below may detail some of them.', null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='materials distributed'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='potential_clients_informed',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='potential clients informed'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='social_interactions',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(1000000000)], verbose_name='interactions'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='social_likes',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(1000000000)], verbose_name='likes'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='social_posts',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='social media posts'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='social_shares',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(1000000000)], verbose_name='shares'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='social_unique_reach',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(1000000000)], verbose_name='unique users reached'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='teachers_trained',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='teachers trained'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='tollfree_calls',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(10000000)], verbose_name='toll-free line calls reporting potential cases'),
        ),
        migrations.AlterField(
            model_name='activity',
            name='training_sessions',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[campaigns.bounds.AtMost(100000)], verbose_name='training sessions'),
        ),
        migrations.AlterField(
            model_name='activitymaterial',
            name='quantity',
            field=models.PositiveIntegerField(validators=[campaigns.bounds.AtMost(10000000)], verbose_name='copies distributed'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.UniqueConstraint(fields=('fingerprint',), name='reach_activity_recorded_once'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('beneficiaries__lte', 10000000)), name='reach_activity_beneficiaries_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('beneficiaries_minors__lte', 10000000)), name='reach_activity_beneficiaries_minors_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('beneficiaries_adults__lte', 10000000)), name='reach_activity_beneficiaries_adults_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('materials_distributed__lte', 10000000)), name='reach_activity_materials_distributed_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('hotline_referrals__lte', 10000000)), name='reach_activity_hotline_referrals_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('tollfree_calls__lte', 10000000)), name='reach_activity_tollfree_calls_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('calls_from_foreigners__lte', 10000000)), name='reach_activity_calls_from_foreigners_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('potential_clients_informed__lte', 10000000)), name='reach_activity_potential_clients_informed_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('companies_involved__lte', 100000)), name='reach_activity_companies_involved_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('companies_adopting_policies__lte', 100000)), name='reach_activity_companies_adopting_policies_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('associations_involved__lte', 100000)), name='reach_activity_associations_involved_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('diplomatic_missions_involved__lte', 100000)), name='reach_activity_diplomatic_missions_involved_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('social_posts__lte', 100000)), name='reach_activity_social_posts_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('social_likes__lte', 1000000000)), name='reach_activity_social_likes_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('social_shares__lte', 1000000000)), name='reach_activity_social_shares_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('social_interactions__lte', 1000000000)), name='reach_activity_social_interactions_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('social_unique_reach__lte', 1000000000)), name='reach_activity_social_unique_reach_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('children_surveyed__lte', 10000000)), name='reach_activity_children_surveyed_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('children_naming_two_risks__lte', 10000000)), name='reach_activity_children_naming_two_risks_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('carers_surveyed__lte', 10000000)), name='reach_activity_carers_surveyed_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('carers_naming_three_indicators__lte', 10000000)), name='reach_activity_carers_naming_three_indicators_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('training_sessions__lte', 100000)), name='reach_activity_training_sessions_bound'),
        ),
        migrations.AddConstraint(
            model_name='activity',
            constraint=models.CheckConstraint(condition=models.Q(('teachers_trained__lte', 10000000)), name='reach_activity_teachers_trained_bound'),
        ),
        migrations.AddConstraint(
            model_name='activitymaterial',
            constraint=models.CheckConstraint(condition=models.Q(('quantity__lte', 10000000)), name='reach_line_quantity_bound'),
        ),
    ]
