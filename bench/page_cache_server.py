"""The page cache behind gunicorn with Redis: throughput cached and uncached, zero 5xx, and no stale page
after a publish on either worker.

    DATABASE_URL=sqlite:////tmp/cache_bench.sqlite3 REDIS_URL=redis://127.0.0.1:6379/14 \\
        .venv/bin/python bench/page_cache_server.py --seconds 5 --publishes 20

Uses an existing, seeded database (it changes one article's title and puts it back). For each setting
(PAGE_CACHE_SECONDS=600, then 0) it serves the project with gunicorn (production settings, 2 workers) on
127.0.0.1 and loads a mix of reader URLs from keep-alive client threads. With the cache on it then publishes
the article's title this process (Wagtail's publish, the generation bumped in the shared Redis) and at once
reads the article, its outlet, the front page and the feed from several connections (both workers),
counting every reply that still shows the old title. Results: bench/results/page_cache_server.json / .md.
"""

import argparse
import html
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PORT = 8766
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "benchmark-only",
    "DEBUG": "0",
    "SECURE_SSL_REDIRECT": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    "LOG_LEVEL": "ERROR",
    "LOG_REQUESTS": "0",
    "GUNICORN_ACCESS_LOG": "",
}


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    return response.status, response.read()


def load(paths: list[str], seconds: float, concurrency: int) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        mine, seen, index = [], {}, offset
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status, _body = get(connection, paths[index % len(paths)])
            mine.append(time.perf_counter() - started)
            seen[status] = seen.get(status, 0) + 1
            index += 1
        with lock:
            latencies.extend(mine)
            for status, count in seen.items():
                statuses[status] = statuses.get(status, 0) + count

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "statuses": {str(status): count for status, count in sorted(statuses.items())},
        "errors_5xx": sum(count for status, count in statuses.items() if status >= 500),
        "req_per_s": round(len(ordered) / seconds, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
    }


def serve(page_cache_seconds: int) -> subprocess.Popen:
    env = {**os.environ, **SERVER_ENV, "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "cms.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", "2"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(150):
        try:
            http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/healthz")
            return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def freshness(article, surfaces: list[str], publishes: int) -> dict:
    """Publish a new title, then read every surface at once from four connections: stale replies?"""
    original, stale, reads = article.title, 0, 0
    connections = [http.client.HTTPConnection("127.0.0.1", PORT, timeout=60) for _ in range(4)]
    surfaces = [path for path in surfaces if html.escape(original).encode() in get(connections[0], path)[1]]
    try:
        for number in range(publishes):
            for connection in connections:  # every surface cached before the change
                for path in surfaces:
                    get(connection, path)
            article.title = f"{original} · {number}"
            article.save_revision().publish()
            for connection in connections:
                for path in surfaces:
                    status, body = get(connection, path)
                    reads += 1
                    stale += status != 200 or html.escape(article.title).encode() not in body
    finally:
        article.title = original
        article.save_revision().publish()
    return {"publishes": publishes, "surfaces": surfaces, "reads_after_publish": reads, "stale_or_failed": stale}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--publishes", type=int, default=20)
    args = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        raise SystemExit("set REDIS_URL: the workers share the page cache through it")

    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from ethnic_press.models import OutletPage
    from newsroom.models import ArticlePage

    outlet = OutletPage.objects.live().filter(locale__language_code="ru").order_by("pk").first()
    article = ArticlePage.objects.live().public().child_of(outlet).order_by("-published_at").first()
    surfaces = [article.url, outlet.url, "/ru/", "/ru/feed/"]
    mix = [*surfaces, f"{outlet.url}feed/", "/sitemap.xml", "/sitemap-news.xml", "/ru/search/?q=%D0%B3%D0%B0%D0%B7"]

    results = {}
    for label, seconds in (("cached", 600), ("uncached", 0)):
        server = serve(seconds)
        try:
            warm = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
            for _ in range(2):  # each worker's templates and renditions, and the cache, one URL at a time
                for path in mix:
                    get(warm, path)
            results[label] = load(mix, args.seconds, args.concurrency)
            if seconds:
                results["freshness"] = freshness(article, surfaces, args.publishes)
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(label, json.dumps(results[label]), flush=True)
    print("freshness", json.dumps(results["freshness"]))

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "database": django.conf.settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "articles": ArticlePage.objects.live().count(),
        "seconds_per_setting": args.seconds,
        "concurrency": args.concurrency,
        "server": "gunicorn, 2 sync workers, Redis page cache",
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "cores": os.cpu_count(),
        "urls": mix,
    }
    out = ROOT / "bench" / "results" / "page_cache_server"
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    fresh = results["freshness"]
    lines = [
        f"# Page cache behind gunicorn, {meta['database']}, {meta['date']}",
        "",
        f"{meta['articles']} articles; {args.concurrency} client threads for {args.seconds} s per setting over "
        f"{len(mix)} reader URLs in turn; gunicorn with 2 workers; load average {meta['load_average_1_5_15']} on "
        f"{meta['cores']} cores, client and server on the same machine.",
        "",
        "| page cache | requests | req/s | p50 ms | p95 ms | 5xx |",
        "|---|---|---|---|---|---|",
    ]
    for label in ("cached", "uncached"):
        row = results[label]
        lines.append(
            f"| {label} | {row['requests']} | {row['req_per_s']} | {row['p50_ms']} | {row['p95_ms']} | "
            f"{row['errors_5xx']} |"
        )
    lines += [
        "",
        f"Freshness: {fresh['publishes']} publishes of the article's title, then at once "
        f"{fresh['reads_after_publish']} reads of {', '.join(fresh['surfaces'])} (each showing it; 4 connections, "
        f"both workers): {fresh['stale_or_failed']} stale.",
    ]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"written {out}.json and .md")


if __name__ == "__main__":
    main()
