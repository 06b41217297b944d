"""Build the large benchmark corpora quickly: synthetic articles, the reader index, and 1,000,000 rows in SQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scale4_100k \\
        .venv/bin/python bench/scale_corpus.py articles 100000     # bulk writer, not indexed
    … bench/scale_corpus.py reader-index                            # the reader index, built once
    … bench/scale_corpus.py verify                                  # same rows as search.indexing.rebuild()?
    … bench/scale_corpus.py multiply 1000000                        # PostgreSQL: pages and rows by SQL

`seed_demo --articles N` writes the pages in bulk (demo/synthetic.py) and indexes each batch as it is written
(both search indexes, as an archive import does), each batch regrouping reprints (search/stories.py: a walk
through the saved rows for each batch); at 100,000 articles a whole rebuild that way did not finish in 36
minutes on a loaded machine. `articles` runs the same bulk writer without indexing (`index=False`; the admin
index is not read by any reader page or by reader search).

`reader-index` writes the same SearchDocument, SearchText, SearchDocumentTopic and SearchFingerprintBand
rows as `search.indexing.rebuild()` (the same document sources and `indexing._row`), but
- analyses each distinct (text, language) once (the synthetic texts recombine the demo's paragraphs),
- gives every row its story_key in one union-find over the whole index at the end (the grouping
  `stories.assign` reaches batch by batch: republication links, and fingerprints sharing a band that
  `stories.similar` confirms; the leader is `stories._Story.rank`'s least), written by one UPDATE,
- on PostgreSQL drops the two GIN indexes before the rows go in and builds each once at the end.
`verify` runs `search.indexing.rebuild()` and compares every row with this build (run it on the demo).

`multiply TARGET` (PostgreSQL) adds articles by INSERT … SELECT from the existing synthetic articles until
there are TARGET live articles: for copy k of article a, a new wagtailcore_page row (a child of the same
outlet, path and url_path of its own, slug `bench-x<k>-<id>`, a new translation_key), its
newsroom_articlepage row (the same lead and body, published_at moved back by a pseudo-random 1–1,095 days),
its byline and topic rows, and its reader-index rows: the SearchDocument row with the source row's terms,
title_terms, fingerprint bands and topics, the new page's keys and date (story_key = the new
translation_key, so each copy is its own story), and the SearchText. The outlets' numchild is updated.
They are real pages: the article URL and the search page render them. Both GIN indexes are dropped
before and built once after; the seconds of each step are printed.
"""

import argparse
import functools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DEBUG", "0")
from bench.scale_sql import build_gin, drop_gin, log, multiply  # noqa: E402

BATCH = 1000


def add_articles(count: int, seed: int) -> None:
    from demo import synthetic

    started = time.monotonic()
    added = synthetic.add_synthetic_articles(count, seed, log=log, index=False)  # `reader-index` indexes them
    log(f"{added} synthetic articles written in {time.monotonic() - started:.0f} s (not indexed)")


def build_reader_index() -> int:
    from django.db import connection, transaction

    from search import indexing, stories
    from search.analysis import index_terms
    from search.backends import get_backend
    from search.models import SearchDocument, SearchDocumentTopic, SearchFingerprintBand, SearchText
    from search.sources import SOURCES

    cached_terms = functools.lru_cache(maxsize=200_000)(index_terms)
    cached_fingerprint = functools.lru_cache(maxsize=200_000)(stories.fingerprint)
    indexing.index_terms = cached_terms
    indexing.stories.fingerprint = cached_fingerprint  # the same module object: restored below

    started = time.monotonic()
    postgres = connection.vendor == "postgresql"
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (SearchDocumentTopic, SearchFingerprintBand, SearchText, SearchDocument):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")
        definitions = drop_gin(cursor) if postgres else []
    get_backend().index_emptied()

    from wagtail.models import Page

    pages = Page.objects.type(*(model for source in SOURCES for model in source.models))
    # translation_key -> [republished?, earliest published_at]; links between keys
    story_facts: dict = {}
    originals: list[tuple] = []
    signatures: list[tuple] = []  # (fingerprint, translation_key)
    written, last = 0, 0
    try:
        while True:
            ids = list(pages.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BATCH])
            if not ids:
                break
            last = ids[-1]
            documents = [document for source in SOURCES for document in source.documents(ids)]
            rows = [indexing._row(document) for document in documents]
            for row in rows:
                row.story_key = row.translation_key
                facts = story_facts.setdefault(row.translation_key, [False, row.published_at])
                facts[0] = facts[0] or row.original_key is not None
                facts[1] = min(facts[1], row.published_at)
                if row.original_key:
                    originals.append((row.translation_key, row.original_key))
                if row.fingerprint:
                    signatures.append((row.fingerprint, row.translation_key))
            with transaction.atomic():
                rows = indexing.write_rows(rows, documents)
            written += len(rows)
            if written % 10_000 < len(rows):
                log(f"  {written} rows written ({cached_terms.cache_info().hits} analyses reused)")
    finally:
        indexing.index_terms = index_terms
        indexing.stories.fingerprint = cached_fingerprint.__wrapped__
    log(f"rows written in {time.monotonic() - started:.0f} s; grouping stories …")

    grouping = time.monotonic()
    leaders = _leaders(story_facts, originals, signatures)
    moved = [(key, leader) for key, leader in leaders.items() if key != leader]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(moved), 5000):
            chunk = moved[start : start + 5000]
            if postgres:
                cursor.execute(
                    "UPDATE search_searchdocument d SET story_key = v.leader::uuid FROM "
                    "(SELECT unnest(%s::text[]) AS key, unnest(%s::text[]) AS leader) v "
                    "WHERE d.translation_key = v.key::uuid",
                    [[str(k) for k, _ in chunk], [str(v) for _, v in chunk]],
                )
            else:
                for key, leader in chunk:
                    SearchDocument.objects.filter(translation_key=key).update(story_key=leader)
    log(f"{len(moved)} stories joined to another's group in {time.monotonic() - grouping:.1f} s")
    if postgres:
        with connection.cursor() as cursor:
            build_gin(cursor, definitions)
    get_backend().documents_changed(set())
    indexing.analyse_tables()
    log(f"reader index: {written} rows in {time.monotonic() - started:.0f} s")
    return written


