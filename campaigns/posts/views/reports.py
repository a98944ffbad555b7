"""Distribution reports in the admin: a post records a semester, submits it, a coordinator
approves (locks) or reopens it. Staff only ever see their own post's reports (others are 403)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import HeaderButton

from campaigns.pages.roles import is_coordinator
from campaigns.submissions.once import SentOnceMixin, settle, spend

from ..forms import DistributionLineFormSet, ReportForm, language_name
from ..models import DistributionReport
from ..reports import (
    ReportError,
    approve_report,
    create_report,
    delete_report,
    locked_message,
    reopen_report,
    submit_report,
    update_report,
)
from ..roles import acts_for, scoped
from .base import REPORTS_INDEX, PostOnlyMixin, PostsView, StatusPostFilterForm, get_for_post_staff

COUNTS = ("people_reached", "associations_involved")


def reports_for(user):
    return scoped(DistributionReport.objects.select_related("post"), user)


class ReportFilterForm(StatusPostFilterForm):
    statuses = DistributionReport.Status.choices


class ReportIndexView(PostsView):
    template_name = "posts/report_index.html"
    page_title = _("Distribution reports")
    header_icon = "tasks"

    def get_header_buttons(self):
        return [
            HeaderButton(_("New report"), reverse("distribution_reports:add"), icon_name="plus")
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = ReportFilterForm(self.request.GET or None, user=self.request.user)
        reports = filters.apply(
            reports_for(self.request.user).order_by("-year", "-semester", "post__name")
        )
        context.update(filter_form=filters, **self.paginate(reports))
        return context


class ReportFormView(PostsView):
    template_name = "posts/report_form.html"
    header_icon = "tasks"
    index_url = REPORTS_INDEX
    index_label = _("Distribution reports")
    report = None

    def render(self, form, lines):
        return self.render_to_response(
            self.get_context_data(form=form, lines=lines, report=self.report)
        )

    def invalid(self, form, lines):
        messages.error(self.request, _("The report was not saved: correct the errors below."))
        return self.render(form, lines)


class ReportCreateView(SentOnceMixin, ReportFormView):
    page_title = _("New distribution report")
    repeat_fallback = REPORTS_INDEX

    def get(self, request):
        return self.render(ReportForm(user=request.user), DistributionLineFormSet(prefix="lines"))

    def post(self, request):
        form = ReportForm(request.POST, user=request.user)
        lines = DistributionLineFormSet(request.POST, prefix="lines")
        if not (form.is_valid() and lines.is_valid()):
            return self.invalid(form, lines)
        data = form.cleaned_data
        try:
            with transaction.atomic():
                submission = spend(request)
                report = create_report(
                    request.user,
                    data["post"],
                    data["year"],
                    data["semester"],
                    lines.lines(),
                    **{name: data[name] for name in COUNTS},
                )
                settle(submission, reverse("distribution_reports:detail", args=[report.pk]))
        except ReportError as error:
            form.add_error(None, str(error))
            return self.invalid(form, lines)
        messages.success(
            request,
            _("The report for %(period)s was saved as a draft. Submit it when it is complete.")
            % {"period": report.period},
        )
        return redirect("distribution_reports:detail", report.pk)


class ReportObjectMixin:
    """Finds the report, if the user acts for its post (else 403)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        queryset = DistributionReport.objects.select_related("post")
        self.report = get_for_post_staff(queryset, request.user, kwargs["pk"])

    def get_success_url(self):
        return reverse("distribution_reports:detail", args=[self.report.pk])

    def refuse_if_locked(self):
        """Back to the report with the reason, when its period is locked; else None."""
        if self.report.is_locked:
            messages.error(self.request, locked_message(self.report))
            return redirect(self.get_success_url())
        return None


class ReportEditView(ReportObjectMixin, ReportFormView):
    def get_page_title(self):
        return _("Edit the report for %(period)s") % {"period": self.report.period}

    def get(self, request, pk):
        if refusal := self.refuse_if_locked():
            return refusal
        initial = [
            {"material": line.material_id, "language": line.language, "quantity": line.quantity}
            for line in self.report.lines.order_by("pk")
        ]
        return self.render(
            ReportForm(user=request.user, instance=self.report),
            DistributionLineFormSet(prefix="lines", initial=initial),
        )

    def post(self, request, pk):
        if refusal := self.refuse_if_locked():
            return refusal
        form = ReportForm(request.POST, user=request.user, instance=self.report)
        lines = DistributionLineFormSet(request.POST, prefix="lines")
        if not (form.is_valid() and lines.is_valid()):
            return self.invalid(form, lines)
        try:
            update_report(
                request.user,
                self.report,
                lines.lines(),
                **{name: form.cleaned_data[name] for name in COUNTS},
            )
        except ReportError as error:
            messages.error(request, str(error))
            return redirect(self.get_success_url())
        messages.success(
            request, _("The report for %(period)s was saved.") % {"period": self.report.period}
        )
        return redirect(self.get_success_url())


class ReportDetailView(ReportObjectMixin, PostsView):
    template_name = "posts/report_detail.html"
    header_icon = "tasks"
    index_url = REPORTS_INDEX
    index_label = _("Distribution reports")

    def get_page_title(self):
        return _("Report of %(post)s for %(period)s") % {
            "post": self.report.post,
            "period": self.report.period,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report, user = self.report, self.request.user
        Status = DistributionReport.Status
        own = acts_for(user, report.post_id)
        context.update(
            report=report,
            lines=[
                {"line": line, "language": language_name(line.language)}
                for line in report.lines.select_related("material").order_by("pk")
            ],
            can_change=own and not report.is_locked,
            can_submit=own and report.status == Status.DRAFT,
            can_approve=is_coordinator(user) and report.status == Status.SUBMITTED,
            can_reopen=is_coordinator(user) and report.is_locked,
        )
        return context


class ReportDeleteView(ReportObjectMixin, PostsView):
    template_name = "posts/report_confirm_delete.html"
    header_icon = "bin"
    index_url = REPORTS_INDEX
    index_label = _("Distribution reports")

    def get_page_title(self):
        return _("Delete the report for %(period)s") % {"period": self.report.period}

    def get(self, request, pk):
        if refusal := self.refuse_if_locked():
            return refusal
        return self.render_to_response(self.get_context_data(report=self.report))

    def post(self, request, pk):
        try:
            delete_report(request.user, self.report)
        except ReportError as error:
            messages.error(request, str(error))
            return redirect(self.get_success_url())
        messages.success(
            request, _("The report for %(period)s was deleted.") % {"period": self.report.period}
        )
        return redirect("distribution_reports:index")


class ReportStepView(PostOnlyMixin, ReportObjectMixin, PostsView):
    step = None
    success_message = None

    def post(self, request, pk):
        try:
            report = self.step(request.user, self.report)
        except ReportError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, self.success_message % {"period": report.period})
        return redirect(self.get_success_url())


class SubmitReportView(ReportStepView):
    step = staticmethod(submit_report)
    success_message = _("The report for %(period)s was submitted to the national coordinators.")


class ApproveReportView(ReportStepView):
    step = staticmethod(approve_report)
    success_message = _("The report for %(period)s was approved; its period is now locked.")


class ReopenReportView(ReportStepView):
    step = staticmethod(reopen_report)
    success_message = _("The report for %(period)s was reopened; the post can correct it now.")
