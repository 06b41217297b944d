"""Keeping SearchDocument rows in step with the page tree.

A page has rows exactly when a reader may see it; which pages, and what their rows hold, is decided
by the document sources (search/sources/). Signal handlers (search/signals.py) call `index_page`
for the pages an event can change; `rebuild` does all of them. Expiry is also checked at query
time, because nothing fires when expire_at passes.
"""

from collections.abc import Iterable

from django.db import connection, transaction

from wagtail.models import Page

from ethnic_press.importing.rows import insert_rows

from . import stories
from .analysis import index_terms
from .backends import get_backend
from .models import SearchDocument, SearchDocumentTopic, SearchFingerprintBand, SearchText
from .sources import SOURCES, Document

BATCH_SIZE = 500


def _row(document: Document) -> SearchDocument:
    outlet = document.outlet
    return SearchDocument(
        page_id=document.page_id,
        part=document.part,
        kind=document.kind,
        language=document.language,
        translation_key=document.translation_key,
        story_key=document.translation_key,
        original_key=document.original_key,
        fingerprint=stories.fingerprint(document.fingerprint_text),
        outlet_key=outlet.translation_key if outlet else None,
        outlet_title=outlet.title if outlet else "",
        community=outlet.community.slug if outlet and outlet.community else "",
        region=document.region,
        published_at=document.published_at,
        expire_at=document.expire_at,
        title=document.title,
        title_terms=" ".join(index_terms(document.title, document.language)),
        terms=" ".join(index_terms(document.text, document.language)),
        topic_slugs=" ".join(document.topics),
    )


def write_rows(rows: list[SearchDocument], documents: list) -> list[SearchDocument]:
    """Insert new index rows with their texts, topics and fingerprint bands (`documents[i]` is the
    source document of `rows[i]`); also used by bench/scale_corpus.py to write 100,000 at once."""
    rows = SearchDocument.objects.bulk_create(rows)
    # bulk_create sets primary keys on PostgreSQL and SQLite (RETURNING), so texts and topics can follow;
    # they and the bands (ten a row) go in as plain rows: nothing reads their ids back.
    insert_rows(
        SearchText, ["document", "text"], ((row.pk, doc.text) for row, doc in zip(rows, documents, strict=True))
    )
    insert_rows(
        SearchDocumentTopic,
        ["document", "slug"],
        ((row.pk, slug) for row, document in zip(rows, documents, strict=True) for slug in document.topics),
    )
    insert_rows(
        SearchFingerprintBand,
        ["document", "band"],
        ((row.pk, band) for row in rows for band in stories.bands(row.fingerprint)),
    )
    return rows


@transaction.atomic
def index_pages(page_ids: Iterable[int], *, pages: Iterable[Page] = ()) -> int:
    """Bring the rows of these pages (any page type) in line with what readers may see; returns rows written.

    `pages`: some of these pages as a bulk writer has just written them (ethnic_press.importing.bulk), to be
    turned into documents without reading them back by the sources that can (`documents_of`); same rows."""
    page_ids = list(page_ids)
    held = {page.pk: page for page in pages}
    changed = set(page_ids)
    written = 0
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        old = SearchDocument.objects.filter(page_id__in=batch)
        removed = set(old.values_list("translation_key", "story_key"))
        old.delete()
        documents = _documents(batch, held)
        rows = [_row(document) for document in documents]
        # Reprints elsewhere may now group with (or leave) these stories: their rows change too.
        changed |= stories.assign(rows, removed)
        written += len(write_rows(rows, documents))
    get_backend().documents_changed(changed)
    return written


def _documents(batch: list[int], held: dict[int, Page]) -> list[Document]:
    """The documents of a batch of page ids, each source's; pages held in memory are given to a source with
    `documents_of` as they are (a source makes documents of its own models only: a page of another type is
    nothing to it)."""
    documents = []
    for source in SOURCES:
        mine = [held[pk] for pk in batch if pk in held and isinstance(held[pk], source.models)]
        quick = mine if hasattr(source, "documents_of") else []
        ids = [pk for pk in batch if pk not in held] + [page.pk for page in mine if not quick]
        if quick:
            documents += source.documents_of(quick)
        if ids:
            documents += source.documents(ids)
    return documents


def index_page(page: Page) -> int:
    """Re-index a page after it was published or unpublished, and the pages below it when a
    source copies its data into theirs (an outlet's title into its articles' rows)."""
    page = page.specific_deferred if type(page) is not page.specific_class else page
    if isinstance(page, tuple(model for source in SOURCES for model in source.containers)):
        return index_subtree(page)
    return index_pages([page.pk])


def index_subtree(page: Page) -> int:
    """Re-index a page and every page under it (after a move, a privacy change, an outlet edit)."""
    return index_pages(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def rebuild() -> int:
    """Empty the index and fill it from the tree, BATCH_SIZE pages at a time.

    Memory stays bounded at any corpus size: the table is emptied by SQL statements (a queryset
    delete would load every row to run Django's cascade), and page ids are read in
    keyset-paginated chunks rather than as one list.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SearchDocumentTopic._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchFingerprintBand._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchText._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchDocument._meta.db_table}")
    get_backend().index_emptied()
    pages = Page.objects.type(*(model for source in SOURCES for model in source.models))
    written, last = 0, 0
    while True:
        ids = list(pages.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BATCH_SIZE])
        if not ids:
            analyse_tables()
            return written
        written += index_pages(ids)
        last = ids[-1]


def analyse_tables() -> None:
    """Fresh planner statistics for the index tables after a bulk write (PostgreSQL).

    Without them PostgreSQL guesses that a language holds a few hundred rows and that a title prefix
    matches a handful, and answers a two-letter suggestion by intersecting bitmaps of 10,000 rows
    and sorting them (27 ms at 100,000 rows) instead of walking the (language, published_at) index
    from the newest row until it has enough (1 ms). Autovacuum would analyse the tables eventually,
    if it is on; this does not wait for it.
    """
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(model._meta.db_table for model in (SearchDocument, SearchText, SearchDocumentTopic))
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")
