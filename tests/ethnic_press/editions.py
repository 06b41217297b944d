"""Helpers for the print archive tests: small real PDFs (born-digital and scanned) and editions using them.

Pages are small (one headline on a strip of paper) so that OCR takes well under a second.
"""

import datetime
import io

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from pypdf import PdfWriter

from demo.print_pages import PrintPage, born_digital_pdf, scanned_pdf
from ethnic_press.models import PrintEditionPage

KAZAKH = "Алматыда жаңа мектеп ашылды"
RUSSIAN = "В Алматы открылась новая школа"
KOREAN = "알마티에 새 학교가 문을 열었다"
GERMAN = "Neue Schule in Almaty eröffnet"
PARAGRAPH = (
    "Жаңа мектепте сегіз жүз бала оқиды. Сабақтар қазақ, орыс және корей тілдерінде өтеді, "
    "ал кітапханада газеттердің ескі сандары сақталған."
)


def strip(language: str, headline: str, paragraphs: list[str] | None = None) -> PrintPage:
    """A strip of newsprint: a headline (and optional paragraphs), 120 mm wide."""
    return PrintPage(language, "", headline, paragraphs or [], width_mm=120, height_mm=50 if paragraphs else 22)


def born_digital(*pages: PrintPage) -> bytes:
    return born_digital_pdf(list(pages))


def scanned(*pages: PrintPage, dpi: int = 200) -> bytes:
    return scanned_pdf(list(pages), dpi=dpi)


def document(content: bytes, title: str = "edition"):
    item = get_document_model()(title=title)
    item.file.save(f"{title}.pdf", ContentFile(content), save=False)
    item._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
    item.save()
    return item


def edition(outlet, content: bytes, number: int = 1, language: str = "", live: bool = True) -> PrintEditionPage:
    page = PrintEditionPage(
        title=f"№ {number}",
        slug=f"issue-{number}",
        issue_number=number,
        issue_date=datetime.date(1996, 3, number % 28 + 1),
        pdf=document(content, f"edition-{number}"),
        language=language,
        live=live,
    )
    outlet.add_child(instance=page)
    return page


def merged(*pdfs: bytes) -> bytes:
    """One PDF with the pages of several."""
    writer = PdfWriter()
    for content in pdfs:
        writer.append(io.BytesIO(content))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
