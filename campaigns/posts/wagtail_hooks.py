"""Register the consular-post admin: its permission policy first, then the menu and views."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import ConsularPost
from .permissions import ConsularPostPermissionPolicy
from .viewsets import ConsularPostsGroup

# Before the viewset is registered, or Wagtail falls back to model permissions, which the
# "Consular post staff" group deliberately does not have.
register_permission_policy(ConsularPost, ConsularPostPermissionPolicy(ConsularPost))


@hooks.register("register_admin_viewset")
def register_consular_posts():
    return ConsularPostsGroup()
