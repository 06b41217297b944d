"""`/healthz`: what a load balancer and an operator need to know about this server, as JSON.

The database decides readiness (503 when it does not answer: no page can be served). The cache,
the search backend and the background queue are reported beside it: when one of them fails the
server still serves pages (uncached, or without search), so the status is "degraded" with a 200.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from django_tasks_db.models import DBTaskResult

from search.backends import elasticsearch

# A queue whose oldest waiting task is older than this has no worker running (or too few).
QUEUE_STALE_SECONDS = 15 * 60


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> dict:
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    key, value = "healthz:probe", uuid.uuid4().hex
    cache.set(key, value, 30)
    # A dummy cache (benchmarks) remembers nothing: it is working as configured.
    remembered = cache.get(key) == value or backend == "DummyCache"
    return {"backend": backend, "status": "ok" if remembered else "error"}


def check_search() -> dict:
    if elasticsearch.enabled():
        return {"backend": "elasticsearch", "status": "ok" if elasticsearch.client().ping() else "error"}
    return {"backend": "database", "status": "ok"}


def check_tasks() -> dict:
    """The queue's backend, how many tasks wait, and how long the oldest has waited (seconds)."""
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db."):
        return {"backend": backend.rsplit(".", 1)[-1], "status": "ok"}
    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {
        "backend": "database",
        "status": "stale" if age > QUEUE_STALE_SECONDS else "ok",
        "waiting": waiting.count(),
        "oldest_waiting_seconds": age,
        "failed": DBTaskResult.objects.failed().count(),
    }


def _guarded(check):
    try:
        return check()
    except Exception as error:  # a failing part is reported, never raised: this page must answer
        return {"status": "error", "error": error.__class__.__name__}


@never_cache
@require_GET
def healthz(request):
    """200 with a JSON status when the database answers, 503 otherwise (for load balancers)."""
    try:
        check_database()
    except Exception as error:  # any database failure means "not ready"
        return JsonResponse({"status": "error", "database": error.__class__.__name__}, status=503)
    report = {
        "status": "ok",
        "database": "ok",
        "cache": _guarded(check_cache),
        "search": _guarded(check_search),
        "tasks": _guarded(check_tasks),
    }
    if any(report[part]["status"] != "ok" for part in ("cache", "search", "tasks")):
        report["status"] = "degraded"
    return JsonResponse(report)
