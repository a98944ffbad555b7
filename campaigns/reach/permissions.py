"""Wagtail's permission policy for activities and periods, from roles rather than model permissions.

The centre, post and coordinator groups carry no model permission on reach records: who may see or
change an activity follows from the centre or post that reported it (`roles.acts_for_record`).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from campaigns.pages.roles import COORDINATORS_GROUP

from .roles import acts_for_record, may_report, scoped


class ReporterPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return may_report(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return acts_for_record(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return scoped(self.model._default_manager.all(), user)

    def _users(self, instance=None):
        who = Q(is_superuser=True) | Q(groups__name=COORDINATORS_GROUP)
        if instance is None:
            who |= Q(regional_centres__isnull=False) | Q(consular_posts__isnull=False)
        elif instance.regional_centre_id:
            who |= Q(regional_centres=instance.regional_centre_id)
        else:
            who |= Q(consular_posts=instance.consular_post_id)
        return get_user_model().objects.filter(is_active=True).filter(who).distinct()

    def users_with_any_permission(self, actions):
        return self._users()

    def users_with_any_permission_for_instance(self, actions, instance):
        return self._users(instance)
