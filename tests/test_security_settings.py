"""Headers and configuration: a Content-Security-Policy for the reader site and one the Wagtail admin
works under, a Permissions-Policy, `check --deploy` clean under production settings, mail from the
environment."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

from tests.helpers import login, make_user

ROOT = Path(__file__).resolve().parent.parent


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def production(code: str, **environment) -> str:
    env = {
        # Without what the browser tests set for Playwright in this process (never set in production).
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "ethnicpress.kz",
        **environment,
    }
    result = subprocess.run(
        [sys.executable, *code.split()] if code.startswith("manage.py") else [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_check_deploy_is_clean_under_production_settings():
    output = production("manage.py check --deploy --fail-level WARNING")
    assert "no issues" in output


def test_mail_comes_from_the_environment():
    names = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "DEFAULT_FROM_EMAIL", "WAGTAILADMIN_BASE_URL"]
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps([getattr(settings, name) for name in {names!r}]))"
    )
    configured = json.loads(
        production(
            code,
            EMAIL_HOST="smtp.ethnicpress.kz",
            EMAIL_PORT="465",
            EMAIL_USE_SSL="1",
            DEFAULT_FROM_EMAIL="Этникалық баспасөз <noreply@ethnicpress.kz>",
            BASE_URL="https://ethnicpress.kz",
        )
    )
    assert configured == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.ethnicpress.kz",
        465,
        "Этникалық баспасөз <noreply@ethnicpress.kz>",
        "https://ethnicpress.kz",
    ]


def test_field_limits_are_djangos_defaults():
    assert settings.DATA_UPLOAD_MAX_NUMBER_FIELDS == 1000


@pytest.mark.django_db
def test_reader_pages_carry_a_strict_policy(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    # Everything the page runs is its own file (JSON-LD is data, not script).
    html = response.content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/static/' in tag or "application/ld+json" in tag or "application/json" in tag, tag


@pytest.mark.django_db
def test_the_admin_has_a_policy_its_pages_work_under(article):
    user = make_user("policy-admin")
    user.is_superuser = True
    user.save()
    client = login(user)
    for url in ("/admin/", f"/admin/pages/{article.pk}/edit/", f"/admin/pages/{article.get_parent().pk}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        csp = policy(response)
        assert "'self'" in csp["script-src"] and "'unsafe-inline'" in csp["script-src"], url
        assert csp["frame-ancestors"] == ["'self'"]
        for source in re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', response.content.decode()):
            assert source.startswith("/"), (url, source)  # same origin: allowed by 'self'
