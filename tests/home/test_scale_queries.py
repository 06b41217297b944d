"""Reader pages' queries read an index, not the whole page table, so their cost does not grow with the archive
(bench/RESULTS.md, "At 100,000 articles"): routing by url_path, tree listings by a path range, the front
page's latest stories by published_at."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from newsroom.models import ArticlePage
from newsroom.tree import in_locale, path_prefix_q
from tests import factories

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans")


def plan(sql: str, params) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_path_prefix_is_exactly_the_page_and_its_descendants(outlet, article):
    other = factories.ArticlePageFactory(parent=outlet)
    for page in (outlet, article, Page.objects.get(depth=1)):
        by_prefix = set(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
        assert set(Page.objects.filter(path_prefix_q(page.path)).values_list("pk", flat=True)) == by_prefix
    assert set(ArticlePage.objects.child_of(outlet).values_list("pk", flat=True)) >= {article.pk, other.pk}
    assert not ArticlePage.objects.child_of(article).exists()


def test_path_prefix_bounds_carry_past_the_alphabets_last_letter():
    q = path_prefix_q("0001000Z")
    assert dict(q.children) == {"path__gte": "0001000Z", "path__lt": "0001001"}
    assert dict(path_prefix_q("ZZZZ").children) == {"path__gte": "ZZZZ"}


@sqlite_only
def test_routing_and_tree_listings_read_indexes(client, outlet, article):
    with CaptureQueriesContext(connection) as context:
        assert client.get(article.url).status_code == 200
    by_url_path = [query["sql"] for query in context.captured_queries if '"url_path" IN' in query["sql"]]
    assert by_url_path
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {by_url_path[0]}")
        assert "home_page_url_path" in " ".join(str(row[-1]) for row in cursor.fetchall())
    children = ArticlePage.objects.child_of(outlet).order_by("-published_at")[:6]
    sql, params = children.query.sql_with_params()
    assert "SCAN wagtailcore_page" not in plan(sql, params)


@sqlite_only
def test_front_page_latest_walks_the_publication_date_index(article):
    latest = in_locale(ArticlePage.objects.live(), article.locale_id).order_by("-published_at", "-pk")[:80]
    sql, params = latest.query.sql_with_params()
    assert "newsroom_articlepage_published_at" in plan(sql, params)
