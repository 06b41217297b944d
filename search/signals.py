"""Freshness: every event that changes what readers may see re-indexes the pages it touches."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from ethnic_press.models import OutletPage
from newsroom.models import ArticlePage

from . import indexing
from .models import SearchDocument


def _reindex(page) -> None:
    page = page.specific_deferred if type(page) is not page.specific_class else page
    if isinstance(page, ArticlePage):
        indexing.index_pages([page.pk])
    elif isinstance(page, OutletPage):
        # Outlet title, community and region are copied into its articles' rows; unpublishing it hides them.
        indexing.index_subtree(page)


def on_published(sender, instance, **kwargs):
    _reindex(instance)


def on_unpublished(sender, instance, **kwargs):
    _reindex(instance)


def on_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    indexing.index_subtree(instance.page)


def on_page_deleted(sender, instance: Page, **kwargs):
    # Treebeard deletes a subtree through the base Page queryset, which does not cascade to our
    # rows on every database. Every deleted page, whatever its type, deletes its base Page row,
    # so listening to Page alone sees each one.
    SearchDocument.objects.filter(page_id=instance.pk).delete()


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="search.page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search.page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search.page_moved")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search.page_deleted")
