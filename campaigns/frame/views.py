"""Error pages that speak the visitor's language and never depend on the database."""

from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", {"is_error_page": True}, status=404)


def server_error(request):
    return render(request, "500.html", {"is_error_page": True}, status=500)


def bad_request(request, exception=None):
    # Django's own handler renders 400.html without this flag; a refused Host header must not
    # reach the database on its way to the visitor.
    return render(request, "400.html", {"is_error_page": True}, status=400)
