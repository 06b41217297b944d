"""Judged relevance of reader search: nDCG@10, recall@10, precision@5 and MRR per language and backend.

    .venv/bin/python bench/judged_relevance.py --check                 # validate bench/relevance/*.toml
    .venv/bin/python bench/judged_relevance.py                         # SQLite (in-memory test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search3_bench .venv/bin/python bench/judged_relevance.py
    .venv/bin/python bench/judged_relevance.py --compare               # where SQLite and PostgreSQL differ

The judged set is one TOML file per language in bench/relevance/ (stories and queries with graded
judgments: 3 the story sought, 2 clearly about it, 1 related; unlisted stories are 0). Each language
gets three outlets (a, b, c) in a throwaway test database; stories are created as live pages dated
`days_ago` days before the run, `republished_from` is the real ArticlePage.republished_from, and their
index rows are written by search.indexing.index_pages (what the publish signal calls). Every query then goes through
search.engine.search, the function behind /search/ and /api/search/, with its grouping of a
story's copies into one result.

Measures, per query, over the first ten results (each result is one story group: the judged story
and its republished or pasted copies, grouped as production groups them, via SearchDocument.story_key):
- nDCG@10: graded gain 2^g - 1 of each result (g = the best judgment among the group's stories),
  discounted by log2(rank + 1), divided by the ideal ordering of the judged groups;
- recall@10: judged groups (g >= 1) among the ten results / judged groups;
- precision@5: judged results among the first five / 5;
- MRR: 1 / rank of the first result judged 3 (0 when none is in the first ten).
Results go to bench/results/judged_relevance_<backend>.json and .md; --compare reads both backends'
JSON and writes bench/results/judged_relevance_compare.md.
"""

import argparse
import datetime
import json
import math
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

RELEVANCE = ROOT / "bench" / "relevance"
RESULTS = ROOT / "bench" / "results"
MIN_STORIES = 92
MIN_QUERIES = 40
OUTLETS = ("a", "b", "c")
KINDS = ("title", "phrase", "inflection", "common-words", "name", "no-diacritics", "scattered", "freshness")
DEPTH = 10


# --- The files --------------------------------------------------------------------------------------


def files(languages: list[str] | None = None) -> list[Path]:
    paths = sorted(RELEVANCE.glob("*.toml"))
    return [path for path in paths if not languages or path.stem in languages]


def load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def check(path: Path) -> list[str]:
    """What is wrong with a judged-set file (nothing: an empty list)."""
    try:
        data = load(path)
    except tomllib.TOMLDecodeError as error:
        return [f"not valid TOML: {error}"]
    errors = []
    language = data.get("language")
    if language != path.stem:
        errors.append(f"language = {language!r}, the file is {path.name}")
    stories = data.get("stories", [])
    queries = data.get("queries", [])
    keys = [story.get("key") for story in stories]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        errors.append(f"keys used more than once: {duplicates}")
    known = set(keys)
    if len(known) < MIN_STORIES:
        errors.append(f"{len(known)} stories, at least {MIN_STORIES} needed")
    if len(queries) < MIN_QUERIES:
        errors.append(f"{len(queries)} queries, at least {MIN_QUERIES} needed")
    for story in stories:
        key = story.get("key")
        for field in ("title", "lead", "body"):
            if not story.get(field):
                errors.append(f"{key}: no {field}")
        if not isinstance(story.get("body", []), list):
            errors.append(f"{key}: body must be a list of paragraphs")
        if story.get("outlet") not in OUTLETS:
            errors.append(f"{key}: outlet {story.get('outlet')!r} is not one of {OUTLETS}")
        days = story.get("days_ago")
        if not isinstance(days, int) or not 0 <= days <= 400:
            errors.append(f"{key}: days_ago {days!r} is not a whole number of days 0..400")
        original = story.get("republished_from")
        if original is not None:
            if original not in known:
                errors.append(f"{key}: republished_from {original!r} is not a story of the file")
            elif original == key:
                errors.append(f"{key}: republished from itself")
            else:
                source = next(item for item in stories if item.get("key") == original)
                if source.get("outlet") == story.get("outlet"):
                    errors.append(f"{key}: republished from {original} of the same outlet")
                if source.get("republished_from"):
                    errors.append(f"{key}: republished from {original}, itself a republication")
    texts = [query.get("q", "") for query in queries]
    repeated = sorted({text for text in texts if texts.count(text) > 1})
    if repeated:
        errors.append(f"queries given more than once: {repeated}")
    for query in queries:
        text = query.get("q", "")
        if not text.strip():
            errors.append("a query without q")
        if query.get("kind") not in KINDS:
            errors.append(f"{text!r}: kind {query.get('kind')!r} is not one of {KINDS}")
        judgments = query.get("judgments", {})
        unknown = sorted(key for key in judgments if key not in known)
        if unknown:
            errors.append(f"{text!r}: judgments of unknown stories {unknown}")
        grades = sorted({grade for grade in judgments.values() if grade not in (1, 2, 3)})
        if grades:
            errors.append(f"{text!r}: grades must be 1, 2 or 3, not {grades}")
        if 3 not in judgments.values():
            errors.append(f"{text!r}: no story judged 3")
    return errors


