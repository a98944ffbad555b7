"""The "QR scans" report in the admin: for national coordinators, as a table or a CSV."""

from functools import wraps

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.exports.csv import csv_response
from campaigns.pages.roles import is_coordinator

from .report import ReportForm, scan_rows

PAGE_TITLE = _("QR scans")
HEADER_ICON = "view"


def coordinators_only(view):
    """Superusers and national coordinators; other admin users get a 403, not the dashboard."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_coordinator(request.user):
            return TemplateResponse(
                request,
                "qr/admin/forbidden.html",
                {"page_title": PAGE_TITLE, "header_icon": HEADER_ICON},
                status=403,
            )
        return view(request, *args, **kwargs)

    return wrapped


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """Scans per material, language (and post) over a period, the last 30 days by default."""

    template_name = "qr/admin/report.html"
    page_title = PAGE_TITLE
    header_icon = HEADER_ICON

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ReportForm(self.request.GET)
        start, end, by_post = form.choices()
        rows = scan_rows(start, end, by_post)
        query = self.request.GET.urlencode()
        context.update(
            form=form,
            start=start,
            end=end,
            by_post=by_post,
            rows=rows,
            total=sum(row.scans for row in rows),
            csv_url=reverse("qr_admin:csv") + (f"?{query}" if query else ""),
        )
        return context


report = coordinators_only(ReportView.as_view())


@coordinators_only
def report_csv(request):
    """The report's table as CSV (UTF-8 with a BOM, so spreadsheets read the diacritics)."""
    start, end, by_post = ReportForm(request.GET).choices()
    post_columns = ["post", "post_name"] if by_post else []
    header = ["from", "to", "material", "title", "language", *post_columns, "scans"]
    rows = (
        [
            start,
            end,
            row.material_key,
            row.material_title,
            row.language,
            *([row.post_code, row.post_name] if by_post else []),
            row.scans,
        ]
        for row in scan_rows(start, end, by_post)
    )
    return csv_response(f"qr-scans-{start}-{end}.csv", [header, *rows])
