"""Settings for the test suite: fast hashing, mail kept in memory by anymail's test backend."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-not-for-any-real-site-0123456789"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The outbox delivers through anymail's test backend, which fills django.core.mail.outbox.
EMAIL_BACKEND = "campaigns.mail.backends.QueuedEmailBackend"
MAIL_DELIVERY_BACKEND = "anymail.backends.test.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}

# Tests that publish static pages turn this on themselves (tests/frame/test_static_pages.py).
STATIC_PAGES_AUTO = False
STATIC_PAGES_BACKGROUND = False
