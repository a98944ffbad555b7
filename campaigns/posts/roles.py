"""Who may see and act for which consular post.

A post's staff (members of its `staff`, given admin access by the "Consular post staff" group)
act only for their own post; national coordinators see and act on every post.
"""

from campaigns.pages.roles import is_coordinator, related_ids

CONSULAR_STAFF_GROUP = "Consular post staff"


def posts_of(user):
    """The ids of the consular posts whose staff `user` belongs to."""
    return related_ids(user, "consular_posts")


def may_use_posts(user):
    """Whether the consular-post screens concern `user` at all."""
    return is_coordinator(user) or bool(posts_of(user))


def acts_for(user, post):
    """Whether `user` may act for `post` (or for the post with that id)."""
    post_id = getattr(post, "pk", post)
    return is_coordinator(user) or post_id in posts_of(user)


def visible_posts(user):
    """The posts `user` may see: all of them for a coordinator, else only their own."""
    from .models import ConsularPost

    if is_coordinator(user):
        return ConsularPost.objects.all()
    return ConsularPost.objects.filter(pk__in=posts_of(user))


def scoped(queryset, user, field="post"):
    """`queryset` narrowed to the rows of the posts `user` may see (by `field`)."""
    if is_coordinator(user):
        return queryset
    return queryset.filter(**{f"{field}__in": posts_of(user)})
