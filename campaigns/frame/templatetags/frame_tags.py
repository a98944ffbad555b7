"""The hotline numbers, read once per request, with safe defaults when the database is down."""

from django import template
from django.conf import settings

from ..models import HotlineSettings, tel_href

register = template.Library()


class _DefaultHotline:
    information_line = settings.HOTLINE_NUMBER
    emergency_number = settings.EMERGENCY_NUMBER
    information_line_href = tel_href(settings.HOTLINE_NUMBER)
    emergency_number_href = tel_href(settings.EMERGENCY_NUMBER)


@register.simple_tag(takes_context=True)
def hotline(context):
    """The hotline settings; the built-in numbers when they cannot be read (e.g. the 500 page)."""
    if context.get("is_error_page"):
        return _DefaultHotline()
    request = context.get("request")
    try:
        return HotlineSettings.load(request_or_site=request)
    except Exception:  # the 500 page must render even when the database cannot answer
        return _DefaultHotline()
