"""The admin's "Reach" menu. Each screen registers its items through `register_reach_menu_item`.

Activities and periods (entry), spreadsheet import, and the PNA roll-up each live in a module of
`campaigns.reach.admin`, imported below so that their hooks register.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

# Each screen registers its own views and menu items when imported.
from .admin import activities, imports, periods, rollup  # noqa: F401
from .roles import may_report

reach_menu = Menu(
    register_hook_name="register_reach_menu_item", construct_hook_name="construct_reach_menu"
)


class ReachMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return may_report(request.user)


@hooks.register("register_admin_menu_item")
def register_reach_menu():
    return ReachMenuItem(_("Reach"), reach_menu, icon_name="group", name="reach", order=240)
