"""Start extraction when an edition gets a PDF or its PDF changes (after the transaction commits, so an
upload or a publish never waits for it)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

from wagtail.documents import get_document_model

from ethnic_press.models import PrintEditionPage

from . import extraction
from .models import PrintPage

# Sent with `document_id` when the text readers may find changed: an edition's reading finished, a page was
# read again or corrected. Search listens (search/signals.py): this app does not import search.
text_changed = Signal()


def _queue_if_needed(document) -> None:
    if document is None or extraction.check_later(document):
        return
    if extraction.needs_extraction(document):
        extraction.queue(document)


def edition_saved(sender, instance, **kwargs) -> None:
    _queue_if_needed(instance.pdf)


def document_saved(sender, instance, **kwargs) -> None:
    if PrintEditionPage.objects.filter(pdf=instance).exists():
        _queue_if_needed(instance)


def page_deleted(sender, instance, **kwargs) -> None:
    for field in (instance.preview, instance.thumbnail):
        if field:
            field.delete(save=False)


def connect() -> None:
    post_save.connect(edition_saved, sender=PrintEditionPage, dispatch_uid="editions.edition_saved")
    post_save.connect(document_saved, sender=get_document_model(), dispatch_uid="editions.document_saved")
    post_delete.connect(page_deleted, sender=PrintPage, dispatch_uid="editions.page_deleted")
