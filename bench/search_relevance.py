"""Relevance of reader search per language and database backend: precision@5 and recall.

    .venv/bin/python bench/search_relevance.py                      # SQLite (in-memory test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ep_bench .venv/bin/python bench/search_relevance.py

Builds the fixed corpus of tests/search/corpus.py in a throwaway test database, runs every query and
writes bench/results/search_relevance_<backend>.json and .md. Precision@5 is the share of relevant
stories among the (at most five) results returned; recall is the share of expected stories found.
With --russian-snowball, Russian uses Snowball instead of pymorphy3 lemmas, for comparison.
"""

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--russian-snowball", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from wagtail.rich_text import RichText

    import languages
    from home.site_tree import ensure_home
    from languages.localize import translate_page
    from search import engine
    from search.backends import get_backend
    from search.filters import SearchParams
    from tests import factories
    from tests.search.corpus import CASES, STORIES

    if args.russian_snowball:
        russian = languages.BY_CODE["ru"]
        snowball = dataclasses.replace(russian.analysis, morphology="snowball", stemmer="russian")
        languages.BY_CODE["ru"] = dataclasses.replace(russian, analysis=snowball)

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        home = ensure_home("Этникалық баспасөз")
        index = factories.OutletIndexPageFactory(parent=home)
        outlet = factories.OutletPageFactory(parent=index, title="Қазақстан достығы", slug="dostyq")
        outlets = {"kk": outlet}
        articles = {}
        for story in STORIES:
            if story.language not in outlets:
                translate_page(home, story.language)
                translate_page(index, story.language)
                outlets[story.language] = translate_page(outlet, story.language)
            page = factories.ArticlePageFactory(
                parent=outlets[story.language],
                locale=factories.locale(story.language),
                title=story.title,
                lead=story.lead,
                body=[("paragraph", RichText(f"<p>{story.body}</p>"))],
                original_language=story.language,
            )
            page.save_revision().publish()
            articles[story.title] = story.key
        backend = get_backend().name
        per_language: dict[str, dict] = {}
        for case in CASES:
            page = engine.search(SearchParams(q=case.query, language=case.language))
            top = [articles.get(result.title) for result in page.results[:5]]
            relevant = [key for key in top if key in case.expected]
            row = per_language.setdefault(
                case.language, {"queries": 0, "precision": 0.0, "recall": 0.0, "misses": [], "top": {}}
            )
            row["queries"] += 1
            # The ranked stories, to compare backends (bench/compare_backends.py).
            row["top"][case.query] = top
            row["precision"] += len(relevant) / len(top) if top else 0.0
            row["recall"] += len(set(relevant)) / len(case.expected)
            if set(relevant) != case.expected:
                row["misses"].append({"query": case.query, "expected": sorted(case.expected), "found": top})
        for row in per_language.values():
            row["precision"] = round(row["precision"] / row["queries"], 3)
            row["recall"] = round(row["recall"] / row["queries"], 3)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    suffix = f"{backend}{'_ru_snowball' if args.russian_snowball else ''}"
    out = ROOT / "bench" / "results" / f"search_relevance_{suffix}.json"
    out.write_text(json.dumps({"backend": backend, "languages": per_language}, ensure_ascii=False, indent=2))
    lines = [
        f"# Search relevance on {backend}{' (Russian: Snowball)' if args.russian_snowball else ''}",
        "",
        "| language | queries | precision@5 | recall |",
        "|---|---|---|---|",
    ]
    for language, row in sorted(per_language.items()):
        lines.append(f"| {language} | {row['queries']} | {row['precision']:.3f} | {row['recall']:.3f} |")
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
