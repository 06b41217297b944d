"""Morphology that holds on real inflection: every form of a frequent Russian or Ukrainian news word
finds every other (tests/search/morphology.py lists the words; pymorphy3 gives their forms)."""

import itertools

import pytest

from search.analysis import analyse_query, index_terms

from .morphology import WORDS, forms


def meet(language: str, typed: str, written: str) -> bool:
    indexed = set(index_terms(written, language))
    return all(set(group) & indexed for group in analyse_query(typed, language, 12))


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_form_of_a_frequent_word_finds_every_other(language):
    assert len(WORDS[language]) >= 300
    missed = []
    for word in WORDS[language]:
        paradigm = sorted(forms(language, word))
        assert paradigm, word
        missed += [(a, b) for a, b in itertools.permutations(paradigm, 2) if not meet(language, a, b)]
    assert not missed, missed[:20]


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        # The likeliest parse of стали is стать (became): one lemma per word lost the steel.
        ("ru", "сталь", "стали"),
        # Snowball reads -им and -ов as endings of other words: аким/акима, аким/акимов.
        ("ru", "аким", "акима"),
        ("ru", "акимов", "аким"),
        # The likeliest lemma of большая is not that of большого.
        ("ru", "большая", "большого"),
        ("uk", "аеропорт", "аеропортові"),
        ("ru", "люди", "человек"),
        ("ru", "ребёнок", "детей"),
        ("uk", "люди", "людина"),
        ("uk", "дитина", "дітей"),
        ("uk", "м'ясо", "м’яса"),
    ],
)
def test_forms_snowball_or_a_single_lemma_missed_meet(language, typed, written):
    assert meet(language, typed, written), (analyse_query(typed, language, 12), index_terms(written, language))


def test_words_the_dictionary_does_not_know_fall_back_to_snowball_in_russian():
    # Not in OpenCorpora: every guess of pymorphy3 would differ from form to form.
    assert index_terms("Кызылординской", "ru") == index_terms("кызылординская", "ru")


@pytest.mark.parametrize(
    ("language", "title", "typed"),
    [
        ("ru", "Цены на сталь выросли", "стали"),
        ("ru", "Депутаты обсудили итоги выборов", "выборы"),
        ("ru", "Дети нарисовали родной край", "ребенок"),
        ("uk", "Діти намалювали рідний край", "дитина"),
        ("uk", "Громади обговорили нові закони", "громада закон"),
    ],
)
def test_readers_find_any_form_through_search(client, article_in, language, title, typed):
    article_in(language, title=title, lead=title)
    data = client.get("/api/search/", {"q": typed, "lang": language}).json()
    assert [result["title"] for result in data["results"]] == [title]
