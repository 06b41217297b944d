"""A second kind of document goes through the same indexing, backends, filters and results.

The source here is a stand-in for the print archive's (each standard page is read as a two-page
print edition); everything after the source is the real machinery.
"""

import uuid

import pytest

from home.models import StandardPage
from search import engine, indexing, sources
from search.filters import SearchParams
from search.models import SearchDocument
from tests import factories

from .conftest import publish


class TwoPageEditions:
    kind = SearchDocument.Kind.PRINT_PAGE
    models = (StandardPage,)
    containers = ()

    def documents(self, page_ids):
        for page in StandardPage.objects.live().filter(pk__in=page_ids).select_related("locale"):
            for number, text in enumerate(("Газет тарихы бетте", "Журнал бетінде газет жоқ"), start=1):
                yield sources.Document(
                    page_id=page.pk,
                    part=number,
                    kind=self.kind,
                    language=page.locale.language_code,
                    translation_key=uuid.uuid5(page.translation_key, str(number)),
                    published_at=page.first_published_at,
                    title=f"{page.title}, {number}",
                    text=text,
                )


@pytest.fixture
def editions(monkeypatch):
    monkeypatch.setattr(indexing, "SOURCES", (*sources.SOURCES, TwoPageEditions()))


def test_a_page_with_several_parts_gets_a_row_per_part_and_a_result_per_part(editions, home, article_in):
    edition = publish(factories.StandardPageFactory(parent=home, title="Достық, 1995, №3", slug="dostyq-1995-3"))
    article_in("kk", title="Газет көрмесі", lead="")
    rows = SearchDocument.objects.filter(page=edition).order_by("part")
    assert [(row.kind, row.part) for row in rows] == [("print_page", 1), ("print_page", 2)]

    everything = engine.search(SearchParams(q="газет", language="kk"))
    assert everything.count == 3
    printed = engine.search(SearchParams(q="газет", language="kk", kind="print_page"))
    assert sorted((result.kind, result.part) for result in printed.results) == [("print_page", 1), ("print_page", 2)]
    articles = engine.search(SearchParams(q="газет", language="kk", kind="article"))
    assert [result.title for result in articles.results] == ["Газет көрмесі"]


def test_unpublishing_the_page_removes_every_part(editions, home):
    edition = publish(factories.StandardPageFactory(parent=home, title="Достық, 1995, №3", slug="dostyq-1995-3"))
    assert SearchDocument.objects.filter(page=edition).count() == 2
    edition.unpublish()
    assert not SearchDocument.objects.filter(page=edition).exists()
    assert indexing.rebuild() == 0


def test_rebuild_reads_every_source(editions, home, article_in):
    publish(factories.StandardPageFactory(parent=home, title="Достық, 1995, №3", slug="dostyq-1995-3"))
    article_in("kk", title="Газет көрмесі", lead="")
    assert indexing.rebuild() == 3


def test_reader_api_filters_by_kind_and_refuses_unknown_kinds(editions, home, client):
    publish(factories.StandardPageFactory(parent=home, title="Достық, 1995, №3", slug="dostyq-1995-3"))
    response = client.get("/api/search/", {"q": "газет", "lang": "kk", "kind": "print_page"})
    assert response.status_code == 200 and response.json()["count"] == 2
    refused = client.get("/api/search/", {"q": "газет", "lang": "kk", "kind": "video"})
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["field"] == "kind"
