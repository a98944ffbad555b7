from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.languages.fallback import shown_language

from ..blocks import BaseStreamBlock


class BasePage(Page):
    """What every public page has: an introduction and a StreamField body, both translated."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # Fields whose language decides whether the visitor is told they read a fallback.
    translated_content_fields = ("title", "body")

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        from ..permissions import CentrePagePermissionTester

        return CentrePagePermissionTester(user, self)

    @property
    def body_language(self):
        """The language the body is shown in for the active language (a ShownLanguage)."""
        return shown_language(self, "body")
