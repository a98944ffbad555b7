"""The translations report in the admin menu, and a Translations button on each page."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import urls
from .status import is_translatable


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [path("translations/", include(urls, namespace="campaign_translations"))]


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return MenuItem(
        _("Translations"),
        reverse_lazy("campaign_translations:report"),
        name="translations",
        icon_name="globe",
        order=250,
    )


class TranslationsButton(PageMenuItem):
    label = _("Translations")
    icon_name = "globe"
    url_name = "campaign_translations:page"

    def is_shown(self, user):
        if not is_translatable(self.page.specific_class):
            return False
        # The specific page applies the regional-centre rule; the listing may hold plain Pages.
        return self.page.specific_deferred.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def page_header_translations_button(page, user, view_name, next_url=None):
    yield TranslationsButton(page=page, priority=75)


@hooks.register("register_page_listing_more_buttons")
def page_listing_translations_button(page, user, next_url=None):
    yield TranslationsButton(page=page, priority=45)