# --- The measures -----------------------------------------------------------------------------------


def gain(grade: int) -> float:
    return 2**grade - 1


def dcg(grades: list[int]) -> float:
    return sum(gain(grade) / math.log2(rank + 2) for rank, grade in enumerate(grades[:DEPTH]))


def measures(found: list[str], judged: dict[str, int]) -> dict:
    """The measures of one query: `found` are the groups shown, best first; `judged` the grade of each
    judged group (the best grade among its stories)."""
    grades = [judged.get(group, 0) for group in found[:DEPTH]]
    ideal = dcg(sorted(judged.values(), reverse=True))
    first = next((rank for rank, grade in enumerate(grades, 1) if grade == 3), None)
    return {
        "ndcg": dcg(grades) / ideal if ideal else 0.0,
        "recall": sum(1 for grade in grades if grade) / len(judged) if judged else 0.0,
        "precision": sum(1 for grade in grades[:5] if grade) / 5,
        "mrr": 1 / first if first else 0.0,
    }


# --- The run ----------------------------------------------------------------------------------------


def build(data: dict, home, index, now) -> dict[str, int]:
    """A language's stories in three outlets, live and indexed; returns the page id of each story key."""
    from wagtail.rich_text import RichText

    from languages.localize import translate_page
    from search import indexing
    from tests import factories

    language = data["language"]
    parent_home = translate_page(home, language) if language != home.locale.language_code else home
    parent_index = translate_page(index, language) if language != index.locale.language_code else index
    del parent_home
    outlets = {
        letter: factories.OutletPageFactory(
            parent=parent_index,
            locale=factories.locale(language),
            title=f"{language}-{letter}",
            slug=f"judged-{language}-{letter}",
            languages=[language],
        )
        for letter in OUTLETS
    }
    pages: dict[str, object] = {}
    stories = sorted(data["stories"], key=lambda story: story.get("republished_from") is not None)
    for number, story in enumerate(stories):
        body = "".join(f"<p>{paragraph}</p>" for paragraph in story["body"])
        # Distinct times within a day keep the order of stories of the same day stable.
        published = now - datetime.timedelta(days=story["days_ago"], minutes=number)
        page = factories.ArticlePageFactory(
            parent=outlets[story["outlet"]],
            locale=factories.locale(language),
            title=story["title"],
            slug=story["key"],
            lead=story["lead"],
            body=[("paragraph", RichText(body))],
            original_language=language,
            published_at=published,
            first_published_at=published,
        )
        if story.get("republished_from"):
            page.republished_from = pages[story["republished_from"]]
            page.save(update_fields=["republished_from"])
        pages[story["key"]] = page
    # The pages are created live; their index rows are written by the function the publish signal
    # calls, for all of them at once (publishing each page as an editor does also runs the page
    # cache, CDN and translation handlers, ten times slower on this machine, for the same rows).
    indexing.index_pages(page.pk for page in pages.values())
    return {key: page.pk for key, page in pages.items()}


def run(paths: list[Path], rankings: list[str] | None = None) -> list[dict]:
    """Build the corpus of these files once, then measure it with each ranking setting (default: the
    configured search.backends.base.RANKING); one report per setting."""
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    from home.site_tree import ensure_home
    from search.backends import base, get_backend
    from search.models import SearchDocument
    from tests import factories

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    reports = []
    try:
        home = ensure_home("Этникалық баспасөз")
        index = factories.OutletIndexPageFactory(parent=home)
        now = timezone.now()
        corpora = []
        for path in paths:
            data = load(path)
            pages = build(data, home, index, now)
            story_of_page = dict(
                SearchDocument.objects.filter(page_id__in=pages.values()).values_list("page_id", "story_key")
            )
            corpora.append((data, pages, story_of_page))
        configured = base.RANKING
        for setting in rankings or [None]:
            base.RANKING = base.Ranking(*(float(value) for value in setting.split(","))) if setting else configured
            report: dict = {"backend": get_backend().name, "ranking": vars(base.RANKING), "languages": {}}
            for data, pages, story_of_page in corpora:
                report["languages"][data["language"]] = measure(data, pages, story_of_page)
                print(data["language"], setting or "", format_row(report["languages"][data["language"]]), flush=True)
            reports.append(report)
        base.RANKING = configured
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return reports


