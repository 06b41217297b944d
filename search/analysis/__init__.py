"""Search analysis: one analyser per language, applied identically to indexed text and to queries.

`analyse(text, language)` returns the list of index terms of `text` written in `language` (a locale
code; script variants use their base language's analyser). Steps, in order:

1. NFKC normalisation, control characters removed, apostrophes unified (normalise.py);
2. lowercasing, Turkic-aware for tr, tt, kk, az (İ→i, I→ı); casefolding for German (ß→ss);
3. script folding to the language's canonical script (kk, ug, uz to Cyrillic, ku to Latin), word by
   word, with languages.transliteration.fold_to_canonical;
4. letter folds (ё→е);
5. words, then per language: Snowball stems (ru, de, pl, tr), pymorphy3 lemmas (uk), Kiwi
   morphemes (ko), suffix stripping and prefix truncation (kk, ug, uz, tt, ku; see suffixes.py).

Terms contain only letters and digits, so any backend's tokenizer keeps them whole and no query
syntax can leak through them.
"""

import languages
from languages.transliteration import fold_to_canonical

from . import korean, stemmers, suffixes
from .normalise import CYRILLIC_FOLDS, lower, normalise, words

# Longest term kept: longer "words" are pasted URLs or garbage and only bloat the index.
MAX_TERM_LENGTH = 40
SCRIPT_FOLDED = {"kk", "ug", "uz", "ku"}
CYRILLIC = {"kk", "ru", "ug", "uz", "uk", "tt"}
# Russian uses Snowball: with pymorphy3 lemmas instead (bench/search_relevance.py --russian-lemmas) the
# relevance suite finds exactly the same stories, and Snowball needs no dictionary lookups.
LEMMATISED = {"uk"}


def analyser_language(code: str) -> str:
    """The analyser a locale uses: its own, or its base language's for a script variant."""
    language = languages.BY_CODE.get(code)
    if language is None:
        raise ValueError(f"unknown language: {code!r}")
    return language.analyser


def analyse(text: str, language: str) -> list[str]:
    """Index terms of `text`, in order, duplicates kept (positions matter to ranking)."""
    language = analyser_language(language)
    text = lower(normalise(text), language)
    if not text.strip():
        return []
    if language in SCRIPT_FOLDED:
        text = fold_to_canonical(text, language)
        text = lower(text, language)
    if language in CYRILLIC:
        text = text.translate(CYRILLIC_FOLDS)
    if language == "ko":
        terms = korean.morphemes(text)
    else:
        tokens = words(text)
        if language in LEMMATISED:
            # pymorphy3 knows apostrophe words (м'ясо) only with their apostrophe.
            tokens = [stemmers.lemma(token, language) for token in tokens]
        tokens = [token.replace("'", "") for token in tokens]
        if language in stemmers.SNOWBALL:
            terms = stemmers.snowball(tokens, language)
        elif language in suffixes.SUFFIXES:
            terms = [suffixes.strip_suffixes(token, language) for token in tokens]
        else:
            terms = tokens
    return [term[:MAX_TERM_LENGTH] for term in terms if term]


def analyse_query(text: str, language: str, limit: int) -> list[str]:
    """Distinct terms of a query, in order, at most `limit` of them."""
    seen: dict[str, None] = {}
    for term in analyse(text, language):
        seen.setdefault(term, None)
        if len(seen) >= limit:
            break
    return list(seen)
