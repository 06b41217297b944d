"""gunicorn's settings for production: `gunicorn cms.wsgi` reads this file from the project folder.

Every value can be changed from the environment (GUNICORN_* below, or gunicorn's own
GUNICORN_CMD_ARGS). README, "Running in production", explains the numbers.
"""

import gc
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
    # In the master, after the app is loaded and before the workers fork. The Korean analyser's model
    # (~300 MB) goes into one process of its own that the workers ask over a Unix socket
    # (search/analysis/korean_service.py), instead of into every worker's memory; if it cannot start,
    # each worker loads the model itself on its first Korean request (same results, more memory).
    from search.analysis import korean_service

    analyser = korean_service.Analyser()
    try:
        analyser.start()
    except RuntimeError as error:
        analyser.stop()
        server.log.error("Korean analyser process not started (%s): workers will load the model", error)
    else:
        server.korean_analyser = analyser
    # What every worker would build for itself on its first requests (cms/prefork.py), built once here
    # and shared; a failure only costs the workers that work again.
    try:
        from cms import prefork

        prefork.warm()
    except Exception:
        server.log.exception("Warming the project before the fork failed; the workers will build it themselves")
    gc.collect()


def pre_fork(server, worker):
    # Everything the master holds goes to the garbage collector's permanent generation, which it never
    # walks: a worker's collections would otherwise write into each object's header and so copy every
    # page of the master's objects into the worker (Python's gc.freeze documentation).
    gc.freeze()
    # A dead analyser process is restarted before the next worker forks (workers are recycled every
    # ~max_requests requests); meanwhile the workers analyse Korean on their own.
    analyser = getattr(server, "korean_analyser", None)
    if analyser is not None and not analyser.alive():
        server.log.error("Korean analyser process exited (status %s): restarting it", analyser.process.returncode)
        try:
            analyser.start()
        except RuntimeError as error:
            server.log.error("Korean analyser process not restarted: %s", error)


def on_exit(server):
    analyser = getattr(server, "korean_analyser", None)
    if analyser is not None:
        analyser.stop()


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