def measure(data: dict, pages: dict[str, int], story_of_page: dict) -> dict:
    """Every query of a language through the reader search, measured against its judgments."""
    from search import engine
    from search.filters import SearchParams

    language = data["language"]
    key_of_page = {page_id: key for key, page_id in pages.items()}
    # A group (a story and its copies, as search groups them) is named by its smallest key.
    members: dict = {}
    for page_id, story_key in story_of_page.items():
        members.setdefault(story_key, []).append(key_of_page[page_id])
    group_of = {key: min(keys) for keys in members.values() for key in keys}
    rows = []
    for query in data["queries"]:
        judged: dict[str, int] = {}
        for key, grade in query["judgments"].items():
            group = group_of.get(key, key)
            judged[group] = max(judged.get(group, 0), grade)
        page = engine.search(SearchParams(q=query["q"], language=language))
        found = []
        for result in page.results[:DEPTH]:
            key = key_of_page.get(result.page_id)
            found.append(group_of.get(key, key) if key else f"page-{result.page_id}")
        rows.append(
            {"q": query["q"], "kind": query["kind"], "count": page.count, "top": found, "judged": judged}
            | measures(found, judged)
        )
    return {
        "stories": len(pages),
        "groups": {min(keys): sorted(keys) for keys in members.values() if len(keys) > 1},
        "queries": rows,
        **summary(rows),
    }


def summary(rows: list[dict]) -> dict:
    return {
        name: round(sum(row[name] for row in rows) / len(rows), 3) if rows else 0.0
        for name in ("ndcg", "recall", "precision", "mrr")
    }


def format_row(row: dict) -> str:
    return (
        f"queries {len(row['queries'])}  nDCG@10 {row['ndcg']:.3f}  recall@10 {row['recall']:.3f}  "
        f"P@5 {row['precision']:.3f}  MRR {row['mrr']:.3f}"
    )


def write(report: dict, suffix: str = "") -> Path:
    backend = report["backend"]
    out = RESULTS / f"judged_relevance_{backend}{suffix}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    languages = report["languages"]
    lines = [
        f"# Judged relevance on {backend}",
        "",
        "Written by bench/judged_relevance.py from bench/relevance/*.toml (measures: see the script's docstring).",
        f"Ranking: {report.get('ranking', '')}.",
        "",
        "| language | stories | queries | nDCG@10 | recall@10 | P@5 | MRR |",
        "|---|---|---|---|---|---|---|",
    ]
    for language, row in sorted(languages.items()):
        lines.append(
            f"| {language} | {row['stories']} | {len(row['queries'])} | {row['ndcg']:.3f} | {row['recall']:.3f} "
            f"| {row['precision']:.3f} | {row['mrr']:.3f} |"
        )
    every = [query for row in languages.values() for query in row["queries"]]
    if every:
        total = summary(every)
        lines.append(
            f"| all | {sum(row['stories'] for row in languages.values())} | {len(every)} | {total['ndcg']:.3f} "
            f"| {total['recall']:.3f} | {total['precision']:.3f} | {total['mrr']:.3f} |"
        )
    lines += ["", "## By kind of query", "", "| kind | queries | nDCG@10 | recall@10 |", "|---|---|---|---|"]
    for kind in KINDS:
        chosen = [query for query in every if query["kind"] == kind]
        if chosen:
            total = summary(chosen)
            lines.append(f"| {kind} | {len(chosen)} | {total['ndcg']:.3f} | {total['recall']:.3f} |")
    lines += ["", "## Weakest queries (nDCG@10 below 0.7)", ""]
    for language, row in sorted(languages.items()):
        for query in row["queries"]:
            if query["ndcg"] < 0.7:
                wanted = [group for group, grade in query["judged"].items() if grade == 3]
                lines.append(
                    f"- {language} `{query['q']}` ({query['kind']}): nDCG {query['ndcg']:.2f}, "
                    f"recall {query['recall']:.2f}; sought {', '.join(wanted)}; top {', '.join(query['top'][:5])}"
                )
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    return out


