"""What every consular-post admin view shares: who gets in, and how a refusal looks."""

from functools import wraps

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..roles import acts_for, may_use_posts, visible_posts


def forbidden(request):
    return TemplateResponse(
        request,
        "posts/forbidden.html",
        {
            "page_title": _("Access denied"),
            "header_title": _("Access denied"),
            "header_icon": "site",
        },
        status=403,
    )


def deny_with_403(view_func):
    """Answer a refusal with 403.

    Wagtail turns PermissionDenied into a redirect to the dashboard; staff of one post asking
    for another post's order should be told no, not sent elsewhere.
    """

    @wraps(view_func)
    def view(request, *args, **kwargs):
        try:
            return view_func(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request)

    return view


def get_for_post_staff(queryset, user, pk, post_id=lambda obj: obj.post_id):
    """The object `pk` if `user` acts for its post: 404 if there is none, 403 if it is not theirs.

    Refusing with 403 rather than hiding with 404: the site's LocaleMiddleware turns a 404 under
    /admin/ into a redirect to the public site, which would only confuse a post's staff.
    """
    obj = get_object_or_404(queryset, pk=pk)
    if not acts_for(user, post_id(obj)):
        raise PermissionDenied
    return obj


def with_403(urlpatterns):
    return [
        URLPattern(p.pattern, deny_with_403(p.callback), p.default_args, p.name)
        for p in urlpatterns
    ]


class PostsView(WagtailAdminTemplateMixin, TemplateView):
    """Base of the order and report views: only coordinators and a post's staff get in.

    Other screens (the reach periods) reuse it with their own `admits` rule.
    """

    index_url = None
    index_label = ""
    admits = staticmethod(may_use_posts)

    def dispatch(self, request, *args, **kwargs):
        if not self.admits(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.index_url:
            items.append({"url": self.index_url, "label": self.index_label})
        return [*items, {"url": "", "label": self.get_page_title()}]

    def paginate(self, queryset, per_page=50):
        page = Paginator(queryset, per_page).get_page(self.request.GET.get("p"))
        return {
            "items": page,
            "elided_page_range": page.paginator.get_elided_page_range(page.number),
        }


class PostOnlyMixin:
    """Steps change state, so they answer POST only; a stray GET goes back to the object."""

    http_method_names = ["post"]

    def http_method_not_allowed(self, request, *args, **kwargs):
        return redirect(self.get_success_url())


ORDERS_INDEX = reverse_lazy("consular_orders:index")
REPORTS_INDEX = reverse_lazy("distribution_reports:index")


class StatusPostFilterForm(forms.Form):
    """Filters an index of orders or reports by status and, for users of several posts, post."""

    statuses = ()

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"] = forms.ChoiceField(
            label=_("Status"), required=False, choices=[("", _("Any")), *self.statuses]
        )
        posts = visible_posts(user)
        if posts.count() > 1:
            self.fields["post"] = forms.ModelChoiceField(
                label=_("Consular post"), queryset=posts, required=False, empty_label=_("Any")
            )

    def apply(self, queryset):
        if not self.is_valid():
            return queryset
        if status := self.cleaned_data.get("status"):
            queryset = queryset.filter(status=status)
        if post := self.cleaned_data.get("post"):
            queryset = queryset.filter(post=post)
        return queryset
