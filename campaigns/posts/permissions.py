"""Wagtail's permission policy for consular posts, from roles rather than model permissions.

Coordinators manage every post; a post's staff may only view their own. The "Consular post staff"
group carries no model permission, so the policy reads the post's `staff` instead.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from campaigns.pages.roles import COORDINATORS_GROUP, is_coordinator

from .roles import posts_of


class ConsularPostPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if is_coordinator(user):
            return True
        return action == "view" and bool(posts_of(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if is_coordinator(user):
            return True
        return action == "view" and instance.pk in posts_of(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if is_coordinator(user):
            return self.model._default_manager.all()
        if "view" in actions:
            return self.model._default_manager.filter(pk__in=posts_of(user))
        return self.model._default_manager.none()

    def _users(self, actions, staff_of=None):
        who = Q(is_superuser=True) | Q(groups__name=COORDINATORS_GROUP)
        if "view" in actions:
            who |= Q(consular_posts=staff_of) if staff_of else Q(consular_posts__isnull=False)
        return get_user_model().objects.filter(is_active=True).filter(who).distinct()

    def users_with_any_permission(self, actions):
        return self._users(actions)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self._users(actions, staff_of=instance)
