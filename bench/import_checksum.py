"""Checksums of what `import_articles` wrote for the bench's archive (source ids `bench-import-…`), keyed by tree
path so that two runs (before/after a change, SQLite/PostgreSQL) compare although their ids differ:

    DATABASE_URL=… python bench/import_checksum.py            # prints one line per table: count and sha256

pages (path, slug, URL path, titles, source id, dates, region, locale, depth, numchild, live, translation family
shape), bylines, topics, revision content (without ids, times and Draftail's random block keys), history
entries, reference-index rows, and the tree (every page's depth and numchild, `Page.find_problems()`).
"""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DEBUG", "0")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db.models import F  # noqa: E402

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision  # noqa: E402

from newsroom.models import ArticleByline, ArticlePage, ArticleTopic  # noqa: E402

PREFIX = "bench-import-"
BLOCK_KEY = re.compile(r' data-block-key=\\?"[^"\\]*\\?"')
VOLATILE = {
    "pk",
    "id",
    "page_ptr",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "last_published_at",
    "translation_key",
    "page",
    "draftail",
}


def digest(rows, dump: str = "") -> tuple[int, str]:
    rows = sorted(json.dumps(row, sort_keys=True, default=str, ensure_ascii=False) for row in rows)
    if dump:
        Path(dump).write_text("\n".join(rows))
    return len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def strip(value):
    if isinstance(value, dict):
        # A revision stores the body as a JSON text (StreamField's value_to_string): compared as its blocks.
        return {
            key: strip(json.loads(item) if key == "body" and isinstance(item, str) else item)
            for key, item in value.items()
            if key not in VOLATILE
        }
    if isinstance(value, list):
        return [strip(item) for item in value]
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    return value


def main() -> None:
    articles = ArticlePage.objects.filter(source_id__startswith=PREFIX)
    path_of = dict(articles.values_list("pk", "path"))
    ids = list(path_of)
    pages = articles.values_list(
        "path",
        "slug",
        "url_path",
        "title",
        "draft_title",
        "source_id",
        "published_at",
        "first_published_at",
        "region_id",
        "locale__language_code",
        "depth",
        "numchild",
        "live",
        "has_unpublished_changes",
        "lead",
        "original_language",
        "body",
    )
    families = {}
    for key, path in articles.values_list("translation_key", "path"):
        families.setdefault(key, []).append(path)
    shape = [sorted(paths) for paths in families.values()]
    results = {
        "pages": digest(
            [
                list(row[:-1]) + [strip(json.loads(row[-1]) if isinstance(row[-1], str) else list(row[-1].raw_data))]
                for row in pages
            ],
            os.environ.get("CHECKSUM_DUMP", ""),
        ),
        "translation families": digest(shape),
        "tree (all pages)": digest(Page.objects.values_list("path", "depth", "numchild")),
        "bylines": digest(
            (path_of[p], j, r, s)
            for p, j, r, s in ArticleByline.objects.filter(page_id__in=ids).values_list(
                "page_id", "journalist__name", "role", "sort_order"
            )
        ),
        "topics": digest(
            (path_of[p], t, s)
            for p, t, s in ArticleTopic.objects.filter(page_id__in=ids).values_list(
                "page_id", "topic__slug", "sort_order"
            )
        ),
        "revisions": digest(
            (path_of[int(o)], s, strip(c))
            for o, s, c in Revision.page_revisions.filter(object_id__in=[str(pk) for pk in ids]).values_list(
                "object_id", "object_str", "content"
            )
        ),
        "live revision is latest": digest(
            articles.filter(live_revision_id=F("latest_revision_id")).values_list("path")
        ),
        "history": digest(
            (path_of[p], a, label, cc, d)
            for p, a, label, cc, d in PageLogEntry.objects.filter(page_id__in=ids).values_list(
                "page_id", "action", "label", "content_changed", "data"
            )
        ),
        "reference index": digest(
            (path_of[int(o)], ct, tct, t, m, c)
            for o, ct, tct, t, m, c in ReferenceIndex.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in ids]
            ).values_list(
                "object_id",
                "content_type__model",
                "to_content_type__model",
                "to_object_id",
                "model_path",
                "content_path",
            )
        ),
        "tree problems": (sum(len(problems) for problems in Page.find_problems()), ""),
    }
    for name, (count, value) in results.items():
        print(f"{name:26} {count:>8} {value}")


if __name__ == "__main__":
    main()