def compare(suffix: str = "") -> str:
    """Where the SQLite and PostgreSQL top results differ, query by query."""
    sides = {}
    for backend in ("sqlite", "postgresql"):
        path = RESULTS / f"judged_relevance_{backend}{suffix}.json"
        if not path.exists():
            raise SystemExit(f"{path} is missing: run the benchmark on {backend} first")
        sides[backend] = json.loads(path.read_text())["languages"]
    lines = [
        "# Judged queries: SQLite and PostgreSQL top results compared",
        "",
        "Same top 10: the same story groups in the same order; same top 3: the first three agree; "
        "overlap: stories of the SQLite top 10 also in PostgreSQL's.",
        "",
        "| language | queries | same top 10 | same top 3 | same first | mean overlap@10 "
        "| nDCG@10 SQLite | PostgreSQL |",
        "|---|---|---|---|---|---|---|---|",
    ]
    differences = []
    totals = [0, 0, 0, 0, 0.0]
    for language in sorted(set(sides["sqlite"]) & set(sides["postgresql"])):
        left = {row["q"]: row for row in sides["sqlite"][language]["queries"]}
        right = {row["q"]: row for row in sides["postgresql"][language]["queries"]}
        same10 = same3 = same1 = 0
        overlap = 0.0
        common = [q for q in left if q in right]
        for q in common:
            a, b = left[q]["top"], right[q]["top"]
            same10 += a == b
            same3 += a[:3] == b[:3]
            same1 += a[:1] == b[:1]
            overlap += len(set(a) & set(b)) / max(len(a), len(b), 1)
            if a[:3] != b[:3]:
                differences.append(
                    f"- {language} `{q}`: SQLite {', '.join(a[:5]) or '—'} (nDCG {left[q]['ndcg']:.2f}); "
                    f"PostgreSQL {', '.join(b[:5]) or '—'} (nDCG {right[q]['ndcg']:.2f})"
                )
        n = len(common) or 1
        totals = [
            totals[0] + len(common),
            totals[1] + same10,
            totals[2] + same3,
            totals[3] + same1,
            totals[4] + overlap,
        ]
        lines.append(
            f"| {language} | {len(common)} | {same10} | {same3} | {same1} | {overlap / n:.2f} "
            f"| {sides['sqlite'][language]['ndcg']:.3f} | {sides['postgresql'][language]['ndcg']:.3f} |"
        )
    if totals[0]:
        lines.append(
            f"| all | {totals[0]} | {totals[1]} | {totals[2]} | {totals[3]} | {totals[4] / totals[0]:.2f} | | |"
        )
    lines += ["", "## Queries whose top 3 differ", ""] + (differences or ["None."])
    text = "\n".join(lines) + "\n"
    (RESULTS / f"judged_relevance_compare{suffix}.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the judged-set files and stop")
    parser.add_argument("--compare", action="store_true", help="compare the SQLite and PostgreSQL results")
    parser.add_argument("--suffix", default="", help="added to the result file names (e.g. _before)")
    parser.add_argument(
        "--ranking",
        action="append",
        help="title,phrase,fresh,half_life_days instead of search.backends.base.RANKING; repeat it to compare "
        "settings on one corpus (the first is written as the result, every one to ..._sweep.md)",
    )
    parser.add_argument("languages", nargs="*", help="only these languages (default: every file)")
    args = parser.parse_args()
    if args.compare:
        print(compare(args.suffix))
        return
    paths = files(args.languages)
    if not paths:
        raise SystemExit(f"no judged-set files in {RELEVANCE}")
    if args.check:
        failed = False
        for path in paths:
            errors = check(path)
            data = load(path) if not errors else {}
            print(
                f"{path.name}: " + ("ok" if not errors else "; ".join(errors)),
                f"({len(data.get('stories', []))} stories, {len(data.get('queries', []))} queries)" if data else "",
            )
            failed = failed or bool(errors)
        raise SystemExit(1 if failed else 0)
    bad = {path.name: check(path) for path in paths}
    bad = {name: errors for name, errors in bad.items() if errors}
    if bad:
        raise SystemExit(f"invalid judged-set files (run --check): {bad}")
    reports = run(paths, args.ranking)
    out = write(reports[0], args.suffix)
    print(out.with_suffix(".md").read_text())
    if len(reports) > 1:
        print(sweep(reports))


def sweep(reports: list[dict]) -> str:
    """nDCG@10 and recall@10 of each ranking setting, per language (bench/results/..._sweep.md)."""
    languages = sorted(reports[0]["languages"])
    lines = [
        f"# Ranking settings compared on {reports[0]['backend']} (nDCG@10 / recall@10)",
        "",
        "| title, phrase, fresh, half-life | " + " | ".join(languages) + " | all |",
        "|---" * (len(languages) + 2) + "|",
    ]
    for report in reports:
        cells = [
            f"{report['languages'][language]['ndcg']:.3f} / {report['languages'][language]['recall']:.3f}"
            for language in languages
        ]
        every = summary([query for row in report["languages"].values() for query in row["queries"]])
        setting = ", ".join(f"{value:g}" for value in report["ranking"].values())
        lines.append(f"| {setting} | " + " | ".join(cells) + f" | {every['ndcg']:.3f} / {every['recall']:.3f} |")
    text = "\n".join(lines) + "\n"
    (RESULTS / f"judged_relevance_{reports[0]['backend']}_sweep.md").write_text(text)
    (RESULTS / f"judged_relevance_{reports[0]['backend']}_sweep.json").write_text(
        json.dumps(reports, ensure_ascii=False, indent=1)
    )
    return text


if __name__ == "__main__":
    main()
