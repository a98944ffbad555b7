"""Error pages that speak the visitor's language and never depend on the database."""

from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", {"is_error_page": True}, status=404)


def server_error(request):
    return render(request, "500.html", {"is_error_page": True}, status=500)
