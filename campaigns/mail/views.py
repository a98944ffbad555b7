"""The outbox in the admin: messages waiting for a retry and those that failed, read-only.

For national coordinators and superusers: recipients' addresses and subjects are personal
data, and a coordinator is who can tell a centre that its mail did not go out.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.pages.roles import is_coordinator

from .models import OutgoingEmail

PAGE_TITLE = _("Outgoing e-mail")
HEADER_ICON = "mail"
LISTED = 200


class OutboxView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "mail/outbox.html"
    page_title = PAGE_TITLE
    header_icon = HEADER_ICON

    def dispatch(self, request, *args, **kwargs):
        if not is_coordinator(request.user):
            return TemplateResponse(
                request,
                "mail/forbidden.html",
                {"page_title": PAGE_TITLE, "header_icon": HEADER_ICON},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unsent = OutgoingEmail.objects.exclude(status=OutgoingEmail.Status.SENT).defer("message")
        context.update(
            failed=list(unsent.filter(status=OutgoingEmail.Status.FAILED)[:LISTED]),
            pending=list(
                unsent.filter(status=OutgoingEmail.Status.PENDING).order_by(
                    "next_attempt_at", "pk"
                )[:LISTED]
            ),
            sent_count=OutgoingEmail.objects.filter(status=OutgoingEmail.Status.SENT).count(),
        )
        return context
