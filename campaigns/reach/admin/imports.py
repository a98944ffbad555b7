"""The "Import activities" screen: upload a spreadsheet, see every problem, or import it all.

Templates to fill in are downloadable in Romanian and English, as XLSX and CSV; either language
imports for anyone.
"""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse, reverse_lazy
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..imports import (
    CSV_CONTENT_TYPE,
    FILE_LANGUAGES,
    MAX_BYTES,
    MAX_ROWS,
    XLSX_CONTENT_TYPE,
    import_activities,
    template_csv,
    template_filename,
    template_workbook,
)
from ..roles import may_report

#: More errors than this are counted, not listed: the first ones show what to correct.
SHOWN_ERRORS = 1000


def forbidden(request):
    return TemplateResponse(
        request,
        "reach/import_forbidden.html",
        {"page_title": _("Access denied"), "header_title": _("Access denied")},
        status=403,
    )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted per request, in the user's language.
        self.fields["file"].help_text = _(
            "An Excel workbook (.xlsx) or a CSV file (UTF-8, comma or semicolon), at most "
            "%(size)s MB and %(rows)s rows."
        ) % {
            "size": MAX_BYTES // (1024 * 1024),
            "rows": number_format(MAX_ROWS, force_grouping=True),
        }


class ImportActivitiesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reach/import.html"
    page_title = _("Import activities")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not may_report(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["templates"] = [
            {
                "language": language,
                "label": {"ro": _("Romanian"), "en": _("English")}[language],
                "formats": [
                    (file_format, reverse("reach_import_template", args=[language, file_format]))
                    for file_format in ("xlsx", "csv")
                ],
            }
            for language in FILE_LANGUAGES
        ]
        return context

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        result = import_activities(form.cleaned_data["file"], request.user)
        if result.errors:
            messages.error(request, _("Nothing was imported: correct the problems below."))
            return self.render_to_response(
                self.get_context_data(
                    form=ImportForm(),
                    import_errors=result.errors[:SHOWN_ERRORS],
                    error_count=len(result.errors),
                    hidden_error_count=max(0, len(result.errors) - SHOWN_ERRORS),
                )
            )
        count = len(result.activities)
        messages.success(
            request,
            ngettext(
                "%(count)d activity was imported.", "%(count)d activities were imported.", count
            )
            % {"count": count},
        )
        return redirect(after_import_url())


def after_import_url():
    """The activities listing, when it exists; else back to the import screen."""
    try:
        return reverse("reach_activities:index")
    except NoReverseMatch:
        return reverse("reach_import")


def download_template(request, language, file_format):
    if not may_report(request.user):
        return forbidden(request)
    if language not in FILE_LANGUAGES or file_format not in ("xlsx", "csv"):
        raise Http404
    if file_format == "xlsx":
        content, content_type = template_workbook(language, request.user), XLSX_CONTENT_TYPE
    else:
        content, content_type = template_csv(language), CSV_CONTENT_TYPE
    response = HttpResponse(content, content_type=content_type)
    filename = template_filename(language, file_format)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("reach/import/", ImportActivitiesView.as_view(), name="reach_import"),
        path(
            "reach/import/template/<str:language>.<str:file_format>",
            download_template,
            name="reach_import_template",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_report(request.user)


@hooks.register("register_reach_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import activities"),
        reverse_lazy("reach_import"),
        name="reach-import",
        icon_name="upload",
        order=200,
    )
