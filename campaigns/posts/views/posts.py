"""Consular posts and their API tokens in the admin.

Coordinators add, change and delete posts and issue or revoke tokens; a post's staff see their
own post and its tokens' names and expiry dates. A token's secret is shown once, on the page that
issues it, and never stored: only its digest is (`ApiToken.issue`).
"""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic

from campaigns.pages.roles import is_coordinator

from ..forms import TokenIssueForm
from ..models import ApiToken, ConsularPost
from ..roles import visible_posts
from .base import PostOnlyMixin, PostsView, get_for_post_staff


def _pk(post):
    return post.pk


TOKEN_STATES = {"active": _("Active"), "expired": _("Expired"), "revoked": _("Revoked")}


class ConsularPostIndexView(generic.IndexView):
    """Every post for a coordinator; only their own for a post's staff."""

    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=visible_posts(self.request.user))


class ConsularPostInspectView(generic.InspectView):
    """A post's details, its tokens (names and dates, never secrets), orders and reports."""

    template_name = "posts/consular_post_inspect.html"

    def get_object(self, queryset=None):
        return get_for_post_staff(ConsularPost.objects.all(), self.request.user, self.pk, _pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.object
        now = timezone.now()
        tokens = []
        for token in post.api_tokens.order_by("-created_at"):
            if token.revoked_at:
                state = "revoked"
            elif token.expires_at and token.expires_at <= now:
                state = "expired"
            else:
                state = "active"
            tokens.append({"token": token, "state": state, "label": TOKEN_STATES[state]})
        context.update(
            post=post,
            staff=post.staff.order_by("last_name", "first_name", "username"),
            tokens=tokens,
            can_manage_tokens=is_coordinator(self.request.user),
            order_count=post.orders.count(),
            report_count=post.reports.count(),
        )
        return context


class ConsularPostDeleteView(generic.DeleteView):
    """Refuses, with the reason, to delete a post that has orders or reports on record."""

    def form_valid(self, form):
        post = self.object
        if post.orders.exists() or post.reports.exists():
            messages.error(
                self.request,
                _("%(post)s has orders or distribution reports on record, so it cannot be deleted.")
                % {"post": post},
            )
            return redirect("consular_posts:inspect", post.pk)
        return super().form_valid(form)


class CoordinatorTokenView(PostsView):
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IssueTokenView(CoordinatorTokenView):
    template_name = "posts/token_issue.html"
    page_title = _("Issue an API token")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.post_obj = get_object_or_404(ConsularPost, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.post_obj)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("consular_posts:index"), "label": _("Consular posts")},
            {
                "url": reverse("consular_posts:inspect", args=[self.post_obj.pk]),
                "label": str(self.post_obj),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, pk):
        return self.render_to_response(
            self.get_context_data(form=TokenIssueForm(), post=self.post_obj)
        )

    def post(self, request, pk):
        form = TokenIssueForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, post=self.post_obj))
        token, secret = ApiToken.issue(
            self.post_obj,
            form.cleaned_data["name"],
            valid_for=timedelta(days=form.cleaned_data["valid_for"]),
        )
        # Rendered, not redirected to: the secret exists only in this response.
        response = TemplateResponse(
            request,
            "posts/token_issued.html",
            self.get_context_data(post=self.post_obj, token=token, secret=secret),
        )
        response["Cache-Control"] = "no-store"
        return response


class RevokeTokenView(PostOnlyMixin, CoordinatorTokenView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.token = get_object_or_404(ApiToken.objects.select_related("post"), pk=kwargs["pk"])

    def get_success_url(self):
        return reverse("consular_posts:inspect", args=[self.token.post_id])

    def post(self, request, pk):
        revoked = ApiToken.objects.filter(pk=self.token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if revoked:
            messages.success(
                request,
                _(
                    "The token “%(name)s” was revoked: requests made with it are refused from "
                    "now on."
                )
                % {"name": self.token.name},
            )
        else:
            messages.warning(
                request, _("The token “%(name)s” was already revoked.") % {"name": self.token.name}
            )
        return redirect(self.get_success_url())
