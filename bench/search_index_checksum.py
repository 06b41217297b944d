"""Checksums of both search indexes after the worker indexed an import (or anything), to compare runs of the
same queued import before and after a change, on SQLite or PostgreSQL:

    DATABASE_URL=… python bench/search_index_checksum.py     # one line per table: rows and sha256

The reader index's rows with every column but `indexed_at` (the time of indexing), ids included, then keyed by
page and part without ids (ids differ between databases); their texts, topics and fingerprint bands keyed by
page and part; Wagtail's own index entries (the admin's search) with every column, then without ids.
"""

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DEBUG", "0")

import django  # noqa: E402

django.setup()

from wagtail.search.models import IndexEntry  # noqa: E402

from search.models import SearchDocument, SearchDocumentTopic, SearchFingerprintBand, SearchText  # noqa: E402


def digest(name: str, rows) -> None:
    lines = sorted(repr(tuple(str(value) for value in row)) for row in rows)
    print(f"{name}: {len(lines)} rows {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}")


def main() -> None:
    columns = [field.attname for field in SearchDocument._meta.concrete_fields if field.attname != "indexed_at"]
    digest("search documents (every column but indexed_at)", SearchDocument.objects.values_list(*columns))
    keyed = ["page_id", "part", *(column for column in columns if column not in ("id", "page_id", "part"))]
    digest("search documents (without ids)", SearchDocument.objects.values_list(*keyed))
    by_document = ("document__page_id", "document__part")
    digest("texts", SearchText.objects.values_list(*by_document, "text"))
    digest("topics", SearchDocumentTopic.objects.values_list(*by_document, "slug"))
    digest("fingerprint bands", SearchFingerprintBand.objects.values_list(*by_document, "band"))
    entries = [field.attname for field in IndexEntry._meta.concrete_fields]
    digest("Wagtail index entries", IndexEntry.objects.values_list(*entries))
    digest("Wagtail index entries (without ids)", IndexEntry.objects.values_list(*(c for c in entries if c != "id")))


if __name__ == "__main__":
    main()
