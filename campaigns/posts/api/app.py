"""The NinjaAPI instance and its error answers: every error is JSON `{"detail": "..."}`."""

import logging

from django.core.exceptions import SuspiciousOperation
from ninja import NinjaAPI
from ninja.errors import ValidationError

from campaigns.taxonomy.models import Audience

from .auth import PostToken, TokenError

API_VERSION = "1"
# The URLconf that mounts the API (this package's __init__): see MaterialsAPI.
API_URLCONF = "campaigns.posts.api"
SERVER_ERROR = "Internal server error. It has been logged; try again later."

logger = logging.getLogger(__name__)


class MaterialsAPI(NinjaAPI):
    """NinjaAPI whose 404s stay JSON 404s and whose schema names the current audiences.

    The API is mounted outside the language prefix, so Django's LocaleMiddleware treats its 404s
    as "the language is missing from the address" and redirects `/api/v1/materials/x` to
    `/<lang>/api/v1/materials/x/`, which Wagtail then answers with an HTML page. The middleware
    asks `request.urlconf` whether language prefixes are in use; pointing it at the API's own
    URLconf, which has none, leaves the API's answer alone.
    """

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if response.status_code == 404:
            request.urlconf = API_URLCONF
        return response

    def get_openapi_operation_id(self, operation):
        # The ids the operations had when the API was one module: generated clients name their
        # methods after them.
        return f"campaigns_posts_api_{operation.view_func.__name__}"

    def get_openapi_schema(self, *args, **kwargs):
        """The schema with the audience keys as they are now: coordinators add audiences."""
        schema = super().get_openapi_schema(*args, **kwargs)
        keys = list(Audience.objects.order_by("key").values_list("key", flat=True))
        for operations in schema["paths"].values():
            for operation in operations.values():
                for parameter in operation.get("parameters", []):
                    if parameter["name"] == "audience":
                        # With no audience at all, no value is valid.
                        parameter["schema"].update({"enum": keys} if keys else {"not": {}})
        return schema


api = MaterialsAPI(
    title="ANITP materials API",
    version=API_VERSION,
    description=(
        "Read access for Romania's consular posts to the current prevention materials of the "
        "National Agency against Trafficking in Persons (ANITP): the catalogue with one file "
        "per language, single downloads and ZIP bundles. Every call except this documentation "
        "needs the post's token: `Authorization: Bearer <token>`. Withdrawn materials (past "
        "their review-by date) are never listed or served. Errors, a server error included, "
        'are JSON: `{"detail": "..."}`.'
    ),
    urls_namespace="materials_api",
    docs_url="/docs",
    auth=PostToken(),
)


@api.exception_handler(TokenError)
def _token_error(request, exc):
    response = api.create_response(request, {"detail": exc.message}, status=401)
    challenge = 'Bearer realm="ANITP materials API"'
    if exc.error:
        challenge += f', error="{exc.error}"'
    response["WWW-Authenticate"] = challenge
    return response


@api.exception_handler(ValidationError)
def _validation_error(request, exc):
    """ninja's own 422 (e.g. limit=1000) in the same `detail` form as ours, details kept."""
    messages = []
    for error in exc.errors:
        where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        messages.append(f"{where}: {error.get('msg', 'invalid')}")
    detail = "Invalid request. " + "; ".join(messages) if messages else "Invalid request."
    return api.create_response(request, {"detail": detail, "errors": exc.errors}, status=422)


@api.exception_handler(SuspiciousOperation)
def _bad_request(request, exc):
    """Django's refusals of a request itself (too many parameters, say): the client's error."""
    return api.create_response(request, {"detail": f"Bad request: {exc}"}, status=400)


@api.exception_handler(Exception)
def _server_error(request, exc):
    """A bug, answered in JSON like every other error; the traceback goes to the log."""
    logger.error(
        "Internal error in the materials API: %s %s",
        request.method,
        request.get_full_path(),
        exc_info=exc,
    )
    return api.create_response(request, {"detail": SERVER_ERROR}, status=500)
