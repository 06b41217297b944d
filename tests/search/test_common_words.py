"""A word in thousands of stories: PostgreSQL ranks only the best candidates, and readers lose nothing.

The candidate limit is lowered here so that six matches behave as 20,000 do on the network: the
count, the facets and the later pages still cover every match, and a story with the word in its
title still comes first. SQLite ranks every match; the same answers are expected from it.
"""

import datetime

from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

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


# Beyond COUNTED matching rows, PostgreSQL counts over the first COUNTED only (a lower bound, "more than")
# and finds the ranking's candidates without reading every match; SQLite counts every match.
capped_on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's count cap")


@pytest.fixture
def counted_three(monkeypatch):
    monkeypatch.setattr(PostgresBackend, "COUNTED", 3)


def answers(**extra) -> list[list[str]]:
    """The titles of pages 1 to 3 of the search for газет."""
    pages = (engine.search(SearchParams(q="газет", language="kk", page=number, **extra)) for number in (1, 2, 3))
    return [[result.title for result in page.results] for page in pages]


def test_capped_count_keeps_the_ranking_and_every_page(common_word, monkeypatch):
    uncapped = answers(), answers(sort="date")
    monkeypatch.setattr(PostgresBackend, "COUNTED", 3)
    page = engine.search(SearchParams(q="газет", language="kk"))
    if connection.vendor == "postgresql":
        assert (page.count, page.exact, page.facets_exact) == (4, False, False)  # the first 3 + 1 rows read
        assert sum(page.facets["outlet"].values()) == 4
    else:
        assert (page.count, page.exact, page.facets_exact) == (6, True, True)
    assert page.results[0].title == "Газет редакциясы жаңа үйге көшті"
    # Candidates found by the date and title indexes: the same stories, in the same order, on every page.
    assert (answers(), answers(sort="date")) == uncapped


@capped_on_postgresql
def test_a_chosen_filters_own_facet_is_marked_partial_while_the_count_stays_exact(common_word, counted_three):
    # No story in that outlet: the count (every filter) is exact; the outlet facet (every filter but the
    # outlet's) reads the first 3 + 1 of the six matches.
    page = engine.search(SearchParams(q="газет", language="kk", outlet="no-such-outlet"))
    assert (page.count, page.exact, page.facets_exact) == (0, True, False)
    assert sum(page.facets["outlet"].values()) == 4


def test_more_than_is_a_round_number_below_the_count():
    shown = {count: engine.SearchPage(count=count).more_than for count in (4967, 5000, 5001, 120, 10, 2, 1, 0)}
    assert shown == {4967: 4900, 5000: 4900, 5001: 5000, 120: 110, 10: 9, 2: 1, 1: 0, 0: 0}


@capped_on_postgresql
def test_reader_page_and_api_say_more_than(common_word, counted_three, client):
    response = client.get("/kk/search/", {"q": "газет"})
    assert response.status_code == 200
    text = response.content.decode()
    with translation.override("kk"):
        assert gettext("These counts cover only part of the matches.") in text
        more = ngettext("More than %(counter)s story found", "More than %(counter)s stories found", 3) % {"counter": 3}
    assert more in text and more != "More than 3 stories found"
    data = client.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    assert (data["count"], data["count_exact"], data["facets_exact"]) == (4, False, False)


def test_exact_counts_say_so_in_the_api(common_word, client):
    data = client.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    assert (data["count"], data["count_exact"], data["facets_exact"]) == (6, True, True)
