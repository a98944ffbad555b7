"""Translating pages: per-language status, PO export and import for human translators."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "campaigns.translations"
    verbose_name = _("Translations")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Revision

        from .status import track_revision

        post_save.connect(track_revision, sender=Revision, dispatch_uid="translations_track")
