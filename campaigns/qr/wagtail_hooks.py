"""The "QR scans" report in the admin menu, for national coordinators and superusers."""

from django.urls import include, path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from campaigns.pages.roles import is_coordinator

from . import admin_urls
from .admin_views import HEADER_ICON, PAGE_TITLE


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_qr_admin_urls():
    return [path("qr-scans/", include(admin_urls, namespace="qr_admin"))]


@hooks.register("register_admin_menu_item")
def register_qr_scans_menu_item():
    return CoordinatorMenuItem(
        PAGE_TITLE,
        reverse_lazy("qr_admin:report"),
        name="qr-scans",
        icon_name=HEADER_ICON,
        order=260,
    )
