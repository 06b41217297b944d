"""The relevance suite against a live Elasticsearch cluster.

Runs only when ELASTICSEARCH_URL is set (e.g. ELASTICSEARCH_URL=http://127.0.0.1:9200); without it
the whole module is skipped at collection and proves nothing about Elasticsearch.
"""

import os

import pytest

if not os.environ.get("ELASTICSEARCH_URL"):
    pytest.skip(
        "ELASTICSEARCH_URL is not set: the live Elasticsearch relevance suite did not run",
        allow_module_level=True,
    )

from django.test import override_settings  # noqa: E402

from search import engine, indexing  # noqa: E402
from search.backends import elasticsearch  # noqa: E402
from search.filters import SearchParams  # noqa: E402

from .corpus import CASES, LANGUAGES  # noqa: E402

pytestmark = pytest.mark.elasticsearch


@pytest.fixture(autouse=True)
def test_index():
    with override_settings(ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"], ELASTICSEARCH_INDEX="ethnic-press-test"):
        elasticsearch.client.cache_clear()
        elasticsearch.recreate_index()
        yield
        elasticsearch.client().indices.delete(index="ethnic-press-test", ignore_unavailable=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_find_the_expected_stories_on_elasticsearch(corpus, language):
    articles = corpus(language)
    indexing.rebuild()
    by_title = {article.title: key for key, article in articles.items()}
    failures = []
    for case in (case for case in CASES if case.language == language):
        page = engine.search(SearchParams(q=case.query, language=language))
        keys = {by_title[result.title] for result in page.results if result.title in by_title}
        if not case.expected <= keys or keys & case.excluded:
            failures.append((case.query, sorted(case.expected), sorted(keys)))
    assert not failures, failures
