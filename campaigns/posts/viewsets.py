"""The admin's "Consular posts" menu: posts (with their tokens), orders and reports.

Every view answers a refusal with 403 rather than Wagtail's redirect to the dashboard, and lists
only what the user may see; opening another post's order, report or details is refused (403).
"""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import ConsularPostForm
from .models import ConsularPost
from .roles import may_use_posts
from .views import orders, posts, reports
from .views.base import with_403


class PostsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_posts(request.user)


class ConsularPostViewSet(ModelViewSet):
    model = ConsularPost
    name = "consular_posts"
    url_prefix = "consular-posts"
    icon = "site"
    menu_label = _("Posts and API tokens")
    index_view_class = posts.ConsularPostIndexView
    inspect_view_class = posts.ConsularPostInspectView
    delete_view_class = posts.ConsularPostDeleteView
    inspect_view_enabled = True
    inspect_view_fields = ["name", "code", "country", "city", "email"]
    copy_view_enabled = False
    search_fields = ["name", "code", "city", "country"]
    search_backend_name = None
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="consular_posts:inspect"),
        "code",
        "country",
        "city",
        "email",
    ]

    def get_edit_handler(self):
        panels = [
            FieldRowPanel([FieldPanel("name"), FieldPanel("code")]),
            FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
            FieldPanel("email"),
            FieldPanel("staff", widget=forms.CheckboxSelectMultiple),
        ]
        return ObjectList(panels, base_form_class=ConsularPostForm).bind_to_model(self.model)

    def get_urlpatterns(self):
        return with_403(
            [
                *super().get_urlpatterns(),
                path("<int:pk>/tokens/new/", posts.IssueTokenView.as_view(), name="issue_token"),
                path(
                    "tokens/<int:pk>/revoke/",
                    posts.RevokeTokenView.as_view(),
                    name="revoke_token",
                ),
            ]
        )


class OrderViewSet(ViewSet):
    name = "consular_orders"
    url_prefix = "consular-orders"
    icon = "clipboard-list"
    menu_label = _("Material orders")
    menu_item_class = PostsMenuItem

    def get_urlpatterns(self):
        return with_403(
            [
                path("", orders.OrderIndexView.as_view(), name="index"),
                path("new/", orders.OrderCreateView.as_view(), name="add"),
                path("<int:pk>/", orders.OrderDetailView.as_view(), name="detail"),
                path("<int:pk>/approve/", orders.ApproveOrderView.as_view(), name="approve"),
                path("<int:pk>/reject/", orders.RejectOrderView.as_view(), name="reject"),
                path("<int:pk>/ship/", orders.ShipOrderView.as_view(), name="ship"),
                path("<int:pk>/receive/", orders.ReceiveOrderView.as_view(), name="receive"),
            ]
        )


class ReportViewSet(ViewSet):
    name = "distribution_reports"
    url_prefix = "distribution-reports"
    icon = "tasks"
    menu_label = _("Distribution reports")
    menu_item_class = PostsMenuItem

    def get_urlpatterns(self):
        return with_403(
            [
                path("", reports.ReportIndexView.as_view(), name="index"),
                path("new/", reports.ReportCreateView.as_view(), name="add"),
                path("<int:pk>/", reports.ReportDetailView.as_view(), name="detail"),
                path("<int:pk>/edit/", reports.ReportEditView.as_view(), name="edit"),
                path("<int:pk>/delete/", reports.ReportDeleteView.as_view(), name="delete"),
                path("<int:pk>/submit/", reports.SubmitReportView.as_view(), name="submit"),
                path("<int:pk>/approve/", reports.ApproveReportView.as_view(), name="approve"),
                path("<int:pk>/reopen/", reports.ReopenReportView.as_view(), name="reopen"),
            ]
        )


class ConsularPostsGroup(ViewSetGroup):
    items = (ConsularPostViewSet, OrderViewSet, ReportViewSet)
    menu_label = _("Consular posts")
    menu_icon = "site"
    menu_order = 320
