"""Settings for the test suite: fast hashing, mail kept in memory by anymail's test backend."""

from .base import *  # noqa: F403
from .base import REDIS_URL

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

# One process, and its own: not the file cache in var/, which other test runs and `make run`
# in this checkout share. tests/frame/test_login.py shows the default cache shared between
# processes; with REDIS_URL (tests/frame/test_cache_redis.py's other worker) Redis stays.
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}

# Tests that publish static pages turn this on themselves (tests/frame/test_static_pages.py).
STATIC_PAGES_AUTO = False
STATIC_PAGES_BACKGROUND = False
