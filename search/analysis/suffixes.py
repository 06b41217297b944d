"""Light inflection stripping for the agglutinative languages that have no maintained stemmer.

Kazakh, Uyghur, Uzbek and Tatar (in their canonical Cyrillic script, after script folding) and
Kurmanji (Latin) add case, number and possession suffixes to an unchanging root (the suffix lists:
languages/inflection.py). No Snowball or morphological dictionary exists for them, so the rule,
applied identically to indexed text and to queries, is:

1. fold the letters readers often type without (on a Russian keyboard, or a Latin one without ı):
   the language's keyboard_folds (ә→а, ғ→г, қ→к, ...). Few word pairs differ only in these
   letters, and a reader typing "мерекеси" or "merekesi" means мерекесі;
2. strip the longest suffix (suffixes are folded the same way) while the remaining stem keeps at
   least MIN_STEM letters, at most MAX_PASSES times (plural, possessive, case:
   журналистерге → журналистер → журналис);
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


@functools.lru_cache(maxsize=200_000)  # words repeat: an archive import analyses millions of them
def strip_suffixes(word: str, analysis: Analysis, diacritic_folds: str = "") -> str:
    """The stem of `word`; with `diacritic_folds` (already applied to the word) the suffixes are folded alike."""
    suffixes = _ordered(analysis.suffixes, analysis.keyboard_folds, diacritic_folds)
    word = word.translate(letter_pairs(analysis.keyboard_folds))
    for _ in range(MAX_PASSES):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    if analysis.stem_final:
        word = word[:-1] + word[-1:].translate(letter_pairs(analysis.stem_final))
    return word[:PREFIX_LENGTH]
