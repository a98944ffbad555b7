from django.urls import path

from . import views

app_name = "campaign_translations"

urlpatterns = [
    path("", views.ReportView.as_view(), name="report"),
    path("export/", views.bulk_export, name="bulk_export"),
    path("page/<int:page_id>/", views.PageTranslationsView.as_view(), name="page"),
    path("page/<int:page_id>/export/<str:language>/", views.export_page, name="export"),
]
