"""Settings shared by every environment; what differs per machine comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .languages import CONTENT_LANGUAGES, DEFAULT_LANGUAGE, FALLBACKS

SITE_DIR = Path(__file__).resolve().parent.parent.parent
BASE_DIR = SITE_DIR.parent
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin and the apps it translates.
    # Our `migrate` (wagtail-modeltranslation's plus slug indexes) must win over theirs.
    "campaigns.languages.migrate",
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "campaigns.languages",
    "campaigns.frame",
    "campaigns.taxonomy",
    "campaigns.pna",
    "campaigns.pages",
    "campaigns.translations",
    "campaigns.materials",
    "campaigns.posts",
    "campaigns.qr",
    "campaigns.reach",
    "campaigns.demo",
    "campaigns.ops",
    "campaigns.mail",
    "campaigns.submissions",
    "campaigns.exports",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "anymail",
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "campaigns.frame.security.SecurityHeadersMiddleware",
    # Errors under /api/ in JSON, whoever answered them (a 405, a 500 from a middleware).
    "campaigns.posts.api.middleware.JsonErrorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "campaigns.languages.middleware.LocaleMiddleware",
    # After the language is chosen, so the refusal speaks it.
    "campaigns.frame.inputs.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "campaigns.frame.static_pages.StaticPagesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "campaigns.languages.context_processors.languages",
                "campaigns.frame.context_processors.frame",
            ],
        },
    },
]

# SQLite in var/ by default; PostgreSQL (or another server) from DATABASE_URL. Persistent
# connections (DJANGO_DB_CONN_MAX_AGE seconds) save a connection per request on a server database;
# the health check drops one the server closed instead of failing the request on it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_DB_CONN_MAX_AGE", "0")),
        conn_health_checks=env_bool("DJANGO_DB_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to one file: writers queue for the lock (IMMEDIATE, with
    # a timeout) instead of failing with "database is locked", and readers never wait (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend uses PostgreSQL's full-text search through it.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: see languages.py for the list and the fallback chains.
LANGUAGE_CODE = DEFAULT_LANGUAGE
LANGUAGES = [(code, _(name)) for code, name in CONTENT_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Bucharest"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "django_language"

MODELTRANSLATION_DEFAULT_LANGUAGE = DEFAULT_LANGUAGE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in CONTENT_LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = FALLBACKS
MODELTRANSLATION_TRANSLATION_FILES = ()
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# Content translation is modeltranslation's (one column per language), not Wagtail's
# one-tree-per-locale model, so Wagtail keeps a single Locale.
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [(DEFAULT_LANGUAGE, "Română")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ro", "Română"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", SITE_DIR / "static_collected"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))


def s3_media_storage(environ=os.environ):
    """The STORAGES entry for media on S3-compatible object storage, or None for local files.

    Chosen by DJANGO_MEDIA_S3_BUCKET, so several application servers share one media store.
    Credentials are boto3's own (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the machine's
    role), never written into settings. Page images are read straight from the bucket (or the
    CDN named by DJANGO_MEDIA_CUSTOM_DOMAIN), so their URLs are plain, unsigned ones: a page
    written as a static file must not carry a signature that expires. Material files and
    documents are streamed by the site after its checks (deploy/s3-media-policy.json keeps
    the bucket from handing them out itself).
    """
    bucket = environ.get("DJANGO_MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None,
            "custom_domain": environ.get("DJANGO_MEDIA_CUSTOM_DOMAIN") or None,
            "location": environ.get("DJANGO_MEDIA_S3_PREFIX", ""),
            # As on the file system: a second upload of the same name gets a new name, so a
            # cached copy of the old file is never served under the new one's URL.
            "file_overwrite": False,
            "querystring_auth": False,
            "default_acl": None,
            "object_parameters": {
                "CacheControl": environ.get("DJANGO_MEDIA_CACHE_CONTROL", "public, max-age=86400")
            },
        },
    }


def s3_media_url(options):
    """The public address of media stored with `options` (the CDN's, else the bucket's).

    The storage builds each file's URL itself; MEDIA_URL tells the rest of the site (the
    Content-Security-Policy) which origin those URLs are on.
    """
    bucket, location = options["bucket_name"], options["location"].strip("/")
    endpoint = (options["endpoint_url"] or "").rstrip("/")
    if options["custom_domain"]:
        base = f"https://{options['custom_domain']}"
    elif endpoint and options["addressing_style"] != "virtual":
        base = f"{endpoint}/{bucket}"
    elif endpoint:
        scheme, _sep, host = endpoint.partition("://")
        base = f"{scheme}://{bucket}.{host}"
    else:
        region = options["region_name"] or "us-east-1"
        base = f"https://{bucket}.s3.{region}.amazonaws.com"
    return f"{base}/{location}/" if location else f"{base}/"


STORAGES = {
    "default": s3_media_storage() or {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if "OPTIONS" in STORAGES["default"]:
    MEDIA_URL = s3_media_url(STORAGES["default"]["OPTIONS"])
# Documents always pass through Django, where Wagtail applies their privacy settings; on S3 its
# default would redirect to the bucket, which does not hand them out (deploy/s3-media-policy.json).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Serve user uploads from Django only where no web server or object storage does (make run).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)

WAGTAIL_SITE_NAME = "ANITP"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend, with the visitor's words cleaned of what breaks its query syntax.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "campaigns.pages.search_backend"}}
# Documents are the video block's videos and captions and PDFs, checked by their content like
# material files, and always served as downloads with nosniff, never shown inline on the site's
# origin; images are decoded whole before they are accepted (campaigns/materials/library.py,
# README "Uploads").
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp4", "webm", "vtt"]
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "vtt": "text/vtt",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_DOCUMENT_FORM_BASE = "campaigns.materials.library.CheckedDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "campaigns.materials.library.CheckedImageForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# All outgoing mail is stored in the outbox (campaigns.mail) and delivered through
# django-anymail; the ESP is chosen by the environment. `send_queued_mail` retries failures.
EMAIL_BACKEND = "campaigns.mail.backends.QueuedEmailBackend"
MAIL_DELIVERY_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "anymail.backends.console.EmailBackend"
)
MAIL_MAX_ATTEMPTS = int(os.environ.get("DJANGO_MAIL_MAX_ATTEMPTS", "10"))
MAIL_RETRY_SECONDS = 60  # doubled after each failure, at most 4 hours apart
MAIL_KEEP_SENT_DAYS = 7
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "ANITP <no-reply@anitp.mai.gov.ro>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_")
}

# The public frame.
HOTLINE_NUMBER = "0800 800 678"
EMERGENCY_NUMBER = "112"
# Where "Exit this page" goes: a neutral, commonly visited page.
EXIT_THIS_PAGE_URL = os.environ.get("EXIT_THIS_PAGE_URL", "https://www.google.com/")


def redis_caches(url, key_prefix="anitp"):
    """CACHES for one Redis shared by every worker (`url`: redis://host:port/db)."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": key_prefix,
        }
    }


