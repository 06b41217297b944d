"""A search costs a fixed number of SQL queries, however many stories match and whatever is filtered."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import engine
from search.filters import SearchParams
from tests import factories

from .conftest import publish


def queries_for(params: SearchParams) -> tuple[int, engine.SearchPage]:
    with CaptureQueriesContext(connection) as captured:
        page = engine.search(params)
    return len(captured), page


def test_query_count_does_not_grow_with_matches_or_filters(article_in, outlet):
    article_in("kk", title="Газет оқырмандары", lead="Газеттің жаңа нөмірі шықты.")
    engine.search(SearchParams(q="газет", language="kk"))  # the site's root paths are cached after this
    few, page = queries_for(SearchParams(q="газет", language="kk"))
    assert page.count == 1
    culture = factories.TopicFactory(slug="culture", name="Мәдениет")
    for number in range(11):
        article = article_in("kk", title=f"Газет шолуы {number}", lead="Аптаның газеттері туралы.")
        factories.ArticleTopicFactory(page=article, topic=culture)
        publish(article)
    many, page = queries_for(SearchParams(q="газет", language="kk"))
    assert page.count == 12 and len(page.results) == 10
    assert many == few
    filtered, page = queries_for(
        SearchParams(
            q="газет",
            language="kk",
            outlet=outlet.slug,
            community=outlet.community.slug,
            region=outlet.region.code,
            topic="culture",
        )
    )
    assert page.count == 11
    assert filtered == few


def test_facets_count_with_every_filter_but_their_own(article_in):
    culture = factories.TopicFactory(slug="culture", name="Мәдениет")
    sport = factories.TopicFactory(slug="sport", name="Спорт")
    for title, topic in (("Газет мерекесі", culture), ("Газет жарысы", sport), ("Газет көрмесі", culture)):
        article = article_in("kk", title=title, lead="")
        factories.ArticleTopicFactory(page=article, topic=topic)
        publish(article)
    page = engine.search(SearchParams(q="газет", language="kk", topic="culture"))
    assert page.count == 2
    assert sorted(result.title for result in page.results) == ["Газет көрмесі", "Газет мерекесі"]
    # The topic facet ignores the topic filter (the reader can switch), the outlet facet does not.
    assert page.facets["topic"] == {"culture": 2, "sport": 1}
    assert sum(page.facets["outlet"].values()) == 2
