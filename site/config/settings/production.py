"""Settings for production: everything secret or host-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

# A gunicorn worker keeps its database connection between requests unless told otherwise.
if "DJANGO_DB_CONN_MAX_AGE" not in os.environ:
    DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Behind a TLS-terminating proxy (nginx, the CDN).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# EMAIL_BACKEND stays the outbox (base.py); what it delivers through must be django-anymail.
MAIL_DELIVERY_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "")
if not MAIL_DELIVERY_BACKEND.startswith("anymail."):
    raise ImproperlyConfigured(
        "DJANGO_EMAIL_BACKEND must name a django-anymail backend, "
        "e.g. anymail.backends.mailgun.EmailBackend, with its ANYMAIL_* credentials."
    )
ADMINS = [("ANITP web team", addr) for addr in env_list("DJANGO_ADMIN_EMAILS")]

# --- Security (issue 6): behind nginx every connection comes from the proxy; the client's own
# address (for login throttling) is the last entry nginx appends to X-Forwarded-For.
CLIENT_ADDRESS_HEADER = os.environ.get("DJANGO_CLIENT_ADDRESS_HEADER", "HTTP_X_FORWARDED_FOR")
# nginx serves material files from an `internal` location once Django has checked them.
MATERIAL_FILES_ACCEL_PREFIX = os.environ.get("DJANGO_MATERIAL_FILES_ACCEL_PREFIX", "")
