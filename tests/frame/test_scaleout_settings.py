"""The production settings past one machine: database, media and cache chosen by the environment."""

import json

from .local_servers import ROOT, run_django
from .test_settings import PRODUCTION_ENV

SHOW_SETTINGS = """
import json
from django.conf import settings
database = settings.DATABASES["default"]
print(json.dumps({
    "engine": database["ENGINE"],
    "conn_max_age": database["CONN_MAX_AGE"],
    "health_checks": database["CONN_HEALTH_CHECKS"],
    "postgres_app": "django.contrib.postgres" in settings.INSTALLED_APPS,
    "media": settings.STORAGES["default"]["BACKEND"],
    "media_options": settings.STORAGES["default"].get("OPTIONS", {}),
    "media_url": settings.MEDIA_URL,
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "sessions": settings.SESSION_ENGINE,
}))
"""


def production_settings(**env):
    output = run_django(SHOW_SETTINGS, {**PRODUCTION_ENV, **env})
    return json.loads(output.strip().splitlines()[-1])


def test_one_machine_by_default():
    shown = production_settings(DATABASE_URL="sqlite:////tmp/anitp-settings-check.sqlite3")
    assert shown["engine"] == "django.db.backends.sqlite3"
    assert not shown["postgres_app"]
    assert shown["media"] == "django.core.files.storage.FileSystemStorage"
    assert shown["media_url"] == "/media/"
    # Shared by the machine's workers (login throttling counts), never per process.
    assert shown["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert shown["cache_location"] == str(ROOT / "var" / "cache")
    assert shown["sessions"] == "django.contrib.sessions.backends.db"


def test_postgresql_s3_and_redis_from_the_environment():
    shown = production_settings(
        DATABASE_URL="postgres://anitp:secret@db.internal:5432/anitp",
        DJANGO_MEDIA_S3_BUCKET="anitp-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_REGION_NAME="eu-central-1",
        DJANGO_MEDIA_CUSTOM_DOMAIN="media.anitp.example",
        REDIS_URL="redis://cache.internal:6379/1",
    )
    assert shown["engine"] == "django.db.backends.postgresql"
    assert shown["postgres_app"]  # Wagtail's PostgreSQL search needs it
    assert shown["conn_max_age"] == 60
    assert shown["health_checks"] is True
    assert shown["media"] == "storages.backends.s3.S3Storage"
    options = shown["media_options"]
    assert options["bucket_name"] == "anitp-media"
    assert options["endpoint_url"] == "https://s3.example.org"
    assert options["custom_domain"] == "media.anitp.example"
    assert options["querystring_auth"] is False
    assert "access_key" not in options and "secret_key" not in options  # boto3 reads them
    assert shown["media_url"] == "https://media.anitp.example/"  # for the CSP's img-src
    assert shown["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert shown["cache_location"] == "redis://cache.internal:6379/1"
    assert shown["sessions"] == "django.contrib.sessions.backends.cached_db"
