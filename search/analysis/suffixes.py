"""Light inflection stripping for the agglutinative languages that have no maintained stemmer.

Kazakh, Uyghur, Uzbek and Tatar (in their canonical Cyrillic script, after script folding) and
Kurmanji (Latin) add case, number and possession suffixes to an unchanging root (the suffix lists:
languages/inflection.py). No Snowball or morphological dictionary exists for them, so the rule,
applied identically to indexed text and to queries, is:

1. fold the letters readers often type without (on a Russian keyboard, or a Latin one without ı):
   the language's keyboard_folds (ә→а, ғ→г, қ→к, ...). Few word pairs differ only in these
   letters, and a reader typing "мерекеси" or "merekesi" means мерекесі;
2. strip the longest suffix (suffixes are folded the same way) while the remaining stem keeps at
   least MIN_STEM letters (2 after a bare possessive vowel: биі, үйі), at most MAX_PASSES times
   (plural, possessive, case: журналистерге → журналистер → журналис);
3. read the stem's final consonant as its unvoiced pair (the language's stem_final: мектебі → мектеп);
4. truncate what is left to PREFIX_LENGTH letters, so any remaining suffix chain past a long root
   falls away (журналист and журналистерге both give журнали).

The effect is a prefix match: a query word finds every word sharing its first PREFIX_LENGTH
letters after stripping. Precision suffers only for long words that differ after the seventh
letter, which the relevance suite in tests/search measures.
"""

import functools

from languages import Analysis

from .normalise import letter_pairs

MIN_STEM = 3
MAX_PASSES = 4
PREFIX_LENGTH = 7


@functools.cache
def _ordered(suffixes: tuple[str, ...], keyboard_folds: str, diacritic_folds: str = "") -> list[str]:
    first, then = letter_pairs(diacritic_folds), letter_pairs(keyboard_folds)
    return sorted({suffix.translate(first).translate(then) for suffix in suffixes}, key=len, reverse=True)


def strip_suffixes(word: str, analysis: Analysis, diacritic_folds: str = "") -> str:
    """The stem of `word`; with `diacritic_folds` (already applied to the word) the suffixes are folded alike."""
    return stems(word, analysis, diacritic_folds)[0]


@functools.lru_cache(maxsize=200_000)  # words repeat: an archive import analyses millions of them
def stems(word: str, analysis: Analysis, diacritic_folds: str = "") -> tuple[str, ...]:
    """The stem of `word`, then the other stem it may have (both are indexed, a query matches either).

    A possessive after a vowel starts with с (мереке-сі), the same letter a root may end with
    (күрес-і): "күресі" is read both ways, as куре and as курес, so it meets күрес and мерекесі
    meets мереке. A suffix that is only a vowel (or a vowel and н) may leave a two-letter root
    (би-і, би-ін; үй-і), where any other suffix needs MIN_STEM letters left.
    """
    suffixes = _ordered(analysis.suffixes, analysis.keyboard_folds, diacritic_folds)
    if analysis.inner_keyboard_folds:
        word = word[:1] + word[1:].translate(letter_pairs(analysis.inner_keyboard_folds))
    word = word.translate(letter_pairs(analysis.keyboard_folds))
    found = [_strip(word, suffixes, analysis)]
    changed = _vowel_changed(word, False, analysis.vowel_changes)
    if changed:
        found.append(_strip(changed, suffixes, analysis))
    for passes in range(MAX_PASSES):
        suffix = _longest(word, suffixes)
        if suffix is None:
            break
        if suffix[0] == "с" and suffix[1:] in suffixes:
            found.append(_strip(word[: -len(suffix) + 1], suffixes, analysis, MAX_PASSES - passes - 1))
        word = word[: -len(suffix)]
        # a vowel changed before this suffix (Uyghur алмиси-, Алмути-, мәктив-): the base form's too
        changed = _vowel_changed(word, True, analysis.vowel_changes)
        if changed:
            found.append(_strip(changed, suffixes, analysis, MAX_PASSES - passes - 1))
    return tuple(dict.fromkeys(stem[:PREFIX_LENGTH] for stem in found))


def _vowel_changed(stem: str, stripped: bool, vowel_changes: str) -> str:
    """The stem with its last vowel read back to the base form's (Analysis.vowel_changes), or ""."""
    for change in vowel_changes.split():
        if change.startswith("+"):  # only when a suffix was stripped
            if not stripped:
                continue
            change = change[1:]
        changed_vowel, base_vowel = change[0], change[1]
        for index in range(len(stem) - 1, 0, -1):
            if stem[index] in _VOWELS:
                if stem[index] == changed_vowel and (stripped or index < len(stem) - 1):
                    return stem[:index] + base_vowel + stem[index + 1 :]
                break
    return ""


_VOWELS = frozenset("аәеэиоөуүұыіюяёaeiouêîûéı")


def _longest(word: str, suffixes: list[str]) -> str | None:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _min_stem(suffix):
            return suffix
    return None


def _min_stem(suffix: str) -> int:
    return 2 if suffix.rstrip("н") in _VOWEL_SUFFIXES else MIN_STEM


# Possessive and accusative vowels of the Turkic lists (keyboard-folded: і is и).
_VOWEL_SUFFIXES = frozenset({"ы", "и", "е"})


def _strip(word: str, suffixes: list[str], analysis: Analysis, passes: int = MAX_PASSES) -> str:
    """The stem after at most `passes` suffixes, its final consonant read as its pair."""
    for _ in range(passes):
        suffix = _longest(word, suffixes)
        if suffix is None:
            break
        word = word[: -len(suffix)]
    if analysis.stem_final:
        word = word[:-1] + word[-1:].translate(letter_pairs(analysis.stem_final))
    return word
