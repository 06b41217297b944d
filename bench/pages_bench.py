"""Page throughput: home, outlet, article and search pages beside a minimal Django view, one server, one run.

    .venv/bin/python bench/pages_bench.py --articles 100000 --seconds 10 --concurrency 4
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench_pages .venv/bin/python bench/pages_bench.py

Uses its own database (SQLite: /tmp/ep_bench_pages.sqlite3 unless DATABASE_URL is set): migrates, runs
`seed_demo --articles N` (idempotent; the synthetic articles are added once), collects static files,
then serves the project with gunicorn (production settings, 2 workers) on 127.0.0.1 and loads each URL
in turn from keep-alive client threads for the given number of seconds. The minimal Django view is
/robots.txt (no database, no template), so the ratio of each page to it is the cost of the page itself.
Results go to bench/results/pages_<backend>_<N>.json and .md.
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = 8765


def run_manage(env: dict, *args: str) -> str:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def pick_urls(env: dict) -> dict[str, str]:
    code = (
        "from newsroom.models import ArticlePage; from ethnic_press.models import OutletPage;"
        "a = ArticlePage.objects.live().filter(locale__language_code='ru').exclude(slug__startswith='bench-')"
        ".order_by('pk').first();"
        "o = OutletPage.objects.live().filter(locale__language_code='ru', slug='koryo-ilbo').first();"
        "print(a.url); print(o.url)"
    )
    article, outlet = run_manage(env, "shell", "-c", code).split()[-2:]
    return {
        "minimal Django view (/robots.txt)": "/robots.txt",
        "home page": "/ru/",
        "outlet page": outlet,
        "article page": article,
        "search page": "/ru/search/?q=" + quote("журналисты"),
    }


def load(path: str, seconds: float, concurrency: int) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            failed += response.status != 200
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": errors,
        "req_per_s": round(len(ordered) / seconds, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("DATABASE_URL", "sqlite:////tmp/ep_bench_pages.sqlite3")
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="benchmark-only",
        DEBUG="0",
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="ERROR",
        GUNICORN_ACCESS_LOG="",  # gunicorn.conf.py is read from the project folder
    )
    backend = "postgresql" if env["DATABASE_URL"].startswith("postgres") else "sqlite"
    run_manage(env, "migrate", "--noinput")
    run_manage(env, "seed_demo")
    existing = int(
        run_manage(
            env,
            "shell",
            "-c",
            "from wagtail.models import Page;print(Page.objects.filter(slug__startswith='bench-').count())",
        ).split()[-1]
    )
    if existing < args.articles:
        run_manage(env, "seed_demo", "--articles", str(args.articles - existing))
    run_manage(env, "collectstatic", "--noinput")
    urls = pick_urls(env)

    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "cms.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "2",
            "--log-level",
            "error",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        results = {}
        for name, path in urls.items():
            load(path, 1, args.concurrency)  # warm caches and renditions
            results[name] = {"url": path, **load(path, args.seconds, args.concurrency)}
            print(
                f"{name:36} {results[name]['req_per_s']:8} req/s  p50 {results[name]['p50_ms']} ms  "
                f"p95 {results[name]['p95_ms']} ms  errors {results[name]['errors']}"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)

    out = ROOT / "bench" / "results" / f"pages_{backend}_{args.articles}"
    meta = {
        "backend": backend,
        "articles": args.articles,
        "seconds": args.seconds,
        "concurrency": args.concurrency,
        "server": "gunicorn, 2 sync workers",
        "cores": os.cpu_count(),
    }
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, ensure_ascii=False))
    minimal = results["minimal Django view (/robots.txt)"]["req_per_s"] or 1
    lines = [
        f"# Page throughput, {backend}, {args.articles} synthetic articles",
        "",
        f"{args.concurrency} client threads, {args.seconds} s per URL, gunicorn with 2 workers, "
        f"{os.cpu_count()} cores, client and server on the same machine.",
        "",
        "| page | req/s | share of minimal view | p50 ms | p95 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in results.items():
        lines.append(
            f"| {name} | {row['req_per_s']} | {row['req_per_s'] / minimal:.0%} | {row['p50_ms']} | "
            f"{row['p95_ms']} | {row['errors']} |"
        )
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"written {out}.json and .md")


if __name__ == "__main__":
    main()
