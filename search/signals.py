"""Freshness: every event that changes what readers may see re-indexes the pages it touches."""

import functools
import logging

from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from ethnic_press.editions.signals import text_changed
from ethnic_press.importing.bulk import bulk_published
from ethnic_press.models import PrintEditionPage

from . import indexing
from .models import SearchDocument
from .tasks import index_imported_articles_task

logger = logging.getLogger(__name__)


def never_blocks_publishing(receiver):
    """A failing search backend (Elasticsearch down, a bug in a source) must not undo the editor's publish,
    move or privacy change: the error is logged, the index work of this event is rolled back (index_pages
    is atomic), and `manage.py update_index --reader-only` brings the index back in line later."""

    @functools.wraps(receiver)
    def wrapper(sender, instance=None, **kwargs):
        try:
            receiver(sender, instance=instance, **kwargs)
        except Exception:
            page_id = getattr(instance, "page_id", None) or getattr(instance, "pk", None) or kwargs.get("document_id")
            logger.exception(
                "search index not updated after %s of %s %s; run `manage.py update_index --reader-only` "
                "once the search backend is back",
                receiver.__name__,
                type(instance).__name__ if instance is not None else "document",
                page_id,
            )

    return wrapper


@never_blocks_publishing
def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


@never_blocks_publishing
def on_bulk_published(sender, instance=None, page_ids=(), **kwargs):
    """Articles an archive import published in bulk (no page_published each): both indexes, by one background
    task per batch (run by `manage.py db_worker`; at once in dev and the tests), so the import does not wait
    for the language analysis. The task is enqueued in the batch's transaction — the queue is a table of the
    same database —, so it is committed with the batch or rolled back with it. Until the worker has run it,
    the batch's articles are live but not found by search (`/healthz` shows the queue's age)."""
    index_imported_articles_task.enqueue(list(page_ids))


@never_blocks_publishing
def on_unpublished(sender, instance, **kwargs):
    indexing.index_page(instance)


@never_blocks_publishing
def on_edition_published(sender, instance, **kwargs):
    # Every locale version of an edition shares its PDF; which one holds the printed pages' rows may change.
    indexing.index_pages(instance.get_translations(inclusive=True).values_list("pk", flat=True))


@never_blocks_publishing
def on_print_text_changed(sender, instance=None, document_id=None, **kwargs):
    indexing.index_pages(PrintEditionPage.objects.filter(pdf_id=document_id).values_list("pk", flat=True))


@never_blocks_publishing
def on_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


@never_blocks_publishing
def on_restriction_changed(sender, instance, **kwargs):
    indexing.index_subtree(instance.page)


def on_page_deleted(sender, instance, **kwargs):
    # Treebeard deletes a subtree through the base Page queryset, which does not cascade to our
    # rows on every database; removing them here covers each deleted page, specific or not.
    SearchDocument.objects.filter(page_id=instance.pk).delete()


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="search.page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search.page_unpublished")
    bulk_published.connect(on_bulk_published, dispatch_uid="search.bulk_published")
    page_published.connect(on_edition_published, sender=PrintEditionPage, dispatch_uid="search.edition_published")
    page_unpublished.connect(on_edition_published, sender=PrintEditionPage, dispatch_uid="search.edition_unpublished")
    text_changed.connect(on_print_text_changed, dispatch_uid="search.print_text_changed")
    post_page_move.connect(on_moved, dispatch_uid="search.page_moved")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
    # Each page model (the signal is sent with the deleted row's own class), not every model of the project.
    for model in get_page_models():
        post_delete.connect(on_page_deleted, sender=model, dispatch_uid=f"search.page_deleted.{model._meta.label}")
