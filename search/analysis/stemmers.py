"""Stemmers and lemmatisers, built once per process.

- Snowball via PyStemmer (BSD-3-Clause), by algorithm name ("russian", "turkish", ...).
- pymorphy3 (MIT) with its OpenCorpora/VESUM dictionaries, by dictionary language ("uk", "ru"):
  normal forms (журналістів → журналіст), which Snowball does not offer for Ukrainian.
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
def lemma(word: str, dictionary: str) -> str:
    """The normal form of the most probable parse."""
    return _morph(dictionary).parse(word)[0].normal_form
