"""Extracting an edition's text: the whole PDF in one pass for its text layer, then each scanned page on
its own (OCR), every page under the limits of tools.run, each failure recorded on its page.

Corrections: re-reading the same file keeps every corrected page's correction; `force` discards them,
and so does a replaced file (its pages are other pages).
"""

import logging
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model

from ethnic_press.models import PrintEditionPage

# tasks.py and signals.py import this module too: both are used here only when a function runs.
from . import ocr, pdf, render, signals, tasks, tools
from .models import EditionText, PrintPage

logger = logging.getLogger(__name__)
_deferred = threading.local()


@contextmanager
def deferred_extraction() -> Iterator[None]:
    """Editions saved inside are marked queued but not handed to the task queue: the caller reads them
    afterwards in bulk (`extract_editions`), as the demo seeding does. Each document is checked and marked
    once, when the block ends, rather than on each of the many saves of its editions (add, revise, publish,
    every locale's copy): the same state as the last of those saves would leave."""
    _deferred.active, _deferred.documents = True, set()
    try:
        yield
        for document in get_document_model().objects.filter(pk__in=_deferred.documents).order_by("pk"):
            if needs_extraction(document):
                queue(document)
    finally:
        _deferred.active, _deferred.documents = False, None


def check_later(document) -> bool:
    """Inside `deferred_extraction`, note `document` to be checked when the block ends (True); else False."""
    documents = getattr(_deferred, "documents", None)
    if documents is None:
        return False
    documents.add(document.pk)
    return True


def editions_of(document) -> list[PrintEditionPage]:
    return list(PrintEditionPage.objects.filter(pdf=document).order_by("pk"))


def language_of(document) -> str:
    editions = editions_of(document)
    return editions[0].text_language() if editions else ""


def needs_extraction(document) -> bool:
    """Whether the document has no text yet, or a new file, or a new language since it was read."""
    state = EditionText.objects.filter(document=document).first()
    if state is None or state.language != language_of(document):
        return True
    return state.file_hash != _file_hash(document)


def _file_hash(document) -> str:
    """The document's SHA-1 (Wagtail's upload form sets it; a document saved by code may not have it yet)."""
    try:
        return document.get_file_hash()
    except (OSError, ValueError):  # the file is missing: extraction says so on the edition
        return ""


def queue(document, *, force: bool = False) -> EditionText:
    """Record the document's text as queued and hand the extraction to the task queue after commit."""
    state, _created = EditionText.objects.get_or_create(document=document, defaults={"language": "kk"})
    state.status, state.message, state.queued_at = EditionText.Status.QUEUED, "", timezone.now()
    state.language = language_of(document) or state.language
    state.save()
    if not getattr(_deferred, "active", False):
        transaction.on_commit(lambda: tasks.extract_edition_task.enqueue(document.pk, force))
    return state


def retry(page: PrintPage) -> None:
    """Queue one page again (after a failure, or to read it anew)."""
    PrintPage.objects.filter(pk=page.pk).update(status=PrintPage.Status.PENDING, message="")
    EditionText.objects.filter(pk=page.edition_text_id).update(status=EditionText.Status.RUNNING, finished_at=None)
    transaction.on_commit(lambda: tasks.extract_page_task.enqueue(page.pk, False))


@contextmanager
def local_pdf(document) -> Iterator[str]:
    """A path to the document's file on this machine (a temporary copy when storage is remote)."""
    try:
        path = document.file.path
    except NotImplementedError:  # storage without local files
        path = None
    if path:
        yield path
        return
    with tempfile.NamedTemporaryFile(suffix=".pdf") as copy, document.file.open("rb") as source:
        shutil.copyfileobj(source, copy)
        copy.flush()
        yield copy.name


