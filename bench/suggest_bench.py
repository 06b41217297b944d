"""Search-as-you-type latency (p50/p95) at N indexed articles, on the configured database.

    .venv/bin/python bench/suggest_bench.py --articles 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench_suggest .venv/bin/python bench/suggest_bench.py

Suggestions read only the reader index (SearchDocument and its full-text index), outlets, topics and
journalists, so the corpus is index rows written directly rather than seeded pages: N rows over the
content languages, their titles drawn from the words of the relevance corpus' stories of that language
(tests/search/corpus.py) with dates over ten years, all attached to one live article page (distinct
`part`), grouped into stories of one to three rows. What is timed is search.suggest.suggest() as the API
calls it, for the first two to six letters of every title word of the corpus, typed alone and after a
complete word. Uses its own database (SQLite: /tmp/ep_bench_suggest.sqlite3 unless DATABASE_URL is set).
Results: bench/results/suggest_<backend>_<N>.json and .md.
"""

import argparse
import datetime
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/ep_bench_suggest.sqlite3")
os.environ.setdefault("DEBUG", "0")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="PostgreSQL: compare with and without planner statistics, interleaved (suggest_postgresql_statistics.md)",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from home.site_tree import ensure_home
    from search.analysis import index_terms
    from search.models import SearchDocument
    from search.suggest import suggest
    from tests import factories
    from tests.search.corpus import STORIES

    call_command("migrate", verbosity=0)
    rng = random.Random(11)
    vocabulary: dict[str, list[str]] = {}
    for story in STORIES:
        vocabulary.setdefault(story.language, []).extend(f"{story.title} {story.lead} {story.body}".split())
    started = time.monotonic()
    if SearchDocument.objects.count() < args.articles:
        home = ensure_home("Этникалық баспасөз")
        index = factories.OutletIndexPageFactory(parent=home)
        outlet = factories.OutletPageFactory(parent=index, title="Қазақстан достығы", slug="dostyq")
        page = factories.ArticlePageFactory(parent=outlet)
        outlet_keys = [uuid.uuid4() for _ in range(60)]
        now = timezone.now()
        rows, story_key, left = [], uuid.uuid4(), 0
        for part in range(1, args.articles + 1):
            language = rng.choice(sorted(vocabulary))
            if left == 0:
                story_key, left = uuid.uuid4(), rng.choice((1, 1, 1, 2, 3))
            left -= 1
            title = " ".join(rng.choice(vocabulary[language]) for _ in range(rng.randint(4, 9))).strip(".,:;«»")
            rows.append(
                SearchDocument(
                    page_id=page.pk,
                    part=part,
                    language=language,
                    translation_key=uuid.uuid4(),
                    story_key=story_key,
                    outlet_key=rng.choice(outlet_keys),
                    outlet_title="Outlet",
                    published_at=now - datetime.timedelta(minutes=rng.randint(0, 10 * 365 * 24 * 60)),
                    title=title,
                    title_terms=" ".join(index_terms(title, language)),
                    terms=" ".join(index_terms(title, language)),
                )
            )
            if len(rows) == 2000:
                with transaction.atomic():
                    SearchDocument.objects.bulk_create(rows)
                rows = []
        with transaction.atomic():
            SearchDocument.objects.bulk_create(rows)
    # As after any bulk load (search.indexing.rebuild does the same): the planner needs statistics.
    # This PostgreSQL runs with autovacuum off, so without this the tables are never analysed.
    from search.indexing import analyse_tables

    analyse_tables()
    built = round(time.monotonic() - started, 1)

    typed = []
    for story in STORIES:
        words = [word.strip('.,:;«»"') for word in story.title.split()]
        words = [word for word in words if len(word) >= 2]
        for word in words:
            for length in (2, 3, 4, 6):
                if len(word) >= length:
                    typed.append((word[:length], story.language))
        if len(words) >= 2:
            typed.append((f"{words[0]} {words[1][:3]}", story.language))
    for text, language in typed[:: max(1, len(typed) // 50)]:
        suggest(text, language)  # dictionaries and models load once
    if args.statistics and connection.vendor == "postgresql":
        statistics_ab(typed, args.rounds)
        return
    from bench.search_bench import _server_cpu_reader

    server = _server_cpu_reader()
    latencies, counts, cpu, server_cpu = [], [], [], []
    for _ in range(args.rounds):
        for text, language in typed:
            wall, process, database = time.perf_counter(), time.process_time(), server()
            found = suggest(text, language)
            latencies.append((time.perf_counter() - wall) * 1000)
            cpu.append((time.process_time() - process) * 1000)
            if database is not None:
                server_cpu.append((server() - database) * 1000)
            counts.append(sum(1 for item in found if item.kind == "story"))
    backend = connection.vendor
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_average_1_5_15": [round(value, 2) for value in os.getloadavg()],
        "database": backend,
        "index_rows": SearchDocument.objects.count(),
        "build_seconds": built,
        "requests": len(latencies),
        "latency_ms": {
            "p50": round(percentile(latencies, 0.5), 1),
            "p95": round(percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1),
        },
        "stories_suggested_mean": round(sum(counts) / len(counts), 2),
        "python_cpu_ms_per_request_mean": round(sum(cpu) / len(cpu), 2),
        # clock-tick resolution (10 ms): only the mean is meaningful
        "database_cpu_ms_per_request_mean": round(sum(server_cpu) / len(server_cpu), 2) if server_cpu else None,
        "note": "suggest() in-process (no HTTP); index rows written directly, one live page",
    }
    name = f"suggest_{backend}_{args.articles}"
    out = ROOT / "bench" / "results"
    (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    (out / f"{name}.md").write_text(
        f"# Search-as-you-type on {backend}, {result['index_rows']} index rows\n\n"
        f"{result['date']}, load average {result['load_average_1_5_15']} at the end.\n\n"
        "| requests | p50 ms | p95 ms | max ms | stories per answer | Python CPU ms (mean) | database CPU ms (mean) |\n"
        "|---|---|---|---|---|---|---|\n"
        f"| {result['requests']} | {result['latency_ms']['p50']} | {result['latency_ms']['p95']} | "
        f"{result['latency_ms']['max']} | {result['stories_suggested_mean']} | "
        f"{result['python_cpu_ms_per_request_mean']} | {result['database_cpu_ms_per_request_mean']} |\n"
    )
    print(json.dumps(result, indent=2))


def statistics_ab(typed: list[tuple[str, str]], rounds: int) -> None:
    """suggest() and its stories query's server time without and with planner statistics, the two
    states interleaved round by round so both see the same machine load."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search.indexing import analyse_tables
    from search.suggest import suggest

    states = {
        "without statistics": {"suggest": [], "stories query": []},
        "with statistics": {"suggest": [], "stories query": []},
    }
    for _ in range(rounds):
        for state, measured in states.items():
            if state == "with statistics":
                analyse_tables()
            else:
                # As a table never analysed: no column statistics and an unknown row count.
                with connection.cursor() as cursor:
                    cursor.execute("DELETE FROM pg_statistic WHERE starelid = 'search_searchdocument'::regclass")
                    cursor.execute("UPDATE pg_class SET reltuples = -1 WHERE oid = 'search_searchdocument'::regclass")
            for text, language in typed:
                with CaptureQueriesContext(connection) as queries:
                    wall = time.perf_counter()
                    suggest(text, language)
                    measured["suggest"].append((time.perf_counter() - wall) * 1000)
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + queries.captured_queries[0]["sql"])
                    measured["stories query"].append(cursor.fetchone()[0][0]["Execution Time"])
    analyse_tables()
    with open("/proc/loadavg") as handle:
        load = handle.read().split()[0]
    lines = [
        "# Search-as-you-type on PostgreSQL: planner statistics or none (100,000 index rows)",
        "",
        f"{len(typed) * rounds} typed prefixes per state, interleaved; load average {load} on the shared 2-core "
        "machine when it ended (absolute times scale with it). `stories query`: server execution time "
        "(EXPLAIN ANALYZE); `suggest`: the whole in-process call (five queries and Python).",
        "",
        "| state | suggest p50 ms | suggest p95 ms | stories query p50 ms | stories query p95 ms |",
        "|---|---|---|---|---|",
    ]
    for state, measured in states.items():
        lines.append(
            f"| {state} | {percentile(measured['suggest'], 0.5):.1f} | {percentile(measured['suggest'], 0.95):.1f} "
            f"| {percentile(measured['stories query'], 0.5):.1f} | {percentile(measured['stories query'], 0.95):.1f} |"
        )
    (ROOT / "bench" / "results" / "suggest_postgresql_statistics.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
