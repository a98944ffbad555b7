from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrameConfig(AppConfig):
    name = "campaigns.frame"
    verbose_name = _("Public site frame")

    def ready(self):
        from .static_pages import connect_signals

        connect_signals()
