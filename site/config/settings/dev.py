"""Settings for a developer's machine and for `make run` (which turns DEBUG off)."""

from .base import *  # noqa: F403
from .base import VAR_DIR, env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
# A developer's secret: generated once per checkout, never committed.
_secret_file = VAR_DIR / "secret_key"
if not SECRET_KEY:  # noqa: F405
    import secrets

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    if not _secret_file.exists():
        _secret_file.write_text(secrets.token_urlsafe(50))
    SECRET_KEY = _secret_file.read_text().strip()
