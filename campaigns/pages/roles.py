"""Who may do what with campaigns: national coordinators, and regional centre staff."""

from django.utils.translation import gettext_lazy as _

COORDINATORS_GROUP = "National coordinators"
CENTRE_STAFF_GROUP = "Regional centre staff"
GROUP_DESCRIPTIONS = {
    COORDINATORS_GROUP: _("Review and publish every centre's campaigns; manage taxonomies."),
    CENTRE_STAFF_GROUP: _("Author their own regional centre's campaigns and submit them."),
}


def is_coordinator(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_coordinator", None)
    if cached is None:
        cached = user.groups.filter(name=COORDINATORS_GROUP).exists()
        user._is_coordinator = cached
    return cached


def related_ids(user, relation):
    """The ids `user.<relation>` holds, read once per user object (permission checks repeat)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    attribute = f"_{relation}_ids"
    cached = getattr(user, attribute, None)
    if cached is None:
        cached = frozenset(getattr(user, relation).values_list("pk", flat=True))
        setattr(user, attribute, cached)
    return cached


def centre_ids(user):
    """The regional centres whose campaigns `user` may author."""
    return related_ids(user, "regional_centres")
