"""Reader pages served by gunicorn at scale: latency, throughput, server CPU per request against a minimal
view, SQL queries per page and worker memory, the page cache off and on, in one run.

    .venv/bin/python bench/pages_bench.py --articles 100000 --seconds 9 --concurrency 4
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench_pages REDIS_URL=redis://127.0.0.1:6379/11 \\
        .venv/bin/python bench/pages_bench.py --articles 100000 --reuse

Uses its own database (SQLite: /tmp/ep_bench_pages.sqlite3 unless DATABASE_URL is set): migrates, runs
`seed_demo` and tops the synthetic articles up to N (`seed_demo --articles`; `--reuse` measures the database
as it is), collects static files, then for each setting (`PAGE_CACHE_SECONDS=0`: every page built, then
600: the page cache on) serves the project with gunicorn (gunicorn.conf.py, production settings without the
per-client rate limits, `cms.settings.loadtest`; 2 sync workers, no worker recycling so that their CPU and
memory can be read) on 127.0.0.1 and loads each URL from keep-alive client threads, URL after URL, in
`--rounds` rounds, so the minimal view is measured beside every page under the same machine load.

Per URL: requests, req/s, p50/p95/p99 latency, and the workers' CPU time per request (utime + stime of the
worker processes from /proc, summed over the URL's load, divided by its requests), with its ratio to the
minimal view's. The minimal view is /robots.txt (Django's whole middleware stack, no database, no
template); a static file (WhiteNoise) is measured beside it. SQL queries per page are counted in this
process (the same settings, page cache off, the process's own caches warm: the second request). Worker
memory is each worker's resident set (VmRSS), its peak (VmHWM), its proportional (PSS) and unshared (USS)
sets at the end of the setting, the master's, and the Korean analyser process's (gunicorn.conf.py starts it: it
holds the Korean model for the workers; its CPU counts in the server CPU per request).
With REDIS_URL the page cache, fragments and memos are shared in Redis, as in production; without it each
worker has its own local memory. Results go to bench/results/pages_<backend>_<N>.json and .md.
"""

import argparse
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.procstat import (  # noqa: E402
    analysers_of,
    cpu_seconds,
    database_cpu,
    database_cpu_since,
    memory_mb,
    workers_of,
)

PYTHON = sys.executable
# BENCH_PORT: another port, when another benchmark may be serving on this one at the same time.
PORT = int(os.environ.get("BENCH_PORT", "8765"))
MINIMAL = "minimal view (/robots.txt)"
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.loadtest",
    "SECRET_KEY": "benchmark-only",
    "DEBUG": "0",
    "SECURE_SSL_REDIRECT": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    "LOG_LEVEL": "ERROR",
    "LOG_REQUESTS": "0",
    "GUNICORN_ACCESS_LOG": "",
    "GUNICORN_LOG_LEVEL": "error",
    "GUNICORN_MAX_REQUESTS": "0",  # keep the same worker processes: their CPU and memory are read from /proc
    "GUNICORN_WORKERS": "2",
    "GUNICORN_TIMEOUT": "120",
}


def run_manage(env: dict, *args: str) -> str:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def pick_urls() -> dict[str, str]:
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage

    from ethnic_press.models import OutletPage
    from newsroom.models import ArticlePage, ArticleTopic

    language = "ru"
    outlet = OutletPage.objects.live().filter(locale__language_code=language, slug="koryo-ilbo").first()
    outlet = outlet or OutletPage.objects.live().filter(locale__language_code=language).order_by("pk").first()
    article = (
        ArticlePage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .exclude(slug__startswith="bench-")
        .order_by("pk")
        .first()
    )
    topic = ArticleTopic.objects.filter(page__locale__language_code=language).select_related("topic").first().topic
    query = quote("журналисты")
    collected = (Path(settings.STATIC_ROOT) / "css/site.css").is_file()
    static = staticfiles_storage.url("css/site.css") if collected else None
    urls = {MINIMAL: "/robots.txt"}
    if static:
        urls["static file (WhiteNoise)"] = static
    urls.update(
        {
            "home": f"/{language}/",
            "outlet": outlet.url,
            "article": article.url,
            "topic": f"/{language}/topics/{topic.slug}/",
            "search page": f"/{language}/search/?q={query}",
            "search page (corpus queries)": corpus_search_paths(),
            "search API": f"/api/search/?lang={language}&q={query}",
            "network feed": f"/{language}/feed/",
            "outlet feed": f"{outlet.url}feed/",
        }
    )
    return urls


def corpus_search_paths() -> list[str]:
    """The reader's search page for every query of the relevance corpus, each in its language: the
    load cycles through them (common and rare words, every analyser), not one query's cached plan."""
    from tests.search.corpus import CASES

    return [f"/{case.language}/search/?q={quote(case.query)}" for case in CASES]


