"""Print-page search latency at 100,000 printed pages, on the configured database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/print_bench .venv/bin/python bench/print_search_bench.py
    .venv/bin/python bench/print_search_bench.py            # SQLite: /tmp/print_bench.sqlite3

Builds (once; `--reuse` skips it) an outlet with EDITIONS live print editions of PAGES pages each, and their
search rows written the way search/indexing.py writes them (the print-page source's documents, analysed by
search.analysis), with page texts made from the demo stories of five languages (ko, kk, ru, de, ug)
shuffled sentence by sentence, so that words recur across pages as in an archive. The pages are not OCR'd
here (bench/ocr_bench.py measures that). Then runs reader searches of the print archive (`kind=print_page`)
in each language through search.engine (count, ranking, facets, snippets), ROUNDS times each.
Results: bench/results/print_search_<backend>.md and .json.
"""

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/print_bench.sqlite3")
os.environ.setdefault("DEBUG", "0")

LANGUAGES = ["ko", "kk", "ru", "de", "ug"]
QUERIES = {
    "ko": ["학교", "신문", "알마티", "고려인 문화", "독자"],
    "kk": ["мектеп", "газет", "Алматы", "мәдениет орталығы", "оқырман"],
    "ru": ["школа", "газета", "Алматы", "культурный центр", "читатели"],
    "de": ["Schule", "Zeitung", "Almaty", "Kulturzentrum", "Leser"],
    "ug": ["мәктәп", "гезит", "Алмута", "мәдәнийәт", "оқурмән"],
}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def sentences(code: str) -> list[str]:
    from demo import loader

    stories = loader.articles(code)
    text = " ".join(" ".join([story["title"], story["lead"], *story["body"]]) for story in stories)
    return [part.strip() + "." for part in text.replace("!", ".").replace("?", ".").split(".") if part.strip()]


def build(editions: int, pages: int) -> None:
    from django.db import transaction

    from ethnic_press.models import PrintEditionPage
    from home.site_tree import ensure_home
    from search.indexing import _row
    from search.models import SearchDocument, SearchText
    from search.sources import Document
    from tests import factories

    home = ensure_home("Этникалық баспасөз")
    index = factories.OutletIndexPageFactory(parent=home, slug="bench-print-outlets")
    outlet = factories.OutletPageFactory(parent=index, slug="bench-print", title="Bench Print", languages=["kk"])
    rng = random.Random(2026)
    pools = {code: sentences(code) for code in LANGUAGES}
    started = time.monotonic()
    for number in range(editions):
        code = LANGUAGES[number % len(LANGUAGES)]
        date = datetime.date(1990, 1, 1) + datetime.timedelta(days=7 * number)
        with transaction.atomic():
            edition = PrintEditionPage(
                title=f"№ {number} ({date:%d.%m.%Y})", slug=f"bench-{number}", issue_number=number, issue_date=date
            )
            outlet.add_child(instance=edition)
            published = datetime.datetime.combine(date, datetime.time.min, tzinfo=datetime.UTC)
            documents = [
                Document(
                    page_id=edition.pk,
                    part=part,
                    kind=SearchDocument.Kind.PRINT_PAGE,
                    language=code,
                    translation_key=uuid.uuid5(edition.translation_key, str(part)),
                    published_at=published,
                    title=edition.title,
                    text=" ".join(rng.sample(pools[code], 12)),
                    outlet=outlet,
                )
                for part in range(1, pages + 1)
            ]
            rows = SearchDocument.objects.bulk_create([_row(document) for document in documents])
            SearchText.objects.bulk_create(
                SearchText(document=row, text=document.text) for row, document in zip(rows, documents, strict=True)
            )
        if number % 50 == 0:
            print(f"  {number * pages} pages indexed, {time.monotonic() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", type=int, default=500)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search import engine
    from search.filters import SearchParams
    from search.models import SearchDocument

    if not args.reuse:
        call_command("migrate", verbosity=0)
        if not SearchDocument.objects.filter(kind=SearchDocument.Kind.PRINT_PAGE).exists():
            build(args.editions, args.pages)
    total = SearchDocument.objects.filter(kind=SearchDocument.Kind.PRINT_PAGE).count()
    for code, queries in QUERIES.items():  # load the analysers first (Kiwi's Korean model takes seconds)
        engine.search(SearchParams(q=queries[0], language=code, kind=SearchDocument.Kind.PRINT_PAGE))
    timings, cpu, counts = {code: [] for code in LANGUAGES}, [], {}
    for _round in range(args.rounds):
        for code, queries in QUERIES.items():
            for query in queries:
                started, cpu_started = time.perf_counter(), time.process_time()
                page = engine.search(SearchParams(q=query, language=code, kind=SearchDocument.Kind.PRINT_PAGE))
                timings[code].append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
                counts[(code, query)] = page.count
    every = [value for values in timings.values() for value in values]
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "backend": connection.vendor,
        "print_pages": total,
        "queries": len(every),
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": round(percentile(every, 0.95), 1),
        "python_cpu_ms_mean": round(statistics.mean(cpu), 1),
        "load": round(os.getloadavg()[0], 1),
        "per_language": {
            code: {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(percentile(values, 0.95), 1)}
            for code, values in timings.items()
        },
        "matches": {f"{code}:{query}": count for (code, query), count in counts.items()},
    }
    out = ROOT / "bench" / "results" / f"print_search_{connection.vendor}"
    out.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    lines = [
        f"# Print-page search at {total:,} printed pages ({connection.vendor})",
        "",
        f"{result['date']}, load average {result['load']} on 2 cores shared with other work; "
        f"{len(every)} searches (`kind=print_page`, 5 queries × 5 languages × {args.rounds} rounds) through "
        "search.engine.",
        "",
        f"- p50 **{result['p50_ms']} ms**, p95 **{result['p95_ms']} ms**, Python CPU {result['python_cpu_ms_mean']} ms "
        "per search",
        "",
        "| language | p50 ms | p95 ms |",
        "|---|---|---|",
        *(f"| {code} | {row['p50_ms']} | {row['p95_ms']} |" for code, row in result["per_language"].items()),
    ]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
