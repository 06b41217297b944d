"""`/healthz` and the reader's pages when a part of the system fails."""

import http.client
import io
import json
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import OperationalError, connection
from django.test import Client, override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult, get_date_max
from pythonjsonlogger.json import JsonFormatter

from cms.settings.base import TASK_QUEUES, TASKS_BACKENDS

DATABASE_TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"], "QUEUES": TASK_QUEUES}}


def refuse(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


def test_healthz_reports_every_part_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok" and report["database"] == "ok"
    assert report["cache"]["status"] == "ok"
    assert report["search"] == {"backend": "database", "status": "ok"}
    assert report["tasks"]["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_is_503_json_when_the_database_is_down():
    with connection.execute_wrapper(refuse):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "OperationalError"}


def test_healthz_reports_the_age_of_the_oldest_waiting_task(client, db):
    waiting = DBTaskResult.objects.create(
        task_path="search.indexing.index_story",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
    )
    DBTaskResult.objects.filter(pk=waiting.pk).update(enqueued_at=timezone.now() - timedelta(hours=2))
    with override_settings(TASKS=DATABASE_TASKS):
        report = client.get("/healthz").json()
    assert report["tasks"]["backend"] == "database"
    assert report["tasks"]["waiting"] == 1
    assert report["tasks"]["oldest_waiting_seconds"] >= 7200
    assert report["tasks"]["status"] == "stale"
    assert report["status"] == "degraded"


def test_healthz_reports_an_empty_queue_as_ok(client, db):
    with override_settings(TASKS=DATABASE_TASKS):
        report = client.get("/healthz").json()
    assert report["tasks"] == {
        "backend": "database",
        "status": "ok",
        "waiting": 0,
        "oldest_waiting_seconds": 0,
        "failed": 0,
    }


def test_healthz_reports_a_cache_that_forgets_as_degraded(client, db, monkeypatch):
    monkeypatch.setattr("home.health.cache.get", lambda key: None)
    report = client.get("/healthz").json()
    assert report["cache"]["status"] == "error"
    assert report["status"] == "degraded"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reader_page_is_a_503_in_the_urls_language_when_the_database_is_down():
    reader = Client(raise_request_exception=False)
    with connection.execute_wrapper(refuse):
        response = reader.get("/ru/outlets/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in html
    assert 'class="error-page"' in html
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_503_page_in_uyghur_arabic_script_is_right_to_left():
    reader = Client(raise_request_exception=False)
    with connection.execute_wrapper(refuse):
        html = reader.get("/ug-arab/").content.decode()
    assert '<html lang="ug-arab" dir="rtl">' in html


def test_every_response_carries_a_request_id_and_keeps_the_proxys(client, db):
    generated = client.get("/robots.txt")
    assert len(generated["X-Request-ID"]) == 32
    forwarded = client.get("/robots.txt", headers={"X-Request-ID": "proxy-1234"})
    assert forwarded["X-Request-ID"] == "proxy-1234"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_log_lines_are_json_objects_with_the_request_id():
    configured = next(h for h in logging.getLogger().handlers if isinstance(h.formatter, JsonFormatter))
    # A handler like the configured one, writing here (the configured one's stream may be a stream pytest
    # has already closed, which setStream would flush).
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(configured.formatter)
    for log_filter in configured.filters:
        handler.addFilter(log_filter)
    logging.getLogger().addHandler(handler)
    try:
        with connection.execute_wrapper(refuse):
            Client(raise_request_exception=False).get("/ru/", headers={"X-Request-ID": "proxy-42"})
    finally:
        logging.getLogger().removeHandler(handler)
    line = json.loads(stream.getvalue().splitlines()[0])
    assert line["request_id"] == "proxy-42"
    assert line["level"] == "ERROR" and line["logger"] == "home.middleware"
    assert line["message"] == "database unavailable: OperationalError"


def test_production_settings_pass_djangos_deployment_checks():
    environment = {
        # Without what the browser tests set for Playwright in this process (never set in production).
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_gunicorn_serves_healthz_and_logs_json_access_lines_with_the_request_id(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        # Without what the browser tests set for Playwright in this process (never set in production).
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "cms.wsgi"], cwd=settings.BASE_DIR, env=environment, stdout=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", "/healthz", headers={"X-Request-ID": "ci-7"})
                response = connection.getresponse()
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        assert response.status == 200
        assert response.getheader("X-Request-ID") == "ci-7"
        assert json.loads(response.read())["database"] == "ok"
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    access = [json.loads(line) for line in output.splitlines() if '"ci-7"' in line]
    assert access and access[0]["path"] == "/healthz" and access[0]["status"] == 200
