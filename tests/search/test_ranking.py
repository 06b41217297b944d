"""The ranking principles every backend applies (search.backends.base.Ranking): a phrase ranks above
the same words scattered over the text, every word in the title above words only in the text, and of
two otherwise equal stories the newer first. On SQLite, and on PostgreSQL with DATABASE_URL; the
Elasticsearch request body is checked in test_elasticsearch_bodies.py."""

import datetime

from django.db import connection
from django.utils import timezone

import pytest

import languages
from search import engine
from search.analysis import analyse_query
from search.backends import base
from search.backends.postgres import near_tsqueries
from search.backends.sqlite import family_expression, full_expression, in_title, near_expressions
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
    title_sql, title_params = in_title(["хор", ("для", "длить")])
    assert title_sql.count(" AND ") == 1 and title_sql.count(" OR ") == 1
    assert title_params == ["хор", "для", "длить"]
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


def test_the_language_token_of_a_family_matches_its_codes_and_no_other():
    """sqlite_schema indexes each row's language code with unicode61, which splits kk-latn into kk and
    latn; `language : kk` must select exactly the kk family."""
    codes = [language.code for language in languages.LANGUAGES]
    for code in codes:
        token = family_expression(code).split('"')[1]
        tokens_of = {other: other.split("-") for other in codes}
        assert {other for other, tokens in tokens_of.items() if token in tokens} == set(languages.family(code))
    assert full_expression("kk-latn", '"газет"') == 'language : "kk" AND {title_terms terms} : ("газет")'


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 index")
def test_title_flag_agrees_with_the_title_column_of_the_index(article_in):
    from search.backends.sqlite_schema import TABLE

    article(article_in, "Детский хор открыл сезон", "Коллектив из Кокшетау выступил в филармонии.")
    article(article_in, "Хор открыл сезон", "Детский коллектив выступил в филармонии.")
    found = []
    for text in ("хор", "детский хор", "хоры сезона", "сезон коллектив", "детского"):
        query = analyse_query(text, "ru", 12)
        title_sql, title_params = in_title(query)
        title_match = " AND ".join("(" + " OR ".join(f'title_terms : "{t}"' for t in group) + ")" for group in query)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT d.id FROM search_searchdocument d WHERE {title_sql}", title_params)
            flagged = {row[0] for row in cursor.fetchall()}
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [title_match])
            assert flagged == {row[0] for row in cursor.fetchall()}
        found.append(len(flagged))
    assert found[:2] == [2, 1]
