"""Fault and load: 10,000 mixed reader requests against gunicorn on 127.0.0.1, page cache on and off.

    cp /tmp/cache_bench.sqlite3 /tmp/load.sqlite3   # any seeded database (make demo's, a copy of it)
    DATABASE_URL=sqlite:////tmp/load.sqlite3 REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/fault_load.py --requests 10000 --concurrency 8

Serves the project with gunicorn (gunicorn.conf.py, production settings, DEBUG off) for each setting
(PAGE_CACHE_SECONDS=600, then 0) and sends the same mix as tests/home/test_faults_load.py — home, outlet,
article, topic, search page, search API, site and topic feeds, sitemap and a 404 — from keep-alive client
threads (tests/load.py, why not wrk or locust is said there). Counts every status per URL; the run fails
(exit 1) on any 5xx or a URL answering another status than its own. Without REDIS_URL each worker has its
own local-memory page cache. Results: bench/results/fault_load_<database>.json / .md; a dated subsection of the
"Fault and load" section of bench/RESULTS.md is added by hand (as for the other benchmarks: earlier runs' text
and analysis there is kept).
"""

import argparse
import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import page_cache_server  # noqa: E402

PORT = 8771
# bench/page_cache_server.py's server environment (production, DEBUG off, quiet logs), with the reader rate
# limits off (cms/settings/loadtest.py): the load generator is one client address.
SERVER_ENV = {**page_cache_server.SERVER_ENV, "DJANGO_SETTINGS_MODULE": "cms.settings.loadtest"}


def serve(page_cache_seconds: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, **SERVER_ENV, "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "cms.wsgi", "-c", "gunicorn.conf.py"]
        + ["-b", f"127.0.0.1:{PORT}", "-w", str(workers)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000, help="per page-cache setting")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-seconds", type=float, default=900, help="per setting; stops early")
    args = parser.parse_args()

    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from django.conf import settings

    from ethnic_press.models import OutletPage
    from newsroom.models import ArticlePage, ArticleTopic
    from tests.load import reader_mix, run_load

    outlet = OutletPage.objects.live().filter(locale__language_code="ru").order_by("pk").first()
    article = ArticlePage.objects.live().public().child_of(outlet).order_by("-published_at").first()
    topic = ArticleTopic.objects.filter(page__locale__language_code="ru").select_related("topic").first().topic
    mix = reader_mix(
        language="ru", home="/ru/", outlet=outlet.url, article=article.url, topic=topic.slug, query="газета"
    )

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").is_file():  # production serves the manifest's names
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, check=True)

    results = {}
    for label, seconds in (("page cache on", 600), ("page cache off", 0)):
        server = serve(seconds, args.workers)
        try:
            warm = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
            for path in list(mix) * args.workers:  # each worker's templates, and the cache, one URL at a time
                warm.request("GET", path, headers={"Host": "127.0.0.1"})
                warm.getresponse().read()
            results[label] = run_load(
                PORT, mix, requests=args.requests, concurrency=args.concurrency, max_seconds=args.max_seconds
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(label, json.dumps(results[label], ensure_ascii=False), flush=True)

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "page_cache": "Redis (shared by the workers)" if os.environ.get("REDIS_URL") else "local memory per worker",
        "articles": ArticlePage.objects.live().count(),
        "concurrency": args.concurrency,
        "workers": args.workers,
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "cores": os.cpu_count(),
        "urls": mix,
    }
    out = ROOT / "bench" / "results" / f"fault_load_{meta['database']}"
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    section = [
        f"# Fault and load (bench/fault_load.py), {meta['database']}",
        "",
        f"{meta['date']}: gunicorn ({args.workers} sync workers, gunicorn.conf.py, production settings) on "
        f"{meta['database']} with {meta['articles']} live articles, page cache in {meta['page_cache']}; "
        f"{args.concurrency} keep-alive client threads on the same machine ({meta['cores']} cores, load average "
        f"{meta['load_average_1_5_15']} at the end) sending {args.requests} requests per setting over "
        f"{len(mix)} URLs in turn: home, outlet, article, topic, search page, search API, site and topic feeds, "
        "sitemap and a 404.",
        "",
        "| page cache | requests | seconds | req/s | p50 ms | p95 ms | 5xx | other unexpected statuses |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, row in results.items():
        wrong = sum(sum(counts.values()) for counts in row["unexpected"].values()) - row["errors_5xx"]
        section.append(
            f"| {label.removeprefix('page cache ')} | {row['requests']} | {row['seconds']} | {row['req_per_s']} | "
            f"{row['p50_ms']} | {row['p95_ms']} | {row['errors_5xx']} | {wrong} |"
        )
    short = [label for label, row in results.items() if row["requests"] < args.requests]
    if short:
        section += [
            "",
            f"Stopped at the time bound ({args.max_seconds:g} s per setting) before {args.requests} requests: "
            f"{', '.join(short)}. Every request sent was answered with its URL's own status.",
        ]
    section += [
        "",
        'The fault tests themselves (what each proves) are listed in README, "Fault tests"; in the suite '
        "tests/home/test_faults_load.py sends up to 1,000 of these requests to Django's live server.",
    ]
    out.with_suffix(".md").write_text("\n".join(section) + "\n")
    print(f"written {out}.json and .md; add a dated subsection to bench/RESULTS.md, 'Fault and load'")
    if any(row["errors_5xx"] or row["unexpected"] for row in results.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
