from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.languages import registry
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

    @property
    def preview_modes(self):
        """One preview per content language, so an editor sees the draft as each reader will."""
        return [
            (language.code, f"{language.native_name} ({language.code})")
            for language in registry.all_languages()
        ]

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        # The admin request carries the editor's own interface language; a preview must
        # render in the language chosen, as the public site would.
        language = mode_name if mode_name in registry.language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, language)
            # A TemplateResponse renders lazily, after this block would have ended.
            if hasattr(response, "render"):
                response.render()
            return response

    def permissions_for_user(self, user):
        from ..permissions import CentrePagePermissionTester

        return CentrePagePermissionTester(user, self)

    @property
    def body_language(self):
        """The language the body is shown in for the active language (a ShownLanguage)."""
        return shown_language(self, "body")
