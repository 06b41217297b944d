"""A small load generator for the fault and load tests (tests/home/test_faults_load.py) and the full run
(bench/fault_load.py): keep-alive HTTP/1.1 connections from a pool of client threads on 127.0.0.1, a
fixed number of requests over a mix of reader URLs, every status counted per URL.

Why not a packaged load generator: wrk (Debian) is bounded by time, not by a number of requests, and counts
404s with 5xx as "non-2xx" (telling them apart needs a per-response Lua script); locust (PyPI) brings
gevent and a web UI for what is here ~60 lines of the standard library, and the test suite must run
without a system package. http.client from the standard library is what bench/page_cache_server.py uses.
"""

import http.client
import statistics
import threading
import time
from urllib.parse import quote


def reader_mix(*, language: str, home: str, outlet: str, article: str, topic: str, query: str) -> dict[str, int]:
    """Reader URLs and the status each must answer: every kind of page, feeds, sitemaps, search and a 404."""
    q = quote(query)
    return {
        home: 200,
        outlet: 200,
        article: 200,
        f"/{language}/topics/{topic}/": 200,
        f"/{language}/search/?q={q}": 200,
        f"/api/search/?q={q}&lang={language}": 200,
        f"/{language}/feed/": 200,
        f"/{language}/topics/{topic}/feed/": 200,
        "/sitemap.xml": 200,
        f"/{language}/no-such-page-for-the-load-test/": 404,
    }


def run_load(port: int, mix: dict[str, int], *, requests: int, concurrency: int, max_seconds: float) -> dict:
    """Send `requests` GETs over the mix in turn from `concurrency` threads; stops early at `max_seconds`."""
    paths = list(mix)
    lock = threading.Lock()
    next_index = 0
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    unexpected: dict[str, dict[int, int]] = {}
    deadline = time.monotonic() + max_seconds

    def take() -> int | None:
        nonlocal next_index
        with lock:
            if next_index >= requests or time.monotonic() > deadline:
                return None
            next_index += 1
            return next_index - 1

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        seen: dict[int, int] = {}
        wrong: list[tuple[str, int]] = []
        while (index := take()) is not None:
            path = paths[index % len(paths)]
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                status = 599  # no answer at all counts as a server failure
            mine.append(time.perf_counter() - started)
            seen[status] = seen.get(status, 0) + 1
            if status != mix[path]:
                wrong.append((path, status))
        connection.close()
        with lock:
            latencies.extend(mine)
            for status, count in seen.items():
                statuses[status] = statuses.get(status, 0) + count
            for path, status in wrong:
                unexpected.setdefault(path, {}).setdefault(status, 0)
                unexpected[path][status] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies) or [0.0]
    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 2),
        "req_per_s": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
        "statuses": {str(status): count for status, count in sorted(statuses.items())},
        "errors_5xx": sum(count for status, count in statuses.items() if status >= 500),
        "unexpected": unexpected,
    }
