"""Admin assets that let the Wagtail admin run under the site's Content-Security-Policy."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from . import admin_csp

admin_csp.install()


@hooks.register("insert_global_admin_js")
def inline_script_replacements():
    """Runs the markers left by our copies of Wagtail's templates that had inline scripts."""
    return format_html('<script src="{}"></script>', static("frame/admin-init.js"))


@hooks.register("insert_global_admin_css")
def admin_classes():
    """Classes for our admin screens, which carry no style attributes."""
    return format_html('<link rel="stylesheet" href="{}">', static("frame/admin.css"))
