"""Stemmers and lemmatisers, built once per process.

- Snowball via PyStemmer (BSD-3-Clause), by algorithm name ("russian", "turkish", ...).
- pymorphy3 (MIT) with its OpenCorpora/VESUM dictionaries, by dictionary language ("uk", "ru"):
  normal forms (журналістів → журналіст), every parse's (стали → стать, сталь).
"""

import functools
import threading

import pymorphy3
import Stemmer

_lock = threading.Lock()


@functools.cache
def _snowball(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


def snowball(words: list[str], algorithm: str) -> list[str]:
    # PyStemmer objects are not thread-safe; stemming is fast, a lock is cheaper than one per thread.
    with _lock:
        stemmer = _snowball(algorithm)
        if algorithm == "turkish":
            # Turkish Snowball strips one suffix layer per call (gazeteler → gazete → gaze);
            # iterating to a fixed point gives every form of a word the same stem.
            return [_fixed_point(stemmer, word) for word in words]
        return stemmer.stemWords(words)


def _fixed_point(stemmer: Stemmer.Stemmer, word: str) -> str:
    for _ in range(4):
        stemmed = stemmer.stemWord(word)
        if stemmed == word:
            break
        word = stemmed
    return word


@functools.cache
def _morph(dictionary: str):
    return pymorphy3.MorphAnalyzer(lang=dictionary)


@functools.lru_cache(maxsize=200_000)
def lemmas(word: str, dictionary: str, unknown_words: str = "") -> tuple[str, ...]:
    """The normal forms of every parse of a word the dictionary knows, the most probable first.

    One lemma per word (the likeliest parse) loses forms shared with another word: стали is first
    стать (became), so a query for сталь (steel) missed it. Every parse's lemma makes every form of
    a word meet (bench/morphology_bench.py). A word the dictionary does not know (a name, a new
    word) gets pymorphy3's guesses, which differ from form to form; with `unknown_words` (a Snowball
    algorithm) it gets that stem instead, else the likeliest guess.
    """
    morph = _morph(dictionary)
    parses = morph.parse(word)
    if morph.word_is_known(word):
        return tuple(dict.fromkeys(parse.normal_form for parse in parses))
    if unknown_words:
        return tuple(snowball([word.replace("'", "")], unknown_words))
    return (parses[0].normal_form,)
