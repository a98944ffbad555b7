"""Short links and their QR images, included outside i18n_patterns at /q/.

The language is part of the address after the material's key, not a prefix: printed codes stay
short, and the scan's language is counted whatever the reader's browser prefers.
"""

from django.urls import path

from . import views

app_name = "qr"

urlpatterns = [
    path("<slug:key>/<str:language>/", views.scan, name="scan"),
    path("<slug:key>/<str:language>/<slug:post>/", views.scan, name="scan_post"),
    path("<slug:key>/<str:language>/qr.<str:kind>", views.image, name="image"),
    path("<slug:key>/<str:language>/<slug:post>/qr.<str:kind>", views.image, name="image_post"),
]
