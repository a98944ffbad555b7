"""The outbox under Settings in the admin menu, shown to national coordinators only."""

from django.urls import path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from campaigns.pages.roles import is_coordinator

from .views import HEADER_ICON, PAGE_TITLE, OutboxView


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_outbox_url():
    return [path("outbox/", OutboxView.as_view(), name="mail_outbox")]


@hooks.register("register_settings_menu_item")
def register_outbox_menu_item():
    return CoordinatorMenuItem(
        PAGE_TITLE, reverse_lazy("mail_outbox"), name="outbox", icon_name=HEADER_ICON, order=900
    )
