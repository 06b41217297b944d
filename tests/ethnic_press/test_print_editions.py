"""Print editions: issue pages, the outlet's archive by year, and PDFs served so a browser runs nothing."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents import get_document_model

import pytest
from pypdf import PdfWriter

from ethnic_press.models import OutletAccess, OutletPage, PrintEditionPage
from tests import factories
from tests.helpers import TO_DASHBOARD, assert_refused

pytestmark = pytest.mark.django_db


def blank_pdf() -> bytes:
    """A real one-page PDF (the upload form reads the file's structure, not just its header)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF = blank_pdf()


def make_pdf(title: str):
    document = get_document_model()(title=title)
    document.file.save(f"{title}.pdf", ContentFile(PDF), save=False)
    document.save()
    return document


def make_edition(outlet, number: int, date: datetime.date, live: bool = True, **fields) -> PrintEditionPage:
    page = PrintEditionPage(
        title=f"№ {number}", slug=f"issue-{number}", issue_number=number, issue_date=date, live=live, **fields
    )
    outlet.add_child(instance=page)
    return page


def test_print_editions_live_under_outlets_only():
    assert PrintEditionPage.allowed_parent_page_models() == [OutletPage]
    assert PrintEditionPage in OutletPage.allowed_subpage_models()


def test_editor_can_add_a_print_edition_to_own_outlet(editor_client, outlet_a, outlet_b):
    own = reverse("wagtailadmin_pages:add", args=["ethnic_press", "printeditionpage", outlet_a.pk])
    other = reverse("wagtailadmin_pages:add", args=["ethnic_press", "printeditionpage", outlet_b.pk])
    assert editor_client.get(own).status_code == 200
    assert_refused(editor_client.get(other), TO_DASHBOARD)


def test_edition_page_shows_cover_and_pdf(client, outlet_a):
    cover = factories.PressImageFactory(description="Газеттің бірінші беті")
    pdf = make_pdf("koryo-ilbo-2024-12")
    edition = make_edition(
        outlet_a, 12, datetime.date(2024, 3, 22), cover_image=cover, pdf=pdf, summary="Наурыз мерекесіне арналған сан."
    )
    html = client.get(edition.url).content.decode()
    assert "Наурыз мерекесіне арналған сан." in html
    assert pdf.url in html
    assert "<picture" in html and "image/avif" in html and "image/webp" in html
    assert 'alt="Газеттің бірінші беті"' in html


def test_archive_lists_one_year_at_a_time(client, outlet_a):
    make_edition(outlet_a, 1, datetime.date(2023, 1, 13))
    make_edition(outlet_a, 40, datetime.date(2023, 11, 24))
    make_edition(outlet_a, 2, datetime.date(2024, 1, 12))
    make_edition(outlet_a, 3, datetime.date(2024, 1, 19), live=False)
    latest = client.get(outlet_a.url + "editions/").content.decode()
    assert 'href="/kk/outlets/koryo-ilbo/issue-2/"' in latest
    assert "issue-3/" not in latest and "issue-40/" not in latest and "issue-1/" not in latest
    year_2023 = client.get(outlet_a.url + "editions/2023/").content.decode()
    assert "issue-1/" in year_2023 and "issue-40/" in year_2023 and "issue-2/" not in year_2023
    assert f'href="{outlet_a.url}editions/2024/"' in year_2023
    assert client.get(outlet_a.url + "editions/1999/").status_code == 404
    outlet_html = client.get(outlet_a.url).content.decode()
    assert f'href="{outlet_a.url}editions/"' in outlet_html


def test_archive_queries_do_not_grow_with_issues(client, outlet_a):
    def add(start, count):
        for number in range(start, start + count):
            cover = factories.PressImageFactory()
            make_edition(
                outlet_a, number, datetime.date(2024, 1, 1) + datetime.timedelta(days=number), cover_image=cover
            )

    add(1, 2)
    url = outlet_a.url + "editions/2024/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    add(3, 8)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.content.decode().count('class="edition-card"') == 10
    assert len(many) == len(few)


def test_documents_download_and_cannot_run_in_the_browser(client):
    pdf = make_pdf("programme")
    response = client.get(pdf.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<script>alert(1)</script>"),
        ("renamed.pdf", b"<html><script>alert(1)</script></html>"),
        ("polyglot.pdf", b"<html><script>alert(1)</script></html>\n%PDF-1.4\n%%EOF\n"),
        ("header-only.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"),
    ],
)
def test_only_real_pdfs_can_be_uploaded(editor_client, outlet_a, name, content):
    collection = OutletAccess.objects.get(translation_key=outlet_a.translation_key).collection
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Бағдарлама", "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_a_pdf_uploads(editor_client, outlet_a):
    collection = OutletAccess.objects.get(translation_key=outlet_a.translation_key).collection
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Бағдарлама", "collection": collection.pk, "file": SimpleUploadedFile("programme.pdf", PDF)},
    )
    assert response.status_code == 302
    assert get_document_model().objects.get().collection == collection
