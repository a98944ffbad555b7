"""Site-wide settings edited in the admin (Settings > Hotline)."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

phone_number_validator = RegexValidator(
    r"^\+?[0-9][0-9 ]{1,18}[0-9]$",
    _("Enter digits and spaces only, optionally starting with +, e.g. 0800 800 678."),
)


def tel_href(number):
    """The `tel:` target for a number as written, e.g. "0800 800 678" -> "tel:0800800678"."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


@register_setting(icon="mobile-alt")
class HotlineSettings(BaseGenericSetting):
    """The numbers the hotline bar and every hotline call to action show, in every language.

    Kept in one place so a change reaches every page and language at once instead of being
    retyped in each translation.
    """

    information_line = models.CharField(
        _("information line"),
        max_length=20,
        default=settings.HOTLINE_NUMBER,
        validators=[phone_number_validator],
        help_text=_("ANITP's free information line (TelVerde). Not an emergency line."),
    )
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=20,
        default=settings.EMERGENCY_NUMBER,
        validators=[phone_number_validator],
    )

    panels = [FieldPanel("information_line"), FieldPanel("emergency_number")]

    class Meta:
        verbose_name = _("hotline")

    @property
    def information_line_href(self):
        return tel_href(self.information_line)

    @property
    def emergency_number_href(self):
        return tel_href(self.emergency_number)
