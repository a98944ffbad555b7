"""Who may record, see and review which activities.

Regional centre staff act for their own centres, consular post staff for their own posts, national
coordinators for everyone; only coordinators approve or reopen a period and see the national
roll-up. Reach figures are internal: no other admin user sees them.
"""

from django.db.models import Q

from campaigns.pages.roles import centre_ids, is_coordinator
from campaigns.posts.roles import posts_of


def may_report(user):
    """Whether the reach screens concern `user` at all."""
    return is_coordinator(user) or bool(centre_ids(user)) or bool(posts_of(user))


def acts_for(user, *, regional_centre_id=None, consular_post_id=None):
    """Whether `user` may record activities for that centre or post."""
    if is_coordinator(user):
        return True
    if regional_centre_id is not None:
        return regional_centre_id in centre_ids(user)
    if consular_post_id is not None:
        return consular_post_id in posts_of(user)
    return False


def acts_for_record(user, record):
    """`acts_for` on anything with `regional_centre_id`/`consular_post_id` (activity, period)."""
    return acts_for(
        user,
        regional_centre_id=record.regional_centre_id,
        consular_post_id=record.consular_post_id,
    )


def reporter_filter(user):
    """A filter on `regional_centre`/`consular_post` matching the records `user` may see."""
    if is_coordinator(user):
        return Q()
    return Q(regional_centre__in=centre_ids(user)) | Q(consular_post__in=posts_of(user))


def scoped(queryset, user):
    """`queryset` (activities or periods) narrowed to what `user` may see."""
    if not may_report(user):
        return queryset.none()
    return queryset.filter(reporter_filter(user))


def may_review(user):
    """Approving, sending back and reopening periods, and the national roll-up."""
    return is_coordinator(user)