def _leaders(story_facts: dict, originals: list[tuple], signatures: list[tuple]) -> dict:
    """translation_key -> story_key over the whole index: stories._leaders's union-find, with each
    fingerprint compared only with rows of another group that share a band (the same components)."""
    from search import stories

    parent: dict = {key: key for key in story_facts}

    def find(key):
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, original in originals:
        parent[find(key)] = find(original)
    exact: dict[str, object] = {}
    by_band: dict[str, list[tuple[str, object]]] = {}
    for signature, key in signatures:
        if signature in exact:  # an identical signature is similar to everything the first one is
            parent[find(key)] = find(exact[signature])
            continue
        exact[signature] = key
        for band in stories.bands(signature):
            candidates = by_band.setdefault(band, [])
            for other_signature, other in candidates:
                if find(other) != find(key) and stories.similar(other_signature, signature):
                    parent[find(key)] = find(other)
            candidates.append((signature, key))

    def rank(key):
        republished, published = story_facts.get(key, (False, None))
        return (republished, published, str(key))

    best: dict = {}
    for key in story_facts:
        root = find(key)
        if root not in best or rank(key) < rank(best[root]):
            best[root] = key
    return {key: best[find(key)] for key in story_facts}


def snapshot() -> dict:
    from search.models import SearchDocument, SearchDocumentTopic, SearchFingerprintBand, SearchText

    rows = {}
    for row in SearchDocument.objects.values(
        "page_id", "part", "story_key", "translation_key", "terms", "title_terms", "fingerprint", "topic_slugs"
    ):
        rows[(row["page_id"], row["part"])] = row
    texts = sorted(SearchText.objects.values_list("document__page_id", "document__part", "text"))
    topics = sorted(SearchDocumentTopic.objects.values_list("document__page_id", "slug"))
    bands = sorted(SearchFingerprintBand.objects.values_list("document__page_id", "band"))
    return {"rows": rows, "texts": texts, "topics": topics, "bands": bands}


def verify() -> None:
    from search import indexing

    started = time.monotonic()
    indexing.rebuild()
    log(f"search.indexing.rebuild(): {time.monotonic() - started:.1f} s")
    reference = snapshot()
    started = time.monotonic()
    build_reader_index()
    log(f"this build: {time.monotonic() - started:.1f} s")
    fast = snapshot()
    for part in ("texts", "topics", "bands"):
        print(part, "identical" if reference[part] == fast[part] else "DIFFERENT")
    different = [key for key in reference["rows"] if reference["rows"][key] != fast["rows"].get(key)]
    print(f"rows: {len(reference['rows'])} vs {len(fast['rows'])}, {len(different)} different")
    for key in different[:5]:
        print(" ", reference["rows"][key], "\n  ", fast["rows"].get(key))
    groups = sum(1 for row in reference["rows"].values() if row["story_key"] != row["translation_key"])
    print(f"rows grouped under another story's key: {groups}")
    if different or len(reference["rows"]) != len(fast["rows"]):
        sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["articles", "reader-index", "verify", "multiply"])
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import django

    django.setup()
    if args.step == "articles":
        add_articles(args.count, args.seed)
    elif args.step == "reader-index":
        build_reader_index()
    elif args.step == "verify":
        verify()
    else:
        multiply(args.count)


if __name__ == "__main__":
    main()
