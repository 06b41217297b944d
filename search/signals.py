"""Freshness: every event that changes what readers may see re-indexes the pages it touches."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from ethnic_press.editions.signals import text_changed
from ethnic_press.models import PrintEditionPage

from . import indexing
from .models import SearchDocument


@receiver(page_published)
def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


@receiver(page_unpublished)
def on_unpublished(sender, instance, **kwargs):
    indexing.index_page(instance)


@receiver(page_published, sender=PrintEditionPage)
@receiver(page_unpublished, sender=PrintEditionPage)
def on_edition_published(sender, instance, **kwargs):
    # Every locale version of an edition shares its PDF; which one holds the printed pages' rows may change.
    indexing.index_pages(instance.get_translations(inclusive=True).values_list("pk", flat=True))


@receiver(text_changed)
def on_print_text_changed(sender, document_id, **kwargs):
    indexing.index_pages(PrintEditionPage.objects.filter(pdf_id=document_id).values_list("pk", flat=True))


@receiver(post_page_move)
def on_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_changed(sender, instance, **kwargs):
    indexing.index_subtree(instance.page)


def on_page_deleted(sender, instance, **kwargs):
    # Treebeard deletes a subtree through the base Page queryset, which does not cascade to our
    # rows on every database; removing them here covers each deleted page, specific or not.
    SearchDocument.objects.filter(page_id=instance.pk).delete()


# Connected for each page model (the signal is sent with the deleted row's own class), not for
# every model of the project. This module is imported by SearchConfig.ready(), when every page
# model is registered.
for _model in get_page_models():
    post_delete.connect(on_page_deleted, sender=_model, dispatch_uid=f"search_page_deleted_{_model._meta.label}")
