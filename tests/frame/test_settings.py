"""The production settings module, exercised in a fresh interpreter as a deployment would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 30 + "production-like-secret-key-for-the-check-" + "y" * 20,
    "DJANGO_ALLOWED_HOSTS": "anitp.example.org",
    "DJANGO_EMAIL_BACKEND": "anymail.backends.mailgun.EmailBackend",
    "ANYMAIL_MAILGUN_API_KEY": "key-test",
}


def run_manage(*args, env_overrides=None, drop=()):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ANYMAIL_"))}
    env.update(PRODUCTION_ENV)
    env.update(env_overrides or {})
    for key in drop:
        env.pop(key, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", drop=("DJANGO_SECRET_KEY",))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_mail_that_does_not_go_through_anymail():
    result = run_manage(
        "check",
        env_overrides={"DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend"},
    )
    assert result.returncode != 0
    assert "django-anymail" in result.stderr


def test_production_passes_the_deployment_checklist_with_no_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_reads_the_database_from_database_url():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        env_overrides={"DATABASE_URL": "postgres://u:p@db.internal:5432/anitp"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "django.db.backends.postgresql"
