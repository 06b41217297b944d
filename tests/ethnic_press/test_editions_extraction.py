"""Text per page: the text layer of born-digital PDFs, Tesseract for scanned pages, and the state kept."""

import pytest

from ethnic_press.editions.models import EditionText, PrintPage
from ethnic_press.models import PrintEditionPage
from tests import factories
from tests.ethnic_press import editions as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(outlet, django_capture_on_commit_callbacks):
    """Create an edition with this PDF and run what its creation queues (immediate tasks in tests)."""

    def run(content: bytes, parent=outlet, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            page = make.edition(parent, content, **fields)
        return EditionText.objects.get(document=page.pdf)

    return run


def test_born_digital_pages_are_read_from_their_text_layer(publish):
    state = publish(make.born_digital(make.strip("kk", make.KAZAKH), make.strip("de", make.GERMAN)))
    assert state.status == EditionText.Status.DONE and state.page_count == 2
    first, second = state.pages.all()
    assert first.method == second.method == PrintPage.Method.TEXT_LAYER
    assert make.KAZAKH in first.text and make.GERMAN in second.text
    assert first.confidence is None and first.status == PrintPage.Status.DONE
    assert first.preview and first.thumbnail


def test_scanned_page_is_recognised_in_the_editions_language(publish):
    state = publish(make.scanned(make.strip("kk", make.KAZAKH)), language="kk")
    page = state.pages.get()
    assert page.method == PrintPage.Method.OCR and page.status == PrintPage.Status.DONE
    assert make.KAZAKH in " ".join(page.text.split())
    assert page.confidence > 70 and page.language == "kk"
    assert page.preview and page.thumbnail


def test_outlets_main_language_is_used_when_the_edition_names_none(publish, outlet_index):
    koryo = factories.OutletPageFactory(parent=outlet_index, slug="koryo-ilbo", languages=["ko", "ru"])
    state = publish(make.scanned(make.strip("ko", make.KOREAN)), parent=koryo)
    page = state.pages.get()
    assert state.language == page.language == "ko"
    assert "학교" in page.text


def test_empty_page_is_done_with_no_text_and_no_ocr(publish):
    from demo.print_pages import PrintPage as Sheet

    state = publish(make.born_digital(Sheet("kk", "", "", width_mm=100, height_mm=100)))
    page = state.pages.get()
    assert page.status == PrintPage.Status.DONE and page.method == PrintPage.Method.TEXT_LAYER and page.text == ""


def test_mixed_edition_reads_each_page_its_own_way(publish):
    content = make.merged(make.born_digital(make.strip("kk", make.KAZAKH)), make.scanned(make.strip("kk", make.KAZAKH)))
    state = publish(content, language="kk")
    assert [page.method for page in state.pages.all()] == [PrintPage.Method.TEXT_LAYER, PrintPage.Method.OCR]
    assert state.status == EditionText.Status.DONE


def test_publishing_again_with_the_same_pdf_does_not_extract_again(publish, django_capture_on_commit_callbacks):
    state = publish(make.born_digital(make.strip("kk", make.KAZAKH)))
    edition = PrintEditionPage.objects.get(pdf=state.document)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        edition.save_revision().publish()
    # Nothing is queued for the print archive (the page cache's own after-commit renewal may be there).
    assert not [callback for callback in callbacks if "editions" in callback.__module__]
    assert EditionText.objects.get(pk=state.pk).finished_at == state.finished_at
    assert EditionText.objects.get(pk=state.pk).status == EditionText.Status.DONE


def test_replacing_the_pdf_file_reads_it_again_and_drops_the_old_corrections(
    publish, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile
    from django.utils import timezone

    state = publish(make.born_digital(make.strip("kk", make.KAZAKH)))
    PrintPage.objects.filter(edition_text=state).update(corrected_text="Түзету", corrected_at=timezone.now())
    document = state.document
    document.file.save("replaced.pdf", ContentFile(make.born_digital(make.strip("ru", make.RUSSIAN))), save=False)
    document._set_document_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    page = EditionText.objects.get(pk=state.pk).pages.get()
    assert not page.is_corrected and make.RUSSIAN in page.text
