"""CPU per request of pages served by the page cache, beside a minimal Django view, interleaved in one process.

    DATABASE_URL=sqlite:////tmp/cache_bench.sqlite3 .venv/bin/python bench/page_cache_bench.py --rounds 200
    REDIS_URL=redis://127.0.0.1:6379/14 DATABASE_URL=... .venv/bin/python bench/page_cache_bench.py

Production settings (DEBUG off), requests handed to Django's WSGI handler in this process (no network, no
server), a browser's Accept-Encoding (gzip). The minimal view returns a fixed response through the same
middleware (with the page cache off for it). For each page, in the same interleaved rounds: uncached (page
cache off, the project's other caches warm) and cached (page cache on: every request after the first is a
stored page); ratios are to the minimal view's median. Also checked: a cached request runs no SQL.
Results go to bench/results/page_cache_<cache>.json and .md (the table is copied into bench/RESULTS.md).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ["DEBUG"] = "0"
os.environ.setdefault("LOG_LEVEL", "ERROR")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

MINIMAL = "minimal Django view"


def minimal_view(request):
    from django.http import HttpResponse

    return HttpResponse(b"<!doctype html><title>ok</title><p>ok</p>", content_type="text/html; charset=utf-8")


def pick_urls() -> dict[str, str]:
    from ethnic_press.models import OutletPage
    from newsroom.models import ArticlePage, Topic

    language = "ru"
    article = ArticlePage.objects.live().public().filter(locale__language_code=language).order_by("pk").first()
    outlet = OutletPage.objects.live().filter(locale__language_code=language).order_by("pk").first()
    topic = Topic.objects.filter(locale__language_code=language).order_by("pk").first() or Topic.objects.first()
    return {
        "home": f"/{language}/",
        "outlet": outlet.url,
        "article": article.url,
        "topic": f"/{language}/topics/{topic.slug}/",
        "network feed": f"/{language}/feed/",
        "outlet feed": f"{outlet.url}feed/",
        "search page": f"/{language}/search/?q=" + quote("журналисты"),
        "sitemap": "/sitemap.xml",
        "news sitemap": "/sitemap-news.xml",
    }


def request_cpu(handler, environ) -> tuple[float, int]:
    """CPU seconds of one request through the whole middleware stack, and its status."""
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(int(status.split()[0]))

    started = time.process_time()
    response = handler(dict(environ), start_response)
    for _chunk in response:
        pass
    response.close()
    return time.process_time() - started, statuses[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext
    from django.urls import clear_url_caches, path

    import cms.urls

    cms.urls.urlpatterns.insert(0, path("__minimal__/", minimal_view))
    clear_url_caches()
    factory = RequestFactory()
    host = settings.ALLOWED_HOSTS[0]
    pages = pick_urls()
    environs = {
        name: factory.get(url, HTTP_HOST=host, HTTP_ACCEPT_ENCODING="gzip, deflate, br").environ
        for name, url in {MINIMAL: "/__minimal__/", **pages}.items()
    }
    handler = WSGIHandler()
    cache.clear()

    def page_cache(seconds: int) -> None:
        settings.PAGE_CACHE_SECONDS = seconds

    # Warm up both ways (templates, renditions, the project's own caches); check hits run no SQL.
    queries, statuses = {}, {}
    for name in pages:
        page_cache(0)
        request_cpu(handler, environs[name])
        page_cache(600)
        request_cpu(handler, environs[name])
        with CaptureQueriesContext(connection) as context:
            _cpu, statuses[name] = request_cpu(handler, environs[name])
        queries[name] = len(context.captured_queries)

    times: dict[str, dict[str, list[float]]] = {name: {"uncached": [], "cached": []} for name in pages}
    minimal: list[float] = []
    for round_number in range(args.rounds):
        page_cache(0)  # the minimal view itself is never served from the page cache
        minimal.append(request_cpu(handler, environs[MINIMAL])[0])
        page_cache(600)
        for name in pages:
            times[name]["cached"].append(request_cpu(handler, environs[name])[0])
        if round_number % 10 == 0:  # uncached pages cost ~100× more: a tenth of the rounds is plenty
            page_cache(0)
            for name in pages:
                times[name]["uncached"].append(request_cpu(handler, environs[name])[0])

    base = statistics.median(minimal)
    results = {
        name: {
            "url": pages[name],
            "status": statuses[name],
            "cached_queries": queries[name],
            "uncached_cpu_ms": round(statistics.median(times[name]["uncached"]) * 1000, 2),
            "uncached_ratio": round(statistics.median(times[name]["uncached"]) / base, 1),
            "cached_cpu_ms": round(statistics.median(times[name]["cached"]) * 1000, 3),
            "cached_ratio": round(statistics.median(times[name]["cached"]) / base, 2),
        }
        for name in pages
    }
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cache": backend,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "rounds": args.rounds,
        "minimal_cpu_ms": round(base * 1000, 3),
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "cores": os.cpu_count(),
    }
    print(json.dumps(meta))
    for name, row in results.items():
        print(
            f"{name:14} cached {row['cached_cpu_ms']:7.3f} ms {row['cached_ratio']:5.2f}x "
            f"({row['cached_queries']} queries)  uncached {row['uncached_cpu_ms']:7.2f} ms "
            f"{row['uncached_ratio']:6.1f}x  status {row['status']}",
            flush=True,
        )
    name = "redis" if "Redis" in backend else "locmem"
    out = ROOT / "bench" / "results" / f"page_cache_{name}"
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    lines = [
        f"# Page cache: CPU per request, {backend}, {meta['database']}, {meta['date']}",
        "",
        f"{args.rounds} interleaved rounds in one process, production settings, gzip accepted; minimal view "
        f"{meta['minimal_cpu_ms']} ms; load average {meta['load_average_1_5_15']} on {meta['cores']} cores.",
        "",
        "| page | cached CPU ms | × minimal | SQL when cached | uncached CPU ms | × minimal |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in results.items():
        lines.append(
            f"| {name} | {row['cached_cpu_ms']} | {row['cached_ratio']}× | {row['cached_queries']} | "
            f"{row['uncached_cpu_ms']} | {row['uncached_ratio']}× |"
        )
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"written {out}.json and .md")


if __name__ == "__main__":
    main()
