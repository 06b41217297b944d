"""Bad input: encrypted, malformed, truncated and enormous PDFs, decompression bombs, hung and missing
programs each give a clear message on the edition or the page, and one bad page never stops the rest."""

import io
import os
import stat
import zlib

from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

from ethnic_press.editions import ocr
from ethnic_press.editions.models import EditionText, PrintPage
from tests.ethnic_press import editions as make

pytestmark = pytest.mark.django_db


def limits(**changes):
    from django.conf import settings

    return override_settings(PRINT_ARCHIVE={**settings.PRINT_ARCHIVE, **changes})


@pytest.fixture
def publish(outlet, django_capture_on_commit_callbacks):
    # Messages are written in the language active where the extraction runs (the worker's, the site's
    # default in production); these tests read them in English.
    def run(content: bytes, **fields) -> EditionText:
        with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
            page = make.edition(outlet, content, **fields)
        return EditionText.objects.get(document=page.pdf)

    return run


def written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make.born_digital(make.strip("kk", make.KAZAKH)))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    return written(writer)


def test_password_protected_pdf_fails_with_a_message_about_the_password(publish):
    state = publish(encrypted("reader-secret"))
    assert state.status == EditionText.Status.FAILED
    assert "password" in state.message and state.pages.count() == 0


def test_pdf_with_only_an_owner_password_is_read(publish):
    state = publish(encrypted(""))
    assert state.status == EditionText.Status.DONE
    assert make.KAZAKH in state.pages.get().text


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.4\n" + os.urandom(2000), b"this is a Word file renamed to .pdf"],
    ids=["garbage after the header", "not a PDF"],
)
def test_malformed_file_fails_as_damaged(publish, content):
    state = publish(content)
    assert state.status == EditionText.Status.FAILED
    assert "damaged or incomplete" in state.message


def test_truncated_pdf_fails_as_incomplete(publish):
    whole = make.born_digital(make.strip("kk", make.KAZAKH), make.strip("de", make.GERMAN))
    state = publish(whole[: len(whole) * 2 // 3])
    assert state.status == EditionText.Status.FAILED
    assert "damaged or incomplete" in state.message and state.pages.count() == 0


def test_too_many_pages_fail_the_edition_with_the_count_and_the_limit(publish):
    with limits(MAX_PAGES=1):
        state = publish(make.born_digital(make.strip("kk", make.KAZAKH), make.strip("de", make.GERMAN)))
    assert state.status == EditionText.Status.FAILED
    assert "2 pages" in state.message and "at most 1" in state.message


def test_enormous_page_and_decompression_bomb_fail_alone_and_the_rest_is_read(publish):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make.born_digital(make.strip("kk", make.KAZAKH)))))
    writer.add_blank_page(9000, 9000)  # 3.2 m a side
    bomb = writer.add_blank_page(595, 842)
    stream = StreamObject()
    stream._data = zlib.compress(b" " * 100_000_000, 9)  # 100 KB that expand to 100 MB
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    bomb[NameObject("/Contents")] = writer._add_object(stream)
    state = publish(written(writer))
    first, huge, bombed = state.pages.all()
    assert state.status == EditionText.Status.DONE
    assert first.status == PrintPage.Status.DONE and make.KAZAKH in first.text
    assert huge.status == PrintPage.Status.FAILED and "3175 × 3175 mm" in huge.message
    assert bombed.status == PrintPage.Status.FAILED and "decompression bomb" in bombed.message


@pytest.fixture
def hanging_tesseract(tmp_path):
    """A `tesseract` that never answers (a stuck page), to prove the page time limit."""
    script = tmp_path / "tesseract"
    script.write_text('#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo "List:"; echo kaz; exit 0; fi\nsleep 60\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_page_that_takes_too_long_is_stopped_and_reported(publish, hanging_tesseract):
    with limits(TESSERACT=hanging_tesseract, PAGE_TIMEOUT=2):
        state = publish(make.scanned(make.strip("kk", make.KAZAKH)), language="kk")
    page = state.pages.get()
    assert page.status == PrintPage.Status.FAILED and "longer than 2 s" in page.message


def test_without_tesseract_scanned_pages_say_what_to_install_and_text_layers_are_still_read(publish):
    content = make.merged(make.born_digital(make.strip("kk", make.KAZAKH)), make.scanned(make.strip("kk", make.KAZAKH)))
    with limits(TESSERACT="/nonexistent/tesseract"):
        state = publish(content, language="kk")
    digital, scanned = state.pages.all()
    assert digital.status == PrintPage.Status.DONE and make.KAZAKH in digital.text
    assert scanned.status == PrintPage.Status.FAILED
    assert "apt-get install tesseract-ocr" in scanned.message


def test_without_poppler_text_layers_are_read_without_page_images(publish):
    content = make.merged(make.born_digital(make.strip("kk", make.KAZAKH)), make.scanned(make.strip("kk", "x")))
    with limits(PDFTOPPM="/nonexistent/pdftoppm"):
        state = publish(content)
    digital, scanned = state.pages.all()
    assert digital.status == PrintPage.Status.DONE and not digital.preview
    assert "poppler-utils" in digital.message
    assert scanned.status == PrintPage.Status.FAILED and "apt-get install poppler-utils" in scanned.message


def test_missing_language_data_names_the_debian_package(publish, monkeypatch):
    monkeypatch.setattr(ocr.tools, "tesseract_languages", lambda: frozenset({"eng", "rus"}))
    state = publish(make.scanned(make.strip("ko", make.KOREAN)), language="ko")
    assert "apt-get install tesseract-ocr-kor" in state.pages.get().message


def test_system_check_warns_with_the_install_command_when_programs_are_missing(capsys):
    with limits(TESSERACT="/nonexistent/tesseract", PDFTOPPM="/nonexistent/pdftoppm"):
        call_command("check")
    output = capsys.readouterr().err
    assert "editions.W001" in output and "apt-get install poppler-utils" in output
    assert "editions.W002" in output and "apt-get install tesseract-ocr" in output
