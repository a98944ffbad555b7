from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    name = "campaigns.languages"
    verbose_name = _("Languages")

    def ready(self):
        from .routing import install_sql_routing

        install_sql_routing()
