"""Search analysis: one analyser per language, applied identically to indexed text and to queries.

`analyse(text, language)` returns the list of index terms of `text` written in `language` (a locale
code; script variants use their base language's analysis). Steps, in order:

1. NFKC normalisation, control characters removed, apostrophes unified (normalise.py);
2. lowercasing, Turkic-aware where I/ı and İ/i are different letters; casefolding (ß→ss);
3. script folding to the language's canonical script, word by word, with
   languages.transliteration.fold_to_canonical;
4. letters search treats as one (ё→е);
5. words, then the language's morphology: Snowball stems, pymorphy3 lemmas, Kiwi morphemes, or
   suffix stripping and prefix truncation (suffixes.py).

Which steps a language takes, and with what data, is its `Analysis` in the language table
(languages/__init__.py); nothing here lists language codes.

Terms contain only letters and digits, so any backend's tokenizer keeps them whole and no query
syntax can leak through them.
"""

import languages
from languages.transliteration import fold_to_canonical

from . import korean, stemmers, suffixes
from .normalise import letter_pairs, lower, normalise, words

# Longest term kept: longer "words" are pasted URLs or garbage and only bloat the index.
MAX_TERM_LENGTH = 40


def profile(code: str) -> languages.Analysis:
    """The analysis a locale uses: its own, or its base language's for a script variant."""
    if code not in languages.BY_CODE:
        raise ValueError(f"unknown language: {code!r}")
    return languages.analysis(code)


def _base(code: str) -> str:
    return languages.BY_CODE[code].variant_of or code


def analyse(text: str, language: str) -> list[str]:
    """Index terms of `text`, in order, duplicates kept (positions matter to ranking)."""
    analysis = profile(language)
    base = _base(language)
    text = lower(normalise(text), analysis.casing)
    if not text.strip():
        return []
    if analysis.fold_script:
        text = lower(fold_to_canonical(text, base), analysis.casing)
    text = text.translate(letter_pairs(analysis.same_letters))
    if analysis.morphology == "morphemes":
        terms = korean.morphemes(text)
    else:
        tokens = words(text)
        if analysis.morphology == "lemmas":
            # pymorphy3 knows apostrophe words (м'ясо) only with their apostrophe.
            tokens = [stemmers.lemma(token, analysis.stemmer) for token in tokens]
        tokens = [token.replace("'", "") for token in tokens]
        if analysis.morphology == "snowball":
            terms = stemmers.snowball(tokens, analysis.stemmer)
        elif analysis.morphology == "suffixes":
            terms = [suffixes.strip_suffixes(token, analysis) for token in tokens]
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
