"""Freshness: every event that changes what readers may see re-indexes the pages it touches."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

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


@receiver(page_published)
def on_published(sender, instance, **kwargs):
    _reindex(instance)


@receiver(page_unpublished)
def on_unpublished(sender, instance, **kwargs):
    _reindex(instance)


@receiver(post_page_move)
def on_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_changed(sender, instance, **kwargs):
    indexing.index_subtree(instance.page)


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    # Treebeard deletes a subtree through the base Page queryset, which does not cascade to our
    # rows on every database; removing them here covers each deleted page, specific or not.
    if isinstance(instance, Page):
        SearchDocument.objects.filter(page_id=instance.pk).delete()