def file_caches(var_dir):
    """CACHES for the workers of one machine: files in <var_dir>/cache."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(Path(var_dir) / "cache"),
            # Room for the login counts of many addresses besides the site's own entries
            # (Django's default of 300 would soon drop counts at random to make room).
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }


# With REDIS_URL every worker on every machine shares one cache, and sessions are read from it
# (written through to the database, so a Redis restart logs nobody out). Without it, the workers
# of this machine share files in var/cache/ (`make run`, a one-machine deployment): never the
# local-memory cache, whose login counts are per worker. Files rather than the database cache:
# no table for every `migrate` (deploys, tests, the load test, restores) to create, no query
# nor SQLite write lock on every read of Wagtail's cached site roots and renditions. Several
# machines need Redis in any case (README, Deployment).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL, os.environ.get("DJANGO_CACHE_KEY_PREFIX", "anitp"))
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = file_caches(VAR_DIR)

# Every handler redacts visitors' addresses (campaigns/frame/logs.py, deploy/LOGGING.md). The
# "django" loggers are set here too: Django's own handlers for them (the error mails to ADMINS
# among them) would print the request's REMOTE_ADDR and X-Forwarded-For as they came.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "campaigns.frame.logs.RedactingFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]},
        "mail_admins": {
            "class": "campaigns.frame.error_mail.RedactingAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "redact"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": "INFO", "propagate": False},
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Security (issue 6) -------------------------------------------------------------------
# Content-Security-Policy and Permissions-Policy come from campaigns/frame/security.py; HSTS and
# secure cookies from production.py. These hold everywhere, development included.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Origins uploads are served from besides this site (object storage, a CDN), for the CSP.
CSP_MEDIA_SOURCES = env_list("DJANGO_CSP_MEDIA_SOURCES")
# No avatars from gravatar.com in the admin: it would leak staff e-mail hashes to a third party
# and break the admin's CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a call to releases.wagtail.org from every coordinator's dashboard.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Admin logins: after this many failures within the window for one username from one client
# address, or from one address in all, the login form refuses that username from that address,
# or that address (campaigns/frame/login.py). Never a username from everywhere: that would let
# anyone lock a coordinator out.
LOGIN_THROTTLE = {
    "window_seconds": int(os.environ.get("DJANGO_LOGIN_THROTTLE_WINDOW", "900")),
    "max_per_username_and_address": int(
        os.environ.get("DJANGO_LOGIN_THROTTLE_PER_USERNAME_AND_ADDRESS", "5")
    ),
    "max_per_address": int(os.environ.get("DJANGO_LOGIN_THROTTLE_PER_ADDRESS", "20")),
}
# "Forgotten password" requests: per client address (then HTTP 429), and mails per e-mail
# address (then none is sent, silently: the links already sent still work).
PASSWORD_RESET_THROTTLE = {
    "window_seconds": int(os.environ.get("DJANGO_PASSWORD_RESET_THROTTLE_WINDOW", "3600")),
    "max_per_address": int(os.environ.get("DJANGO_PASSWORD_RESET_THROTTLE_PER_ADDRESS", "5")),
    "max_per_email": int(os.environ.get("DJANGO_PASSWORD_RESET_THROTTLE_PER_EMAIL", "3")),
}
# The request header holding the client's address when a proxy sits in front (empty: the
# connection's own address). The last address of X-Forwarded-For is the one nginx saw.
CLIENT_ADDRESS_HEADER = os.environ.get("DJANGO_CLIENT_ADDRESS_HEADER", "")

# --- Static pages (issue 6) ---------------------------------------------------------------
# Every live public page is written, per language, as <root>/<lang>/<path>/index.html for nginx
# to serve without Python (campaigns/frame/static_pages.py); Django answers what is not there.
STATIC_PAGES_ROOT = Path(os.environ.get("DJANGO_STATIC_PAGES_ROOT", VAR_DIR / "static-pages"))
# The public address pages are rendered at (their hreflang links are absolute).
STATIC_PAGES_BASE_URL = os.environ.get("DJANGO_STATIC_PAGES_BASE_URL", WAGTAILADMIN_BASE_URL)
# Rewrite the files when an editor's request changes what pages show, in a background thread.
STATIC_PAGES_AUTO = env_bool("DJANGO_STATIC_PAGES_AUTO", True)
STATIC_PAGES_BACKGROUND = env_bool("DJANGO_STATIC_PAGES_BACKGROUND", True)
# A CDN in front: every language's address of each page written or removed is purged. Not
# wagtail.contrib.frontend_cache's own signal handlers (not in INSTALLED_APPS): they purge one
# language, and before the new file is written.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("DJANGO_FRONTEND_CACHE_URL"):  # Varnish, nginx proxy_cache_purge, ...
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["DJANGO_FRONTEND_CACHE_URL"],
    }
if os.environ.get("DJANGO_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["DJANGO_CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("DJANGO_CLOUDFLARE_BEARER_TOKEN", ""),
    }
if os.environ.get("DJANGO_CLOUDFRONT_DISTRIBUTION_ID"):  # needs boto3
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["DJANGO_CLOUDFRONT_DISTRIBUTION_ID"],
    }
