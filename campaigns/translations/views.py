"""Admin views: the translations report, one page's translations, PO download and upload.

Only users who may edit a page may export or import it: a PO file carries the page's
unpublished text, and an import saves a revision of it.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from campaigns.languages import registry

from .forms import BulkExportForm, ImportForm, ReportFilterForm, language_label, language_name
from .po import (
    PO_CONTENT_TYPE,
    ImportRejected,
    export_filename,
    export_po,
    import_po,
    pages_to_translate,
)
from .segments import target_languages
from .status import (
    COMPLETE,
    MISSING,
    OUTDATED,
    STATUS_LABELS,
    is_translatable,
    page_statuses,
    report_pages,
)

# Colour and icon together, and the label always in the text: colour alone tells nothing.
STATUS_DISPLAY = {
    COMPLETE: ("success", "w-text-positive-100"),
    OUTDATED: ("warning", "w-text-warning-100"),
    MISSING: ("circle-xmark", "w-text-critical-200"),
}


class _PageNotEditable(Exception):
    pass


def _translatable_page(page_id, user):
    page = get_object_or_404(Page, pk=page_id).specific
    if not is_translatable(type(page)):
        raise Http404
    if not page.permissions_for_user(user).can_edit():
        raise _PageNotEditable
    return page


def _forbidden(request):
    # Wagtail turns PermissionDenied into a redirect to the dashboard; a download link must
    # fail as what it is.
    return TemplateResponse(
        request,
        "translations/forbidden.html",
        {"page_title": _("Translations"), "header_icon": "globe"},
        status=403,
    )


def _po_response(data, filename):
    response = HttpResponse(data, content_type=PO_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _cell(language, status):
    icon, classname = STATUS_DISPLAY[status]
    return {
        "language": language,
        "status": status,
        "label": STATUS_LABELS[status],
        "icon": icon,
        "classname": classname,
    }


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every campaign the user may edit, by language: complete, missing or outdated."""

    template_name = "translations/report.html"
    page_title = _("Translations")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = ReportFilterForm(self.request.GET)
        filters.is_valid()
        language = filters.cleaned_data.get("language") or ""
        wanted = filters.cleaned_data.get("status") or ""
        codes = [language] if language else list(target_languages())
        languages = [registry.get(code) for code in codes]

        pages = report_pages(self.request.user)
        statuses = page_statuses(pages, codes)
        rows = []
        for page in pages:
            cells = [_cell(lang, statuses[page.pk][lang.code]) for lang in languages]
            if wanted and not any(cell["status"] == wanted for cell in cells):
                continue
            rows.append({"page": page, "cells": cells})
        context.update(
            legend=[_cell(None, status) for status in STATUS_DISPLAY],
            compact=len(codes) > 1,
            filter_form=filters,
            export_form=BulkExportForm(initial={"language": language or codes[0]}),
            languages=[{"code": code, "label": language_label(code)} for code in codes],
            rows=rows,
            page_count=len(pages),
        )
        return context


class PageTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """One page's status per language, a PO download for each, and the PO upload."""

    template_name = "translations/page.html"
    header_icon = "globe"

    def dispatch(self, request, page_id):
        try:
            self.page = _translatable_page(page_id, request.user)
        except _PageNotEditable:
            return _forbidden(request)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Translations of “%(title)s”") % {"title": self.page.get_admin_display_title()}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("campaign_translations:report"), "label": _("Translations")},
            {"url": "", "label": self.page.get_admin_display_title()},
        ]

    def get_context_data(self, form=None, import_errors=(), **kwargs):
        context = super().get_context_data(**kwargs)
        statuses = page_statuses([self.page])[self.page.pk]
        context.update(
            page=self.page,
            rows=[
                {**_cell(registry.get(code), status), "name": language_name(code)}
                for code, status in statuses.items()
            ],
            form=form or ImportForm(),
            import_errors=import_errors,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context

    def post(self, request, page_id):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        language = form.cleaned_data["language"]
        try:
            summary = import_po(form.cleaned_data["file"].read(), language, request.user)
        except ImportRejected as rejected:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=rejected.errors)
            )
        pages = len(summary.pages_changed)
        messages.success(
            request,
            ngettext(
                "Imported %(segments)s segments into %(language)s: %(pages)s page has a new "
                "draft revision, to be submitted for review.",
                "Imported %(segments)s segments into %(language)s: %(pages)s pages have a new "
                "draft revision, to be submitted for review.",
                pages,
            )
            % {
                "segments": summary.segments_translated,
                "language": language_label(language),
                "pages": pages,
            },
        )
        return redirect("campaign_translations:page", page_id=self.page.pk)


def export_page(request, page_id, language):
    try:
        page = _translatable_page(page_id, request.user)
    except _PageNotEditable:
        return _forbidden(request)
    if language not in target_languages():
        raise Http404
    return _po_response(export_po([page], language), export_filename(language, page=page))


def bulk_export(request):
    """All pages the user may edit whose translation into one language is outdated or missing."""
    form = BulkExportForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Choose a language and at least one status to export."))
        return redirect("campaign_translations:report")
    language, statuses = form.cleaned_data["language"], set(form.cleaned_data["status"])
    pages = pages_to_translate(language, statuses, user=request.user)
    if not pages:
        messages.info(
            request,
            _("No page you can edit needs translating into %(language)s.")
            % {"language": language_label(language)},
        )
        return redirect(reverse("campaign_translations:report") + f"?language={language}")
    return _po_response(export_po(pages, language), export_filename(language, statuses=statuses))
