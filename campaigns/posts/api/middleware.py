"""JSON for every error under /api/, whoever answered it.

The API's own errors are JSON already (`app`). This catches the rest: ninja's 405 for a method
an address does not take, and anything Django answers before or after the API's view, such as a
500 from a middleware, which would otherwise be the public site's HTML error page.
"""

from django.http import JsonResponse

from .app import SERVER_ERROR

API_PREFIX = "/api/"
# Headers the error's meaning depends on, kept from the original answer.
KEPT_HEADERS = ("Allow", "WWW-Authenticate", "Retry-After")


class JsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        json_response = JsonResponse(
            {"detail": _detail(request, response)}, status=response.status_code
        )
        for header in KEPT_HEADERS:
            if header in response:
                json_response[header] = response[header]
        return json_response


def _detail(request, response):
    if response.status_code >= 500:
        return SERVER_ERROR
    if response.status_code == 405:
        return f"Method {request.method} is not allowed here; use {response['Allow']}."
    return f"{response.status_code} {response.reason_phrase}."
