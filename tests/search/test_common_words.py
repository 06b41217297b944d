"""A word in thousands of stories: PostgreSQL ranks only the best candidates, and readers lose nothing.

The candidate limit is lowered here so that six matches behave as 20,000 do on the network: the
count, the facets and the later pages still cover every match, and a story with the word in its
title still comes first. SQLite ranks every match; the same answers are expected from it.
"""

import datetime

from django.utils import timezone

import pytest

from search import engine
from search.backends.postgres import PostgresBackend
from search.filters import SearchParams


@pytest.fixture
def common_word(article_in, monkeypatch):
    monkeypatch.setattr(PostgresBackend, "CANDIDATES", 2)
    monkeypatch.setattr(engine, "PER_PAGE", 2)
    now = timezone.now()
    stories = {
        "title": article_in(
            "kk",
            title="Газет редакциясы жаңа үйге көшті",
            lead="Ұжым биыл жаңа ғимаратта жұмыс істейді.",
            published_at=now - datetime.timedelta(days=30),
        )
    }
    for day in range(1, 6):
        stories[f"body {day}"] = article_in(
            "kk",
            title=f"Аудан жаңалықтары: {day}-шолу",
            lead=f"Бұл туралы аудандық газет {day} күн бұрын жазды.",
            published_at=now - datetime.timedelta(days=day),
        )
    return stories


def test_title_match_outranks_newer_body_matches_beyond_the_candidates(common_word):
    page = engine.search(SearchParams(q="газет", language="kk"))
    assert page.count == 6
    assert page.num_pages == 3
    assert page.results[0].title == "Газет редакциясы жаңа үйге көшті"
    assert sum(page.facets["outlet"].values()) == 6


def test_every_match_is_reachable_page_by_page(common_word):
    titles = []
    for number in (1, 2, 3):
        page = engine.search(SearchParams(q="газет", language="kk", page=number))
        titles += [result.title for result in page.results]
    assert sorted(titles) == sorted(article.title for article in common_word.values())


def test_date_sort_lists_the_newest_first_beyond_the_candidates(common_word):
    page = engine.search(SearchParams(q="газет", language="kk", sort="date"))
    assert [result.title for result in page.results] == ["Аудан жаңалықтары: 1-шолу", "Аудан жаңалықтары: 2-шолу"]
    assert "<mark>газет</mark>" in page.results[0].snippet
