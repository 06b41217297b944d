"""Archive import rate: `manage.py import_articles` on a generated archive, on the configured database.

    DATABASE_URL=… python bench/import_bench.py --lines 10000            # generate, import, check, record
    DATABASE_URL=… python bench/import_bench.py --lines 100000 --generate-only /tmp/archive.jsonl

Needs the demo network (`manage.py seed_demo --no-print`) in the database. The archive is generated from
the demo stories of each outlet's languages (so the language check passes and every analyser gets real
text): one line per article, its body sentences drawn at random from the language's stories with their words
shuffled (so that texts differ as an archive's do; see `_shuffled`), spread over
every outlet and language, with the demo's journalists and topics, a new author every 50 lines, and source
ids numbered after the previous runs' (`bench-import-N`).
The import runs in this process with DEBUG off and tasks as configured (immediate by default: the script
variants of Kazakh, Uyghur and Uzbek articles and the search indexes are made inside the import, as in
development). Recorded:
wall and CPU time, articles per second (with `--worker` and `TASKS_BACKEND=database`, then the time
`db_worker --batch` takes to empty the queue — variants and both search indexes —, i.e. until every imported
article is searchable, and its CPU), and checks that every imported article is live, has its
revision, its search document and, where its outlet publishes one, its script variant. Results go to
bench/results/import_<database>_<lines>.md and .json.
"""

import argparse
import cProfile
import datetime
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DEBUG", "0")  # DEBUG keeps every query in memory: 100,000 articles would not fit

import django  # noqa: E402

django.setup()

from django.core.management import CommandError, call_command  # noqa: E402
from django.db import connection  # noqa: E402

from wagtail.models import Page, Revision  # noqa: E402

import languages  # noqa: E402
from demo import loader  # noqa: E402
from ethnic_press.importing import LineError  # noqa: E402
from ethnic_press.importing.lookups import Lookups  # noqa: E402
from ethnic_press.models import OutletPage  # noqa: E402
from newsroom.models import ArticlePage, Journalist, Topic  # noqa: E402
from search.models import SearchDocument  # noqa: E402

PREFIX = "bench-import-"
_SENTENCE = re.compile(r"(?<=[.!?。])\s+")
RESULTS = ROOT / "bench" / "results"


def generate(path: Path, count: int, seed: int = 1) -> int:
    """Write `count` import lines to `path`; returns the first number used."""
    rng = random.Random(seed)
    targets = []
    for outlet in OutletPage.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE, live=True):
        for language in outlet.outlet_languages.all():
            targets.append((outlet.slug, language.language))
    targets.sort()
    pools = {code: loader.articles(code) for code in {code for _, code in targets}}
    # Each body is sentences drawn at random from all the language's demo stories, their words shuffled,
    # so that no two generated articles share their opening: search groups texts with similar openings as
    # one story (search/stories.py), and an archive is not 100,000 near-copies of 15 texts.
    sentences = {
        code: [part for story in stories for text in story["body"] for part in _SENTENCE.split(text) if part]
        for code, stories in pools.items()
    }
    names = list(
        Journalist.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE).values_list("name", flat=True)
    )
    topics = list(Topic.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE).values_list("slug", flat=True))
    first = ArticlePage.objects.filter(source_id__startswith=PREFIX).count() + 1
    start = datetime.datetime(1995, 1, 1, 9, 0)
    with open(path, "w", encoding="utf-8") as file:
        for offset in range(count):
            number = first + offset
            slug, code = targets[number % len(targets)]
            story = rng.choice(pools[code])
            authors = [rng.choice(names)] if names else []
            if number % 50 == 0:
                authors.append(f"Archive Author {number // 50 % 400}")
            line = {
                "outlet": slug,
                "language": code,
                "title": f"{story['title']} ({number})",
                "lead": story["lead"],
                "body": "".join(
                    "<p>" + " ".join(_shuffled(rng, sentence) for sentence in rng.sample(sentences[code], k=3)) + "</p>"
                    for _ in range(4)
                ),
                "published_at": (start + datetime.timedelta(hours=number * 3 % 250_000)).isoformat(),
                "authors": authors,
                "topics": rng.sample(topics, k=min(2, len(topics))),
                "region": "KZ-75",
                "source_id": f"{PREFIX}{number}",
            }
            file.write(json.dumps(line, ensure_ascii=False) + "\n")
    return first


def _shuffled(rng: random.Random, sentence: str) -> str:
    """The sentence's words in another order: the language's own words, but a text no other article has
    (the demo has ~15 stories per language, too few sentences to give 100,000 articles distinct openings)."""
    words = sentence.split()
    rng.shuffle(words)
    return " ".join(words)


def _one_journalist(name: str) -> bool:
    """Whether the import credits `name` to one journalist (two of the demo's share a name)."""
    try:
        Lookups().journalist(name)
    except LineError:
        return False
    return True


def drain_queue() -> dict:
    """Run `manage.py db_worker --batch` until the queue is empty (the variants, then both search indexes of
    every batch); its wall and CPU time (the worker's own process, not the database server's)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--batch", "--no-startup-delay", "--queue-name", "*"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"worker wall seconds": round(time.perf_counter() - wall, 1), "worker cpu seconds": round(cpu, 1)}


def backend_cpu() -> float | None:
    """CPU seconds (user + system) of the PostgreSQL server process that serves this process's connection
    (the server runs on this machine: its /proc entry), None on SQLite."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class StatementCount:
    """Statements the import sends through Django's cursors (an executemany counts one per row of parameters,
    as the server runs one per row), with `connection.execute_wrapper`."""

    def __init__(self) -> None:
        self.statements = self.calls = 0

    def __call__(self, execute, sql, params, many, context):
        self.calls += 1
        self.statements += len(params) if many else 1
        return execute(sql, params, many, context)


