from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PnaConfig(AppConfig):
    name = "campaigns.pna"
    verbose_name = _("National Action Plan")