def extract_edition(document_id: int, force: bool = False, inline: bool = False) -> EditionText | None:
    """Read the document's PDF; scanned pages go to the queue, or are read here when `inline`."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    state, _created = EditionText.objects.get_or_create(document=document, defaults={"language": "kk"})
    replaced = state.file_hash != _file_hash(document)
    state.status, state.message = EditionText.Status.RUNNING, ""
    state.language = language_of(document) or state.language
    state.started_at, state.finished_at = timezone.now(), None
    state.save()
    try:
        if not document.file.storage.exists(document.file.name):
            raise pdf.EditionError(_("The PDF file is missing from the server's storage."))
        with local_pdf(document) as path:
            sizes, text_layer = pdf.read(path)
            if replaced or force:
                state.pages.all().delete()
            state.file_hash, state.page_count = _file_hash(document), len(sizes)
            state.save(update_fields=["file_hash", "page_count"])
            pages = _page_rows(state, sizes)
            scanned = _read_text_layer(path, text_layer, pages, sizes)
    except pdf.EditionError as error:
        state.status, state.message, state.finished_at = EditionText.Status.FAILED, str(error), timezone.now()
        state.save(update_fields=["status", "message", "finished_at"])
        text_changed(document.pk)
        return state
    for page in scanned:
        if inline:
            extract_page(page.pk, skip_text_layer=True)
        else:
            tasks.extract_page_task.enqueue(page.pk, True)
    finish_if_complete(state.pk)
    state.refresh_from_db()
    return state


def _page_rows(state: EditionText, sizes: list[tuple[float, float]]) -> list[PrintPage]:
    state.pages.filter(number__gt=len(sizes)).delete()
    existing = {page.number: page for page in state.pages.all()}
    for number, (width, height) in enumerate(sizes, start=1):
        page = existing.get(number) or PrintPage(edition_text=state, number=number)
        page.status, page.message, page.language = PrintPage.Status.PENDING, "", state.language
        page.width_mm, page.height_mm = round(width / pdf.POINTS_PER_MM), round(height / pdf.POINTS_PER_MM)
        page.save()
        existing[number] = page
    return [existing[number] for number in range(1, len(sizes) + 1)]


def _read_text_layer(path: str, text_layer, pages: list[PrintPage], sizes) -> list[PrintPage]:
    """Store the text-layer pages; return the pages that need OCR."""
    scanned, born_digital = [], []
    for result in text_layer:
        page = pages[result.number - 1]
        error = pdf.size_error(*sizes[result.number - 1]) or result.error
        if error:
            _fail(page, error)
        elif pdf.usable(result):
            page.method, page.extracted_text, page.confidence = PrintPage.Method.TEXT_LAYER, result.text, None
            born_digital.append(page)
        else:
            scanned.append(page)
    if born_digital:
        with tempfile.TemporaryDirectory(prefix="edition-") as folder:
            images = _previews(path, born_digital, Path(folder))
            for page in born_digital:
                _done(page, images.get(page.number))
    return scanned


def _previews(path: str, pages: list[PrintPage], folder: Path) -> dict[int, Path]:
    try:
        return render.render_previews(path, pages[0].number, pages[-1].number, folder)
    except tools.ToolError as error:
        for page in pages:
            page.message = _("No page image: %(reason)s") % {"reason": error}
        return {}


def extract_page(page_id: int, skip_text_layer: bool = False) -> PrintPage | None:
    page = PrintPage.objects.select_related("edition_text__document").filter(pk=page_id).first()
    if page is None:
        return None
    document = page.edition_text.document
    page.message = ""
    try:
        with local_pdf(document) as path, tempfile.TemporaryDirectory(prefix="page-") as folder:
            _extract_one(page, path, Path(folder), skip_text_layer)
    except tools.ToolError as error:
        _fail(page, str(error))
    except Exception as error:  # one bad page never stops the rest: record it, log it, go on
        logger.exception("Print page %s could not be extracted", page_id)
        _fail(page, _("Unexpected error: %(error)s") % {"error": f"{type(error).__name__}: {error}"[:300]})
    finish_if_complete(page.edition_text_id)
    return page


def _extract_one(page: PrintPage, path: str, folder: Path, skip_text_layer: bool) -> None:
    width, height = page.width_mm * pdf.POINTS_PER_MM, page.height_mm * pdf.POINTS_PER_MM
    error = pdf.size_error(width, height)
    if error:
        raise tools.ToolError(error)
    if not skip_text_layer:
        result = next(pdf.text_layer(path, page.number, page.number))
        if result.error:
            raise tools.ToolError(result.error)
        if pdf.usable(result):
            page.method, page.extracted_text, page.confidence = PrintPage.Method.TEXT_LAYER, result.text, None
            _done(page, _previews(path, [page], folder).get(page.number))
            return
    image = render.render_grey(path, page.number, render.ocr_dpi(width, height), folder)
    recognition = ocr.recognise(image, page.language)
    page.method, page.extracted_text = PrintPage.Method.OCR, recognition.text
    page.confidence, page.seconds = recognition.confidence, recognition.seconds
    _done(page, image)


def _done(page: PrintPage, image: Path | None) -> None:
    page.status = PrintPage.Status.DONE
    if image is not None:
        preview, thumbnail = render.jpegs(image)
        _replace_file(page, "preview", preview)
        _replace_file(page, "thumbnail", thumbnail)
    page.save()


def _replace_file(page: PrintPage, field: str, content: bytes) -> None:
    current = getattr(page, field)
    if current:
        current.delete(save=False)
    name = f"{page.edition_text.document_id}/{page.number}-{field}.jpg"
    current.save(name, ContentFile(content), save=False)


def _fail(page: PrintPage, message: str) -> None:
    page.status, page.message = PrintPage.Status.FAILED, message
    page.save()


def finish_if_complete(state_id: int) -> None:
    """Close the edition's run when no page is waiting any more (several workers may race here: one update)."""
    if not PrintPage.objects.filter(edition_text_id=state_id, status=PrintPage.Status.PENDING).exists():
        finished = EditionText.objects.filter(pk=state_id, status=EditionText.Status.RUNNING).update(
            status=EditionText.Status.DONE, finished_at=timezone.now()
        )
        if finished:
            text_changed(EditionText.objects.get(pk=state_id).document_id)


def text_changed(document_id: int) -> None:
    signals.text_changed.send(sender=EditionText, document_id=document_id)
