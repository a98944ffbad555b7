"""Who did something, as listings show it, whether or not the account still exists.

Records keep their author through a nullable foreign key (SET_NULL): an author never recorded
(the demo, a command, an import before accounts existed) and a deleted account both read as None,
and a template that dereferences None fails the whole listing.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()


@register.filter
def person(user):
    """The user's full name, else their username; a dash, explained on hover, without one."""
    if user is None:
        return format_html(
            '<span title="{}">—</span>',
            gettext("No account: none was recorded, or it has been deleted."),
        )
    return user.get_full_name() or user.get_username()
