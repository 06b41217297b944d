"""Reader search latency (p50/p95) and CPU per query, on the configured database.

    .venv/bin/python bench/search_bench.py --articles 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench_search \
        .venv/bin/python bench/search_bench.py --articles 100000

Uses its own database (SQLite: /tmp/ep_bench_search.sqlite3 unless DATABASE_URL is set): migrates,
runs `seed_demo --articles N` (idempotent), rebuilds the reader index, then runs every query of the
relevance corpus in its language, ROUNDS times, through search.engine (count, ranking, facets,
snippets: what the page and the API do). CPU is this process's CPU time per query (Python side)
and, on PostgreSQL on the same machine, the CPU time of the connection's server process (/proc),
at clock-tick resolution (10 ms), so only its mean is meaningful. `--reuse` measures an existing
database without seeding (seed_demo --articles adds N more articles on every run). Results go to
bench/results/search_<backend>_<N>.json and .md.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/ep_bench_search.sqlite3")
# DEBUG would record every SQL statement in memory and slow the run down.
os.environ.setdefault("DEBUG", "0")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--reuse", action="store_true", help="Measure the database as it is: no seeding, no index rebuild."
    )
    parser.add_argument("--label", default="", help="appended to the results' file name")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from search import engine, indexing
    from search.backends import get_backend
    from search.filters import SearchParams
    from search.models import SearchDocument
    from tests.search.corpus import CASES

    seeded = rebuild_seconds = indexed = None
    if not args.reuse:
        # seed_demo --articles adds N more on every run: only seed a fresh database.
        call_command("migrate", verbosity=0)
        started = time.monotonic()
        call_command("seed_demo", articles=args.articles, verbosity=0)
        seeded = round(time.monotonic() - started, 1)
        started = time.monotonic()
        indexed = indexing.rebuild()
        rebuild_seconds = round(time.monotonic() - started, 1)

    backend = get_backend().name
    queries = [(case.query, case.language) for case in CASES]
    # One query per language first: loading the Korean model and the dictionaries is start-up, not search.
    for language, query in {language: query for query, language in queries}.items():
        engine.search(SearchParams(q=query, language=language))
    latencies, cpu, server_cpu, counts = [], [], [], []
    server = _server_cpu_reader()
    for _ in range(args.rounds):
        for query, language in queries:
            wall, process, database = time.perf_counter(), time.process_time(), server()
            page = engine.search(SearchParams(q=query, language=language))
            latencies.append((time.perf_counter() - wall) * 1000)
            cpu.append((time.process_time() - process) * 1000)
            if database is not None:
                server_cpu.append((server() - database) * 1000)
            counts.append(page.count)
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "backend": backend,
        "articles_requested": args.articles,
        "documents_indexed": SearchDocument.objects.count(),
        "rebuild_rows": indexed,
        "seed_seconds": seeded,
        "rebuild_seconds": rebuild_seconds,
        "queries": len(latencies),
        "latency_ms": {
            "p50": round(percentile(latencies, 0.5), 1),
            "p95": round(percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1),
        },
        "cpu_ms_per_query": {"mean": round(statistics.mean(cpu), 1), "p95": round(percentile(cpu, 0.95), 1)},
        "database_server_cpu_ms_per_query": (
            {"mean": round(statistics.mean(server_cpu), 1), "p95": round(percentile(server_cpu, 0.95), 1)}
            if server_cpu
            else None
        ),
        "median_result_count": statistics.median(counts),
    }
    name = f"search_{backend}_{args.articles}{args.label}"
    out = ROOT / "bench" / "results" / f"{name}.json"
    out.write_text(json.dumps(result, indent=2))
    out.with_suffix(".md").write_text(
        f"# Reader search on {backend}, {result['documents_indexed']} indexed articles\n\n"
        f"{result['date']}, load average {result['load_average_1_5_15']} at the end.\n\n"
        "| queries | p50 ms | p95 ms | max ms | Python CPU ms/query (mean) | database CPU ms/query (mean) "
        "| rebuild s |\n|---|---|---|---|---|---|---|\n"
        f"| {result['queries']} | {result['latency_ms']['p50']} | {result['latency_ms']['p95']} | "
        f"{result['latency_ms']['max']} | {result['cpu_ms_per_query']['mean']} | "
        f"{(result['database_server_cpu_ms_per_query'] or {}).get('mean', 'n/a')} | {result['rebuild_seconds']} |\n"
    )
    print(json.dumps(result, indent=2))


def _server_cpu_reader():
    """A function returning the CPU seconds used so far by this connection's PostgreSQL backend
    process (same machine only; /proc), or None where that cannot be read (SQLite runs in-process)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return lambda: None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return lambda: None
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    return read


if __name__ == "__main__":
    main()
