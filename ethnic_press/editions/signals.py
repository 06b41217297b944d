"""Start extraction when an edition gets a PDF or its PDF changes (after the transaction commits, so an
upload or a publish never waits for it)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from wagtail.documents import get_document_model

from ethnic_press.models import PrintEditionPage

from . import extraction
from .models import PrintPage

# Sent with `document_id` when the text readers may find changed: an edition's reading finished, a page was
# read again or corrected. Search listens (search/signals.py): this app does not import search.
text_changed = Signal()


def _queue_if_needed(document) -> None:
    if document is not None and extraction.needs_extraction(document):
        extraction.queue(document)


@receiver(post_save, sender=PrintEditionPage)
def edition_saved(sender, instance, **kwargs) -> None:
    _queue_if_needed(instance.pdf)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, **kwargs) -> None:
    if PrintEditionPage.objects.filter(pdf=instance).exists():
        _queue_if_needed(instance)


@receiver(post_delete, sender=PrintPage)
def page_deleted(sender, instance, **kwargs) -> None:
    for field in (instance.preview, instance.thumbnail):
        if field:
            field.delete(save=False)
