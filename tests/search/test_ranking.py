"""The ranking principles every backend applies (search.backends.base.Ranking): a phrase ranks above
the same words scattered over the text, every word in the title above words only in the text, and of
two otherwise equal stories the newer first. On SQLite, and on PostgreSQL with DATABASE_URL; the
Elasticsearch request body is checked in test_elasticsearch_bodies.py."""

import datetime

from django.db import connection
from django.utils import timezone

import pytest

from search import engine
from search.backends import base
from search.backends.postgres import near_tsqueries
from search.backends.sqlite import near_expressions, title_expression
from search.filters import SearchParams

NOW = timezone.now()
# The same words, as many, in texts as long: only their order differs.
SCATTERED = "Лагерь открылся у озера для школьников, и летний отдых ждёт детей."
PHRASE = "Летний лагерь для детей открылся у озера, и отдых ждёт школьников."


def titles(query: str) -> list[str]:
    return [result.title for result in engine.search(SearchParams(q=query, language="ru")).results]


def article(article_in, title: str, body: str, days_ago: int = 3):
    # Bodies under twelve words have no fingerprint, so equal texts stay separate stories.
    when = NOW - datetime.timedelta(days=days_ago)
    return article_in("ru", title=title, lead="", body=body, published_at=when, first_published_at=when)


def test_phrase_ranks_above_the_same_words_scattered(article_in):
    article(article_in, "Новости района", SCATTERED)
    article(article_in, "Новости города", PHRASE)
    assert titles("летний лагерь для детей")[0] == "Новости города"


def test_every_query_word_in_the_title_ranks_first(article_in):
    article(article_in, "Хор открыл сезон", "Детский коллектив из Кокшетау выступил в филармонии.")
    article(article_in, "Детский хор открыл сезон", "Коллектив из Кокшетау выступил в областной филармонии.")
    assert titles("детский хор")[0] == "Детский хор открыл сезон"


def test_newer_of_two_equal_stories_ranks_first(article_in):
    article(article_in, "Ярмарка ремёсел прошла", "Мастера показали керамику и вышивку.", days_ago=380)
    article(article_in, "Ярмарка ремёсел прошла!", "Мастера показали керамику и вышивку.", days_ago=16)
    assert titles("ярмарка ремёсел") == ["Ярмарка ремёсел прошла!", "Ярмарка ремёсел прошла"]


def test_freshness_does_not_override_a_much_better_match(article_in):
    article(article_in, "Лаваш из тонира", "Армянская семья печёт лаваш по субботам.", days_ago=300)
    article(article_in, "Новости Тараза", "В городе открыли пекарню, где есть и лаваш.", days_ago=1)
    assert titles("лаваш")[0] == "Лаваш из тонира"


def test_adjacent_word_pairs_become_near_expressions_with_every_alternative():
    groups = ["летний", "лагерь", ("для", "длить"), "ребенок"]
    assert near_expressions(groups) == [
        'NEAR("летний" "лагерь", 1)',
        'NEAR("лагерь" "для", 1) OR NEAR("лагерь" "длить", 1)',
        'NEAR("для" "ребенок", 1) OR NEAR("длить" "ребенок", 1)',
    ]
    assert near_tsqueries(["летний", "лагерь"]) == [
        "((летний) <-> (лагерь)) | ((летний) <2> (лагерь)) | ((лагерь) <-> (летний)) | ((лагерь) <2> (летний))"
    ]
    assert title_expression(["хор", ("для", "длить")]) == (
        '(title_terms : "хор") AND (title_terms : "для" OR title_terms : "длить")'
    )
    # A repeated word says nothing about proximity; one word has no pairs.
    assert base.pairs([("хор",), ("хор", "хоры")]) == []
    assert near_expressions(["хор"]) == []


@pytest.mark.parametrize("setting", [base.Ranking(title=0, phrase=0, fresh=0)])
def test_without_bonuses_the_text_score_alone_orders(article_in, monkeypatch, setting):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's ts_rank itself scores nearby query words higher; bm25 does not")
    monkeypatch.setattr(base, "RANKING", setting)
    article(article_in, "Новости района", SCATTERED, days_ago=1)
    article(article_in, "Новости города", PHRASE, days_ago=2)
    # Equal text scores: the newer first, as before the ranking had bonuses.
    assert titles("летний лагерь для детей")[0] == "Новости района"
