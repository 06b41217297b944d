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
            return [_turkish(stemmer, word) for word in words]
        if algorithm == "polish":
            return [_polish(stemmer, word) for word in words]
        return stemmer.stemWords(words)


def snowball_alternatives(words: list[str], algorithm: str) -> list[tuple[str, ...]]:
    """Each word's Snowball stem, then the other stem it may have.

    German Snowball strips a final s as a genitive (Festivals → festival), also from a root ending
    in s: Deutschkurs → deutschkur, but Deutschkurse → deutschkurs. A word it stripped only an s
    from is also given the stem it would have with the plural -e (Deutschkurs: deutschkur
    deutschkurs), so the singular and plural meet."""
    stems = snowball(words, algorithm)
    if algorithm != "german":
        return [(stem,) for stem in stems]
    found = []
    with _lock:
        stemmer = _snowball(algorithm)
        for word, stem in zip(words, stems, strict=True):
            if word.endswith("s") and len(word) >= 4 and stem == word[:-1]:
                found.append(tuple(dict.fromkeys((stem, stemmer.stemWord(word + "e")))))
            else:
                found.append((stem,))
    return found


# Turkish: a stem keeps at least this many letters (oturum → otur, not o; yeni stays yeni).
TURKISH_MIN_STEM = 3
_TURKISH_VOWELS = frozenset("aeıioöuüâîû")
# Two-letter roots a stem may be (Evinde → ev; typed without diacritics too): not ye (yeni) or o (oturum).
_TURKISH_SHORT_ROOTS = frozenset("ev iş is su ad ay el ağ ag öz oz".split())


def _turkish(stemmer: Stemmer.Stemmer, word: str) -> str:
    """Turkish Snowball strips one suffix layer per call (gazeteler → gazete → gaze); iterating to a
    fixed point gives every form of a word the same stem. Before each layer, what Snowball does not
    know: the possessive -sı/-si/-su/-sü after a vowel (hastanesi → hastane, Assamblesi →
    Assamble), the -i of a noun ending in i (camii → cami), a last vowel after a stem Snowball
    leaves whole (inşaatı → inşaat); and no layer may leave fewer than
    TURKISH_MIN_STEM letters (oturumu → otur, not o) but for a few two-letter roots (Evinde → ev)."""
    for _ in range(4):
        before = word
        if len(word) >= 5 and word[-2] == "s" and word[-1] in "ıiuü" and word[-3] in _TURKISH_VOWELS:
            word = word[:-2]
        elif len(word) >= 4 and word[-1] == word[-2] and word[-1] in "ıiuü":
            word = word[:-1]
        elif len(word) >= 5 and word[-1] in "ıiuü" and word[-2] not in _TURKISH_VOWELS | set("ynk"):
            # the possessive or accusative vowel after a consonant, when Snowball would take more
            # (inşaatı → inşaat, not inşaa)
            if stemmer.stemWord(word[:-1]) == word[:-1]:
                word = word[:-1]
        stemmed = stemmer.stemWord(word)
        if len(stemmed) >= TURKISH_MIN_STEM or stemmed in _TURKISH_SHORT_ROOTS:
            word = stemmed
        if word == before:
            break
    return word


# Polish consonant alternations at the end of a stem, read back to the consonant of the base form:
# senior, seniorzy; Pawłodar, w Pawłodarze; Polska, w Polsce; Ameryka, w Ameryce; Praga, w Pradze.
# Every form of a word whose own stem ends in rz or c (dziennikarz, praca) gets the same stem too.
_POLISH_WORD_ENDINGS = (("ncie", "nt"), ("rcie", "rt"), ("rzej", "rzej"))


def _polish(stemmer: Stemmer.Stemmer, word: str) -> str:
    """Polish Snowball, with what it leaves apart brought together: the locative -cie of a stem in t
    (Szymkencie, koncercie), the name Andrzej (Snowball strips -ej as an adjective ending), and
    the alternations of a stem's last consonant (rz/r, c/k, sc/sk, dz/g, ndz/nd)."""
    for ending, base in _POLISH_WORD_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            if ending == "rzej":
                return word
            word = word[: -len(ending)] + base
            break
    stem = stemmer.stemWord(word)
    if len(stem) < 4:
        return stem
    if stem.endswith("rz"):
        return stem[:-1]
    if stem.endswith("ndz"):
        return stem[:-1]
    if stem.endswith("dz"):
        return stem[:-2] + "g"
    if stem.endswith("sc") and stem[-3] not in "jaąeęioóuy":
        return stem[:-1] + "k"
    if stem.endswith("c") and stem[-2] in "aąeęioóuy":
        return stem[:-1] + "k"
    return stem


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
