"""Keeping SearchDocument rows in step with the page tree.

A page has a row exactly when a reader may see it: an ArticlePage that is live, public (no view
restriction on it or an ancestor), not past its expiry date, under a live outlet. Signal handlers
(search/signals.py) call `index_pages` for the pages an event can change; `rebuild` does all of
them. Expiry is also checked at query time, because nothing fires when expire_at passes.
"""

from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from ethnic_press.models import OutletPage
from newsroom.blocks import stream_text
from newsroom.models import ArticlePage

from .analysis import analyse
from .backends import elasticsearch
from .models import SearchDocument, SearchDocumentTopic, SearchText

BATCH_SIZE = 500


def visible_articles():
    """Articles a reader may see, wherever they are in the tree."""
    return ArticlePage.objects.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def _outlets_by_path(articles: list[ArticlePage]) -> dict[str, Page]:
    paths = {article.path[: -Page.steplen] for article in articles}
    outlets = OutletPage.objects.filter(path__in=paths).select_related("community", "region")
    return {outlet.path: outlet for outlet in outlets}


def _document(article: ArticlePage, outlet) -> tuple[SearchDocument, str, list[str]]:
    language = article.locale.language_code
    text = "\n".join(part for part in (article.lead, stream_text(article.body)) if part)
    region = article.region or (outlet.region if outlet else None)
    document = SearchDocument(
        page_id=article.pk,
        language=language,
        translation_key=article.translation_key,
        outlet_key=outlet.translation_key if outlet else None,
        outlet_title=outlet.title if outlet else "",
        community=outlet.community.slug if outlet and outlet.community else "",
        region=region.code if region else "",
        published_at=article.published_at,
        expire_at=article.expire_at,
        title=article.title,
        title_terms=" ".join(analyse(article.title, language)),
        terms=" ".join(analyse(text, language)),
    )
    topics = sorted({item.topic.slug for item in article.article_topics.all()})
    document.topic_slugs = " ".join(topics)
    return document, text, topics


@transaction.atomic
def index_pages(page_ids: Iterable[int]) -> int:
    """Bring the rows of these pages (any page type) in line with what readers may see; returns rows written."""
    page_ids = list(page_ids)
    written = 0
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        SearchDocument.objects.filter(page_id__in=batch).delete()
        articles = list(
            visible_articles()
            .filter(pk__in=batch)
            .select_related("locale", "region")
            .prefetch_related("article_topics__topic")
        )
        outlets = _outlets_by_path(articles)
        documents, texts, topics = [], [], []
        for article in articles:
            outlet = outlets.get(article.path[: -Page.steplen])
            if outlet is None or not outlet.live:
                continue
            document, text, slugs = _document(article, outlet)
            documents.append(document)
            texts.append(text)
            topics.append(slugs)
        SearchDocument.objects.bulk_create(documents)
        # bulk_create sets primary keys on PostgreSQL and SQLite (RETURNING), so texts and topics can follow.
        SearchText.objects.bulk_create(
            SearchText(document=document, text=text) for document, text in zip(documents, texts, strict=True)
        )
        SearchDocumentTopic.objects.bulk_create(
            SearchDocumentTopic(document=document, slug=slug)
            for document, slugs in zip(documents, topics, strict=True)
            for slug in slugs
        )
        written += len(documents)
    _push_to_elasticsearch(page_ids)
    return written


def index_subtree(page: Page) -> int:
    """Re-index a page and every article under it (after a move, a privacy change, an outlet edit)."""
    ids = list(ArticlePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    return index_pages(ids)


def rebuild() -> int:
    """Empty the index and fill it from the tree, BATCH_SIZE articles at a time.

    Memory stays bounded at any corpus size: the table is emptied by two SQL statements (a queryset
    delete would load every row to run Django's cascade), and article ids are read
    in keyset-paginated chunks rather than as one list.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SearchDocumentTopic._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchText._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchDocument._meta.db_table}")
    if elasticsearch.enabled():
        elasticsearch.recreate_index()
    written, last = 0, 0
    while True:
        ids = list(ArticlePage.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BATCH_SIZE])
        if not ids:
            return written
        written += index_pages(ids)
        last = ids[-1]


def _push_to_elasticsearch(page_ids: list[int]) -> None:
    if elasticsearch.enabled():
        elasticsearch.sync_pages(page_ids)
