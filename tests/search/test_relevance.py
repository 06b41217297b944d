"""The relevance suite on the configured database (SQLite by default, PostgreSQL with DATABASE_URL)."""

import pytest

from search import engine
from search.filters import SearchParams

from .corpus import CASES, LANGUAGES


def found(articles: dict, query: str, language: str) -> set[str]:
    by_title = {article.title: key for key, article in articles.items()}
    page = engine.search(SearchParams(q=query, language=language))
    return {by_title[result.title] for result in page.results if result.title in by_title}


@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_find_the_expected_stories(corpus, language):
    articles = corpus(language)
    failures = []
    cases = [case for case in CASES if case.language == language]
    assert len(cases) >= 6
    for case in cases:
        keys = found(articles, case.query, language)
        if not case.expected <= keys or keys & case.excluded:
            failures.append((case.query, sorted(case.expected), sorted(keys)))
    assert not failures, failures
