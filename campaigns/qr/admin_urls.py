"""The scan report's admin URLs, registered under /admin/qr-scans/ by wagtail_hooks."""

from django.urls import path

from . import admin_views

app_name = "qr_admin"

urlpatterns = [
    path("", admin_views.report, name="report"),
    path("scans.csv", admin_views.report_csv, name="csv"),
]