def count_queries(urls: dict[str, str]) -> dict[str, int]:
    """SQL statements per page, built (page cache off), with this process's caches warm."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = Client(HTTP_HOST="127.0.0.1")
        for name, path in urls.items():
            if "WhiteNoise" in name:
                counts[name] = 0  # answered by WhiteNoise above Django
                continue
            path = path[0] if isinstance(path, list) else path
            client.get(path)
            with CaptureQueriesContext(connection) as context:
                response = client.get(path)
            counts[name] = len(context.captured_queries) if response.status_code == 200 else -response.status_code
    return counts


def load(path: str | list[str], seconds: float, concurrency: int) -> tuple[list[float], int]:
    """Requests from `concurrency` keep-alive threads for `seconds`; a list of paths is cycled through
    (the threads take the next path in turn)."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    paths = path if isinstance(path, list) else [path]
    turn = iter(range(10**9))

    def worker():
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            with lock:
                current = paths[next(turn) % len(paths)]
            started = time.perf_counter()
            connection.request("GET", current, headers={"Host": "127.0.0.1", "Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            failed += response.status != 200
        connection.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def percentile(ordered: list[float], share: float) -> float:
    return round(ordered[min(len(ordered) - 1, int(share * (len(ordered) - 1)))] * 1000, 1)


def serve(env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "cms.wsgi", "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env=env,
    )
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/robots.txt", headers={"Host": "127.0.0.1"})
            connection.getresponse().read()
            break
        except OSError:
            time.sleep(0.2)
    for _ in range(100):  # preload_app: the workers fork once the master has loaded the project
        if len(workers_of(server.pid)) >= int(env["GUNICORN_WORKERS"]):
            break
        time.sleep(0.1)
    return server


def measure(env: dict, urls: dict[str, str], seconds: float, rounds: int, concurrency: int) -> dict:
    server = serve(env)
    try:
        # Server CPU: the workers' and the Korean analyser process's, which analyses for them.
        pids = workers_of(server.pid) + analysers_of(server.pid)
        for path in urls.values():  # each worker's templates, renditions and caches
            load(path, 1.5 if isinstance(path, str) else 0.2 * len(path), concurrency)
        samples = {
            name: {"latencies": [], "errors": 0, "cpu": 0.0, "database_cpu": 0.0, "seconds": 0.0, "load": []}
            for name in urls
        }
        for _ in range(rounds):
            for name, path in urls.items():
                before, database_before, started = cpu_seconds(pids), database_cpu(), time.monotonic()
                latencies, errors = load(path, seconds / rounds, concurrency)
                sample = samples[name]
                sample["cpu"] += cpu_seconds(pids) - before
                sample["database_cpu"] += database_cpu_since(database_before)
                sample["load"].append(os.getloadavg()[0])
                sample["seconds"] += time.monotonic() - started
                sample["latencies"] += latencies
                sample["errors"] += errors
        memory = memory_mb(workers_of(server.pid))
        memory["master"] = memory_mb([server.pid])
        memory["korean_analyser"] = memory_mb(analysers_of(server.pid))
        if sorted(workers_of(server.pid) + analysers_of(server.pid)) != sorted(pids):
            memory["note"] = "a worker was replaced during the run: CPU figures are incomplete"
    finally:
        server.terminate()
        server.wait(timeout=60)
    rows = {}
    for name, sample in samples.items():
        ordered = sorted(sample["latencies"]) or [0.0]
        count = len(sample["latencies"])
        rows[name] = {
            "url": urls[name] if isinstance(urls[name], str) else f"{len(urls[name])} URLs, cycled",
            "requests": count,
            "errors": sample["errors"],
            "req_per_s": round(count / sample["seconds"], 1),
            "p50_ms": percentile(ordered, 0.50),
            "p95_ms": percentile(ordered, 0.95),
            "p99_ms": percentile(ordered, 0.99),
            "server_cpu_ms": round(sample["cpu"] * 1000 / max(count, 1), 3),
            "database_cpu_ms": round(sample["database_cpu"] * 1000 / max(count, 1), 3),
            "load_average_1": [round(min(sample["load"]), 1), round(max(sample["load"]), 1)],
        }
    minimal = rows[MINIMAL]["server_cpu_ms"] or 0.001
    for row in rows.values():
        row["ratio"] = round(row["server_cpu_ms"] / minimal, 1)
    return {"pages": rows, "workers": memory, "load_average_1_5_15": [round(v, 2) for v in os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="Measure the database as it is: no migrate, no seeding.")
    parser.add_argument("--seconds", type=float, default=9, help="per URL and setting, split over the rounds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--settings", default="uncached,cached", help="uncached, cached or both (comma-separated)")
    parser.add_argument("--label", default="", help="appended to the results' file name")
    parser.add_argument("--only", default="", help="only these pages (comma-separated names), beside the minimal view")
    args = parser.parse_args()

    env = {**os.environ, **SERVER_ENV}
    env.setdefault("DATABASE_URL", "sqlite:////tmp/ep_bench_pages.sqlite3")
    os.environ.update({key: env[key] for key in ("DATABASE_URL", *SERVER_ENV)})
    backend = "postgresql" if env["DATABASE_URL"].startswith("postgres") else "sqlite"
    seeded = None
    if not args.reuse:
        started = time.monotonic()
        run_manage(env, "migrate", "--noinput")
        run_manage(env, "seed_demo")
        code = "from wagtail.models import Page;print(Page.objects.filter(slug__startswith='bench-').count())"
        existing = int(run_manage(env, "shell", "-c", code).split()[-1])
        if existing < args.articles:
            run_manage(env, "seed_demo", "--articles", str(args.articles - existing))
        seeded = round(time.monotonic() - started)
    if not (ROOT / "static_collected" / "staticfiles.json").is_file():
        run_manage(env, "collectstatic", "--noinput")

    import django

    django.setup()
    from newsroom.models import ArticlePage

    urls = pick_urls()
    if args.only:
        wanted = {MINIMAL, *args.only.split(",")}
        urls = {name: path for name, path in urls.items() if name in wanted}
    queries = count_queries(urls)
    live = ArticlePage.objects.live().count()
    from django.db import connections

    connections.close_all()

    results = {}
    for label in args.settings.split(","):
        setting_env = {**env, "PAGE_CACHE_SECONDS": "0" if label == "uncached" else "600"}
        if env.get("REDIS_URL"):
            import redis

            redis.Redis.from_url(env["REDIS_URL"]).flushdb()
        results[label] = measure(setting_env, urls, args.seconds, args.rounds, args.concurrency)
        for name, row in results[label]["pages"].items():
            print(
                f"{label:9} {name:28} {row['req_per_s']:8} req/s  p50 {row['p50_ms']:7}  p95 {row['p95_ms']:7}  "
                f"p99 {row['p99_ms']:7} ms  cpu {row['server_cpu_ms']:7} ms {row['ratio']:6}x  "
                f"db {row['database_cpu_ms']:7} ms  {queries[name]:3} q  err {row['errors']}  "
                f"load {row['load_average_1']}",
                flush=True,
            )
        print(label, "workers", results[label]["workers"], "load", results[label]["load_average_1_5_15"], flush=True)

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "backend": backend,
        "live_articles": live,
        "articles_requested": args.articles,
        "seed_seconds": seeded,
        "seconds_per_url": args.seconds,
        "rounds": args.rounds,
        "concurrency": args.concurrency,
        "server": "gunicorn (gunicorn.conf.py), 2 sync workers, no recycling",
        "shared_cache": "Redis" if env.get("REDIS_URL") else "local memory per worker",
        "cores": os.cpu_count(),
        "queries": queries,
    }
    out = ROOT / "bench" / "results" / f"pages_{backend}_{args.articles}{args.label}"
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    lines = [
        f"# Reader pages behind gunicorn, {backend}, {live} live articles, {meta['date']}",
        "",
        f"{args.concurrency} keep-alive client threads and the server on the same {meta['cores']} cores; "
        f"{args.seconds:g} s per URL and setting in {args.rounds} interleaved rounds; {meta['server']}; "
        f"shared cache: {meta['shared_cache']}. Server CPU is the workers' CPU time per request; × is its "
        "ratio to the minimal view's in the same setting. Queries: SQL statements per built page (page cache "
        "off, process caches warm). PostgreSQL CPU: the CPU time of the server processes connected to the "
        "database (the workers' connections, from /proc, 10 ms ticks) per request; load: the 1-minute load "
        "average seen during the URL's rounds (least, most).",
    ]
    for label, result in results.items():
        lines += [
            "",
            f"## {'page cache off (every page built)' if label == 'uncached' else 'page cache on'}: load average "
            f"{result['load_average_1_5_15']} at the end; worker RSS {result['workers']['rss_mb']} MB "
            f"(peak {result['workers']['peak_rss_mb']} MB), PSS {result['workers']['pss_mb']} MB, unshared (USS) "
            f"{result['workers']['uss_mb']} MB; master RSS {result['workers']['master']['rss_mb']} MB, "
            f"PSS {result['workers']['master']['pss_mb']} MB"
            + _analyser_memory(result["workers"].get("korean_analyser")),
            "",
            "| page | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/request | × minimal | PostgreSQL CPU "
            "ms/request | queries | errors | load |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for name, row in result["pages"].items():
            lines.append(
                f"| {name} | {row['req_per_s']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']} | "
                f"{row['server_cpu_ms']} | {row['ratio']}× | {row['database_cpu_ms']} | "
                f"{queries[name] if label == 'uncached' else ''} | {row['errors']} | "
                f"{row['load_average_1'][0]}–{row['load_average_1'][1]} |"
            )
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"written {out}.json and .md")


def _analyser_memory(memory: dict | None) -> str:
    if not memory or not memory["rss_mb"]:
        return ""
    return f"; Korean analyser process RSS {memory['rss_mb']} MB, PSS {memory['pss_mb']} MB"


if __name__ == "__main__":
    main()
