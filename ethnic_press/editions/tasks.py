"""Background tasks of the print archive, on the "print" queue (settings.TASK_QUEUES)."""

from django_tasks import task

from . import extraction


@task(queue_name="print")
def extract_edition_task(document_id: int, force: bool = False) -> dict:
    """Read an edition's PDF: its text layer at once, then one task per scanned page."""
    state = extraction.extract_edition(document_id, force)
    return {"document": document_id, "status": state.status if state else "gone"}


@task(queue_name="print")
def extract_page_task(page_id: int, skip_text_layer: bool = False) -> dict:
    """Read one page (OCR when it has no usable text layer)."""
    page = extraction.extract_page(page_id, skip_text_layer)
    return {"page": page_id, "status": page.status if page else "gone"}
