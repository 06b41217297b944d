"""Reader search latency (p50/p95) and CPU per query, on the configured database.

    .venv/bin/python bench/search_bench.py --articles 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench_search \
        .venv/bin/python bench/search_bench.py --articles 100000

Uses its own database (SQLite: /tmp/ep_bench_search.sqlite3 unless DATABASE_URL is set): migrates,
runs `seed_demo --articles N` (idempotent), rebuilds the reader index, then runs every query of the
relevance corpus in its language, ROUNDS times, through search.engine (count, ranking, facets,
snippets: what the page and the API do). CPU is this process's CPU time per query (Python side);
on PostgreSQL the database server's own CPU is not included. Results go to
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
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from search import engine, indexing
    from search.backends import get_backend
    from search.filters import SearchParams
    from search.models import SearchDocument
    from tests.search.corpus import CASES

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    call_command("seed_demo", articles=args.articles, verbosity=0)
    seeded = time.monotonic() - started
    started = time.monotonic()
    indexed = indexing.rebuild()
    rebuild_seconds = time.monotonic() - started

    backend = get_backend().name
    queries = [(case.query, case.language) for case in CASES]
    for query, language in queries[:5]:  # warm caches and the Korean model
        engine.search(SearchParams(q=query, language=language))
    latencies, cpu, counts = [], [], []
    for _ in range(args.rounds):
        for query, language in queries:
            wall, process = time.perf_counter(), time.process_time()
            page = engine.search(SearchParams(q=query, language=language))
            latencies.append((time.perf_counter() - wall) * 1000)
            cpu.append((time.process_time() - process) * 1000)
            counts.append(page.count)
    result = {
        "backend": backend,
        "articles_requested": args.articles,
        "documents_indexed": SearchDocument.objects.count(),
        "rebuild_rows": indexed,
        "seed_seconds": round(seeded, 1),
        "rebuild_seconds": round(rebuild_seconds, 1),
        "queries": len(latencies),
        "latency_ms": {
            "p50": round(percentile(latencies, 0.5), 1),
            "p95": round(percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1),
        },
        "cpu_ms_per_query": {"mean": round(statistics.mean(cpu), 1), "p95": round(percentile(cpu, 0.95), 1)},
        "median_result_count": statistics.median(counts),
    }
    name = f"search_{backend}_{args.articles}"
    out = ROOT / "bench" / "results" / f"{name}.json"
    out.write_text(json.dumps(result, indent=2))
    out.with_suffix(".md").write_text(
        f"# Reader search on {backend}, {result['documents_indexed']} indexed articles\n\n"
        f"| queries | p50 ms | p95 ms | max ms | CPU ms/query (mean) | rebuild s |\n|---|---|---|---|---|---|\n"
        f"| {result['queries']} | {result['latency_ms']['p50']} | {result['latency_ms']['p95']} | "
        f"{result['latency_ms']['max']} | {result['cpu_ms_per_query']['mean']} | {result['rebuild_seconds']} |\n"
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
