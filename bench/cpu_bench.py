"""CPU per request of each reader page beside a minimal Django view, interleaved in one process.

    .venv/bin/python bench/cpu_bench.py --rounds 30        # the corpus pages_bench.py seeded
    DATABASE_URL=sqlite:///$PWD/db.sqlite3 .venv/bin/python bench/cpu_bench.py   # the demo network

The database must be seeded and static files collected (`pages_bench.py` does both for its own database,
/tmp/ep_bench_pages.sqlite3 unless DATABASE_URL is set; `make bench` runs it first).

Production settings (DEBUG off), requests handed to Django's WSGI handler in this process (no network,
no server), so each number is the CPU time Django, Wagtail and this project spend on the page. The
minimal view returns a fixed response through the same middleware; every page's CPU is reported as a
ratio to it, measured in the same rounds (URL after URL, round after round), so machine load affects
both sides alike. Two configurations run one after the other in this one process:

- "uncached": every cache a dummy (nothing is remembered between requests: the cost of a cold page),
- "cached": the project's own cache settings (local memory, or Redis when REDIS_URL is set).

SQL queries per page are counted in a separate request per URL (counting them costs CPU itself).
Results go to bench/results/cpu_<backend>.json and .md; copy the table into bench/RESULTS.md.
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
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/ep_bench_pages.sqlite3")
# The page cache has its own benchmark (bench/page_cache_bench.py): here every page is built.
os.environ["PAGE_CACHE_SECONDS"] = "0"

MINIMAL = "minimal Django view"


def minimal_view(request):
    from django.http import HttpResponse

    return HttpResponse(b"<!doctype html><title>ok</title><p>ok</p>", content_type="text/html; charset=utf-8")


def pick_urls() -> dict[str, str]:
    from ethnic_press.models import OutletPage
    from newsroom.models import ArticlePage, Topic

    language = "ru"
    article = (
        ArticlePage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .exclude(slug__startswith="bench-")
        .order_by("pk")
        .first()
    )
    outlet = OutletPage.objects.live().filter(locale__language_code=language).order_by("pk").first()
    topic = Topic.objects.filter(locale__language_code=language).order_by("pk").first() or Topic.objects.first()
    return {
        MINIMAL: "/__minimal__/",
        "home": f"/{language}/",
        "outlet": outlet.url,
        "article": article.url,
        "topic": f"/{language}/topics/{topic.slug}/",
        "search page": f"/{language}/search/?q=" + quote("журналисты"),
        "search API": f"/api/search/?lang={language}&q=" + quote("журналисты"),
        "network feed": f"/{language}/feed/",
        "outlet feed": f"{outlet.url}feed/",
    }


def request_cpu(handler, environ_for, path: str) -> tuple[float, int]:
    """CPU seconds of one request through the whole middleware stack, and its status."""
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(int(status.split()[0]))

    started = time.process_time()
    response = handler(environ_for(path), start_response)
    for _chunk in response:
        pass
    response.close()
    return time.process_time() - started, statuses[0]


def run(handler, environ_for, urls: dict[str, str], rounds: int) -> dict[str, dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times: dict[str, list[float]] = {name: [] for name in urls}
    queries: dict[str, int] = {}
    statuses: dict[str, int] = {}
    for name, path in urls.items():  # warm up: renditions, template loading, the cache when there is one
        for _ in range(2):
            request_cpu(handler, environ_for, path)
        with CaptureQueriesContext(connection) as context:
            _cpu, statuses[name] = request_cpu(handler, environ_for, path)
        queries[name] = len(context.captured_queries)
    for _ in range(rounds):
        for name, path in urls.items():
            cpu, _status = request_cpu(handler, environ_for, path)
            times[name].append(cpu)
    minimal = statistics.median(times[MINIMAL])
    return {
        name: {
            "url": urls[name],
            "status": statuses[name],
            "cpu_ms_median": round(statistics.median(times[name]) * 1000, 2),
            "cpu_ms_min": round(min(times[name]) * 1000, 2),
            "ratio": round(statistics.median(times[name]) / minimal, 1),
            "queries": queries[name],
        }
        for name in urls
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory, override_settings
    from django.urls import clear_url_caches, path

    import cms.urls

    cms.urls.urlpatterns.insert(0, path("__minimal__/", minimal_view))
    clear_url_caches()
    factory = RequestFactory()
    host = settings.ALLOWED_HOSTS[0]

    def environ_for(url: str) -> dict:
        return factory.get(url, HTTP_HOST=host).environ

    urls = pick_urls()
    project_caches = settings.CACHES
    dummy = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in project_caches}
    results = {}
    for label, caches_setting in (("uncached", dummy), ("cached", project_caches)):
        with override_settings(CACHES=caches_setting):  # Django's test signals reopen every cache
            results[label] = run(WSGIHandler(), environ_for, urls, args.rounds)
        for name, row in results[label].items():
            print(
                f"{label:9} {name:20} {row['cpu_ms_median']:8.2f} ms  {row['ratio']:6.1f}x  "
                f"{row['queries']:3} queries  (status {row['status']})",
                flush=True,
            )

    backend = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    load = os.getloadavg()
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "backend": backend,
        "rounds": args.rounds,
        "load_average_1_5_15": [round(value, 2) for value in load],
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
    }
    out = ROOT / "bench" / "results" / f"cpu_{backend}"
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    lines = [
        f"# CPU per request, {backend}, {meta['date']}",
        "",
        f"{args.rounds} interleaved rounds in one process, production settings, load average "
        f"{meta['load_average_1_5_15']} on {meta['cores']} cores.",
        "",
        "| page | uncached CPU ms | × minimal | queries | cached CPU ms | × minimal | queries |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in urls:
        cold, warm = results["uncached"][name], results["cached"][name]
        lines.append(
            f"| {name} | {cold['cpu_ms_median']} | {cold['ratio']}× | {cold['queries']} | "
            f"{warm['cpu_ms_median']} | {warm['ratio']}× | {warm['queries']} |"
        )
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"written {out}.json and .md")


if __name__ == "__main__":
    main()
