"""gunicorn's settings for production: `gunicorn cms.wsgi` reads this file from the project folder.

Every value can be changed from the environment (GUNICORN_* below, or gunicorn's own
GUNICORN_CMD_ARGS). README, "Running in production", explains the numbers.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: pages are CPU-bound Python; two per core covers the time spent waiting on
# the database and the cache.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
worker_class = "sync"
# A request that takes longer than this is stuck (a page costs tens of milliseconds): recycle the worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle each worker after about this many requests (jitter keeps them from restarting together),
# so a slow leak in any library cannot grow a worker past its memory budget.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = max_requests // 10
# Load the project once in the master and fork: workers share its memory and start fast.
preload_app = True


def when_ready(server):
    # In the master, after the app is loaded and before the workers fork: load the Korean analyser's
    # model (~480 MB) once, so the workers share it instead of each building its own on its first
    # Korean search. It analyses without threads (search/analysis/korean.py), so forking is safe.
    from search.analysis import korean

    korean.preload()


# Behind the reverse proxy on the same machine only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access log as JSON lines, like the application's logs (X-Request-ID from the proxy, when it sends one).
# GUNICORN_ACCESS_LOG="" turns it off (benchmarks).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = (
    '{"time": "%(t)s", "logger": "gunicorn.access", "request_id": "%({x-request-id}i)s", '
    '"method": "%(m)s", "path": "%(U)s", "query": "%(q)s", "status": %(s)s, "bytes": "%(B)s", '
    '"duration_ms": %(M)s, "remote": "%(h)s"}'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