def run(path: Path, lines: int, profile: Path | None = None, worker: bool = False) -> dict:
    before = {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.filter(source_id__startswith=PREFIX).count(),
    }
    out, err = StringIO(), StringIO()
    count = StatementCount()
    server = backend_cpu()
    wall, cpu = time.perf_counter(), time.process_time()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    try:
        with connection.execute_wrapper(count):
            call_command("import_articles", str(path), stdout=out, stderr=err)
    except CommandError:  # some lines failed: reported below with the rest
        pass
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    server = backend_cpu() - server if server is not None else None
    load = os.getloadavg()
    queue = drain_queue() if worker else {}
    imported = ArticlePage.objects.filter(source_id__startswith=PREFIX)
    new_ids = list(imported.order_by("-pk").values_list("pk", flat=True)[:lines])
    checks = {
        "live": imported.filter(pk__in=new_ids, live=True).count(),
        "with live revision": imported.filter(pk__in=new_ids, live_revision__isnull=False).count(),
        "revisions": Revision.page_revisions.filter(object_id__in=[str(pk) for pk in new_ids]).count(),
        "search documents": SearchDocument.objects.filter(page_id__in=new_ids).values("page_id").distinct().count(),
        "script variants (kk-latn, ug-arab, uz-latn)": ArticlePage.objects.filter(
            source_id__startswith=PREFIX, locale__language_code__in=[v.code for v in languages.VARIANTS]
        ).count(),
        "tree problems": sum(len(problems) for problems in Page.find_problems()),
    }
    return {
        "database": connection.vendor,
        "lines": lines,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "load average": load,
        "wall seconds": round(wall, 1),
        "cpu seconds": round(cpu, 1),
        "cpu ms per line": round(cpu / lines * 1000, 2),
        "articles per second (wall)": round(lines / wall, 1),
        "articles per second (cpu)": round(lines / cpu, 1),
        **(
            {
                "database server cpu seconds (the import's connection)": round(server, 1),
                "database server cpu ms per line": round(server / lines * 1000, 2),
            }
            if server is not None
            else {}
        ),
        "statements through Django's cursors (calls; an executemany counts a row each)": (
            f"{count.statements} ({count.calls})"
        ),
        **queue,
        **(
            {
                "searchable after (import + worker wall seconds)": round(wall + queue["worker wall seconds"], 1),
                "end-to-end cpu ms per line (import + worker)": round(
                    (cpu + queue["worker cpu seconds"]) / lines * 1000, 2
                ),
            }
            if queue
            else {}
        ),
        "pages before": before["pages"],
        "summary": out.getvalue().strip().splitlines()[-1],
        "errors": err.getvalue().strip().splitlines()[:5],
        "checks": checks,
        "tasks backend": os.environ.get("TASKS_BACKEND", "immediate"),
    }


def record(result: dict, label: str) -> None:
    RESULTS.mkdir(exist_ok=True)
    name = f"import_{result['database']}_{result['lines']}{label}"
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    rows = "\n".join(f"| {key} | {value} |" for key, value in result.items() if key != "checks")
    checks = "\n".join(f"| {key} | {value} |" for key, value in result["checks"].items())
    (RESULTS / f"{name}.md").write_text(
        f"# Archive import: {result['lines']:,} lines on {result['database']}\n\n"
        f"`python bench/import_bench.py --lines {result['lines']}` (bench/import_bench.py)"
        f"{' — ' + result['pass'] if 'pass' in result else ''}\n\n"
        f"| measure | value |\n|---|---|\n{rows}\n\n| check of the imported articles | value |\n|---|---|\n{checks}\n"
    )
    print(f"recorded {RESULTS / name}.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--generate-only", type=Path, metavar="FILE", help="write the archive to FILE and stop")
    parser.add_argument("--file", type=Path, help="import this archive instead of generating one")
    parser.add_argument("--label", default="", help="suffix of the result file names")
    parser.add_argument("--reimport", action="store_true", help="then re-import the file unchanged, and changed")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="write a cProfile of the import to FILE")
    parser.add_argument(
        "--worker", action="store_true", help="then run db_worker until the queue is empty (TASKS_BACKEND=database)"
    )
    args = parser.parse_args()
    if args.generate_only:
        first = generate(args.generate_only, args.lines, args.seed)
        print(f"{args.generate_only}: {args.lines} lines from {PREFIX}{first}")
        return
    path = args.file or Path(f"/tmp/import_bench_{os.getpid()}.jsonl")
    if args.file is None:
        generate(path, args.lines, args.seed)
    lines = sum(1 for _ in open(path, encoding="utf-8"))
    result = run(path, lines, args.profile, args.worker)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    record(result, args.label)
    if args.reimport:
        # The same file again (every line unchanged: skipped), then with every title changed (bulk updates).
        result = run(path, lines, worker=args.worker)
        result["pass"] = "re-import, unchanged"
        print(json.dumps(result, indent=2, ensure_ascii=False))
        record(result, f"{args.label}_reimport_unchanged")
        changed = path.with_suffix(".changed.jsonl")
        with open(path, encoding="utf-8") as source, open(changed, "w", encoding="utf-8") as target:
            for text in source:
                line = json.loads(text)
                line["title"] = line["title"].replace(" (", " — 2 (", 1)
                target.write(json.dumps(line, ensure_ascii=False) + "\n")
        result = run(changed, lines, worker=args.worker)
        result["pass"] = "re-import, every title changed"
        print(json.dumps(result, indent=2, ensure_ascii=False))
        record(result, f"{args.label}_reimport_changed")


if __name__ == "__main__":
    main()
