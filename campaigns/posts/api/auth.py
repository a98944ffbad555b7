"""The API's authentication: a consular post's bearer token, never a session or a cookie."""

import re
from datetime import timedelta

from django.utils import timezone
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from ..models import ApiToken

# How stale ApiToken.last_used_at may be: a write per request would be a write per request.
LAST_USED_RESOLUTION = timedelta(minutes=1)

MISSING_TOKEN = "Authentication required: send the header 'Authorization: Bearer <token>'."
MALFORMED_TOKEN = "Malformed Authorization header: expected 'Bearer <token>'."
# What ApiToken.issue's secrets are made of (secrets.token_urlsafe): anything else, NUL or a
# megabyte included, is refused before it reaches the database.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,200}")
# Unknown, expired and revoked tokens get the same answer: telling them apart would tell a
# guesser which prefixes exist.
INVALID_TOKEN = "Invalid or expired token."


class TokenError(AuthenticationError):
    """A 401 saying what was wrong, with RFC 6750's error code for WWW-Authenticate."""

    def __init__(self, message, error=None):
        super().__init__(status_code=401, message=message)
        self.error = error


class PostToken(HttpBearer):
    """A consular post's API token, sent as `Authorization: Bearer <token>`.

    ninja's HttpBearer answers a missing header and a refused token with the same bare 401; the
    post's IT contact needs to know which of the two to fix.
    """

    def __call__(self, request):
        header = request.headers.get(self.header, "").strip()
        if not header:
            raise TokenError(MISSING_TOKEN)
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != self.openapi_scheme or not secret.strip():
            raise TokenError(MALFORMED_TOKEN, error="invalid_request")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request, token):
        api_token = ApiToken.authenticate(token) if TOKEN_PATTERN.fullmatch(token) else None
        if api_token is None:
            raise TokenError(INVALID_TOKEN, error="invalid_token")
        _record_use(api_token)
        return api_token


def _record_use(api_token):
    """Note when a token was last used, at most once a minute so reads stay reads."""
    now = timezone.now()
    if api_token.last_used_at is None or now - api_token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        api_token.last_used_at = now
