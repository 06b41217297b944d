"""Readers search the print archive: scanned pages found in their language with the same analysers as
articles, as their own kind of result (edition, date, page, thumbnail, snippet, the PDF at that page),
filtered "articles / print archive / both"; private and unpublished editions never found; the edition
page lists its pages with their text."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, Page

import pytest

from ethnic_press.editions.models import PrintPage
from ethnic_press.models import PrintEditionPage
from home.site_tree import ensure_home
from tests import factories
from tests.conftest import HOME_TITLE
from tests.ethnic_press import editions as make
from tests.shared_db import shared_rows

pytestmark = pytest.mark.django_db

# One headline per language, and a reader's query in another form of one of its words.
STORIES = {
    "ko": ("koryo-ilbo", "알마티에 새 학교가 문을 열었다", "학교"),
    "kk": ("dostyq-druzhba", "Алматыда жаңа мектептер ашылды", "мектеп"),
    "ug": ("uyghur-avazi", "Алмутида йеңи мәктәп ечилди", "мәктәп"),
    "de": ("deutsche-allgemeine", "Neue Schulen in Almaty eröffnet", "Schule"),
}


@pytest.fixture(scope="module")
def _edition_rows(django_db_setup, django_db_blocker):
    """The page ids of the module's home, outlet index and a scanned 1996 edition per language, read by OCR
    as on upload (~4 s of CPU): built once for the module's tests (tests/shared_db.py), each test's own
    writes rolled back after it."""

    def build():
        home = ensure_home(HOME_TITLE)
        outlet_index = factories.OutletIndexPageFactory(parent=home)
        editions = {}
        for code, (slug, headline, _query) in STORIES.items():
            outlet = factories.OutletPageFactory(parent=outlet_index, slug=slug, languages=[code])
            with TestCase.captureOnCommitCallbacks(execute=True):
                editions[code] = make.edition(outlet, make.scanned(make.strip(code, headline)), number=12)
            assert PrintPage.objects.get(edition_text__document=editions[code].pdf).method == PrintPage.Method.OCR
        return {"home": home.pk, "outlet_index": outlet_index.pk} | {code: page.pk for code, page in editions.items()}

    with shared_rows(django_db_blocker, build) as ids:
        yield ids


@pytest.fixture
def home(db, _edition_rows):
    return Page.objects.get(pk=_edition_rows["home"]).specific


@pytest.fixture
def outlet_index(db, _edition_rows):
    return Page.objects.get(pk=_edition_rows["outlet_index"]).specific


@pytest.fixture
def scanned_editions(db, _edition_rows):
    """A scanned 1996 edition per language, read afresh for each test from the module's shared rows."""
    return {code: PrintEditionPage.objects.get(pk=_edition_rows[code]) for code in STORIES}


def api(client, **params) -> dict:
    return json.loads(client.get("/api/search/", params).content)


def test_reader_finds_the_scanned_page_in_korean_kazakh_uyghur_and_german(client, scanned_editions):
    for code, (_slug, _headline, query) in STORIES.items():
        edition = scanned_editions[code]
        data = api(client, q=query, lang=code)
        assert data["count"] == 1, code
        result = data["results"][0]
        assert result["kind"] == "print_page" and result["part"] == 1 and result["language"] == code
        assert result["pdf"].endswith(reverse("editions_pdf", args=[edition.pk]) + "#page=1")
        assert result["thumbnail"].endswith(reverse("editions_page_image", args=[edition.pk, 1, "thumbnail"]))
        assert result["url"].endswith(edition.url)
        published = timezone.localtime(datetime.datetime.fromisoformat(result["published_at"]))
        assert published.date() == edition.issue_date
        assert "<mark>" in result["snippet"]


def test_search_page_shows_print_results_and_filters_articles_and_print_archive(client, scanned_editions, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Жаңа мектеп", lead="Мектеп туралы мақала.")
    article.save_revision().publish()
    both = client.get("/kk/search/", {"q": "мектеп"}).content.decode()
    edition = scanned_editions["kk"]
    assert 'class="search-result search-result--print"' in both and 'class="search-result" ' in both
    assert f"{reverse('editions_pdf', args=[edition.pk])}#page=1" in both
    assert reverse("editions_page_image", args=[edition.pk, 1, "thumbnail"]) in both
    articles = client.get("/kk/search/", {"q": "мектеп", "kind": "article"}).content.decode()
    assert "search-result--print" not in articles and "Жаңа мектеп" in articles
    archive = api(client, q="мектеп", lang="kk", kind="print_page")
    assert [result["kind"] for result in archive["results"]] == ["print_page"]
    assert client.get("/kk/search/", {"q": "мектеп", "kind": "bogus"}).status_code == 400


def test_corrected_text_is_what_readers_find(client, scanned_editions):
    edition = scanned_editions["de"]
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.kz", "x"))
    client.post(
        reverse("editions_page", args=[edition.pk, 1]),
        {"text": "Neue Kindergärten in Almaty eröffnet", "language": "de"},
    )
    client.logout()
    assert api(client, q="Kindergärten", lang="de")["count"] == 1
    assert api(client, q="Schule", lang="de")["count"] == 0


def test_private_and_unpublished_editions_are_never_found(client, scanned_editions):
    private = Collection.get_first_root_node().add_child(name="Private archive")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    korean = scanned_editions["ko"]
    korean.pdf.collection = private
    korean.pdf.save()
    korean.save_revision().publish()
    assert api(client, q="학교", lang="ko")["count"] == 0
    assert client.get(reverse("editions_pdf", args=[korean.pk])).status_code == 404
    page_api = json.loads(client.get(f"/api/v2/pages/{korean.pk}/").content)
    assert page_api["issue_number"] == 12 and page_api["pdf_url"] is None

    german = scanned_editions["de"]
    german.unpublish()
    assert api(client, q="Schule", lang="de")["count"] == 0
    assert client.get(reverse("editions_pdf", args=[german.pk])).status_code == 404


def test_edition_page_lists_its_pages_with_their_text_and_opens_the_pdf_at_a_page(client, scanned_editions):
    edition = scanned_editions["ug"]
    html = client.get(edition.url).content.decode()
    assert f"{reverse('editions_pdf', args=[edition.pk])}#page=1" in html
    assert reverse("editions_page_image", args=[edition.pk, 1, "thumbnail"]) in html
    assert '<details class="edition__page-text">' in html and "мәктәп" in html
    pdf = client.get(reverse("editions_pdf", args=[edition.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf["Content-Disposition"] == "inline"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    page_api = json.loads(client.get(f"/api/v2/pages/{edition.pk}/").content)
    assert page_api["pdf_url"] == reverse("editions_pdf", args=[edition.pk])
