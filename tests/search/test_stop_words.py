"""Stop words (languages/stopwords.py): left out of indexed text and of queries alike."""

import pytest

from search.analysis import analyse, analyse_query, index_terms


def meets(language: str, query: str, written: str) -> bool:
    indexed = set(index_terms(written, language))
    groups = analyse_query(query, language, 12)
    return bool(groups) and all(set(group) & indexed for group in groups)


@pytest.mark.parametrize(
    ("language", "query", "written"),
    [
        # the query's little word is not in the text, which uses another one
        ("pl", "piekarnia w Pawłodarze", "Nowa piekarnia z Pawłodaru"),
        ("pl", "lekarka ze wsi", "Lekarka wsi"),
        ("de", "Deportation der Deutschen", "Deportation von Deutschen"),
        ("tr", "Kazakistan ve Türkiye", "Kazakistan ile Türkiye"),
        ("kk", "Алматы және Астана", "Алматы мен Астана"),
        ("uz", "қатағонлар ҳақида китоб", "қатағонлар китоб"),
        ("tt", "өлкәннәр өчен курслар", "өлкәннәр курслар"),
        ("ku", "Mem û Zîn", "Mem Zîn"),
        ("ru", "курсы корейского языка в Караганде", "курсы корейского языка Караганда"),
    ],
)
def test_a_query_does_not_require_its_stop_words(language, query, written):
    assert meets(language, query, written)


@pytest.mark.parametrize(
    ("language", "word"),
    [("pl", "w"), ("pl", "że"), ("de", "der"), ("tr", "ve"), ("kk", "және"), ("tt", "һәм"), ("ku", "û")],
)
def test_stop_words_are_left_out_at_index_and_query_time(language, word):
    assert index_terms(word, language) == []
    assert analyse_query(word, language, 12) == []


@pytest.mark.parametrize(
    ("language", "typed", "word"),
    [("pl", "ze", "że"), ("kk", "жане", "және"), ("tt", "хам", "һәм"), ("ku", "u", "û")],
)
def test_stop_words_typed_without_their_letters_are_left_out_too(language, typed, word):
    assert analyse(typed, language) == analyse(word, language) == []


def test_stop_words_leave_the_words_around_them_neighbours():
    # phrase order is kept: the content words follow each other at index and query time alike
    assert analyse("Haus der Freundschaft", "de") == analyse("Haus Freundschaft", "de")
    assert len(analyse("Haus der Freundschaft", "de")) == 2


def test_a_content_word_that_looks_like_a_stop_word_in_another_language_stays():
    # "w" is Polish for "in", not a German word; "die" is German, not Polish
    assert analyse("die", "pl")
    assert analyse("w", "de")
