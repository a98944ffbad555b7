"""Site navigation built from the page tree, so editors control it by publishing pages."""

from django import template
from wagtail.models import Site

from ..models import AudiencePage

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site is not None else None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The live audience landing pages under the site's home page, in tree order."""
    root = _site_root(context.get("request"))
    if root is None:
        return []
    return list(AudiencePage.objects.child_of(root).live().public().order_by("path"))


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page in the active language; the bare language prefix if there is no site."""
    request = context.get("request")
    if not context.get("is_error_page"):
        root = _site_root(request)
        if root is not None:
            url = root.get_url(request=request)
            if url:
                return url
    return f"/{context['current_language'].code}/"
