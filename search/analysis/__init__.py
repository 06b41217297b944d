"""Search analysis: one analyser per language, applied identically to indexed text and to queries.

`analyse(text, language)` returns the list of index terms of `text` written in `language` (a locale
code; script variants use their base language's analysis). Steps, in order:

1. NFKC normalisation, control characters removed, apostrophes unified (normalise.py);
2. lowercasing, Turkic-aware where I/ı and İ/i are different letters; casefolding (ß→ss);
3. script folding to the language's canonical script, word by word, with
   languages.transliteration.fold_to_canonical;
4. letters search treats as one (ё→е);
5. words, then the language's morphology: Snowball stems, pymorphy3 lemmas, Kiwi morphemes, or
   suffix stripping and prefix truncation (suffixes.py);
6. for languages with diacritic folds (Latin alphabets: tr, pl, de, ku, and kk and uz for their Latin
   scripts), each word's term once more with the folds applied before its morphology (şehirde →
   sehir). `index_terms` stores both; `analyse_query` offers both for each query word, so a word
   typed without diacritics finds the text and an exact spelling matches twice and ranks first.

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


def _tokens(text: str, language: str) -> list[str]:
    """Steps 1-4: the words of `text`, lowercased, in the canonical script, before morphology."""
    analysis = profile(language)
    text = lower(normalise(text), analysis.casing)
    if not text.strip():
        return []
    if analysis.fold_script:
        text = lower(fold_to_canonical(text, _base(language)), analysis.casing)
    text = text.translate(letter_pairs(analysis.same_letters))
    if analysis.morphology == "morphemes":
        return korean.morphemes(text)
    return words(text)


def _morphology(tokens: list[str], analysis: languages.Analysis, folds: str = "") -> list[str]:
    """Step 5 on words (`folds`: diacritic folds already applied to them, for suffix lists too)."""
    if analysis.morphology == "morphemes":
        return tokens
    if analysis.morphology == "lemmas":
        # pymorphy3 knows apostrophe words (м'ясо) only with their apostrophe.
        tokens = [stemmers.lemma(token, analysis.stemmer) for token in tokens]
    tokens = [token.replace("'", "") for token in tokens]
    if analysis.morphology == "snowball":
        return stemmers.snowball(tokens, analysis.stemmer)
    if analysis.morphology == "suffixes":
        return [suffixes.strip_suffixes(token, analysis, folds) for token in tokens]
    return tokens


def _pairs(text: str, language: str) -> list[tuple[str, str]]:
    """(exact term, folded term) per word; the folded term is the word's with diacritic folds applied
    first, then the same morphology, so a word typed without diacritics gives the same folded term."""
    analysis = profile(language)
    tokens = _tokens(text, language)
    exact = _morphology(tokens, analysis)
    if analysis.diacritic_folds:
        table = letter_pairs(analysis.diacritic_folds)
        folded_tokens = [token.translate(table) for token in tokens]
        # Suffix lists are folded too, so there every word has a folded stem; a stemmer's own rules
        # give an unchanged word its exact stem again.
        changed = [
            index
            for index, (a, b) in enumerate(zip(tokens, folded_tokens, strict=True))
            if a != b or analysis.morphology == "suffixes"
        ]
        folded = list(exact)
        stems = _morphology([folded_tokens[index] for index in changed], analysis, analysis.diacritic_folds)
        for index, stem in zip(changed, stems, strict=True):
            folded[index] = stem
    else:
        folded = exact
    return [
        (term[:MAX_TERM_LENGTH], alternative[:MAX_TERM_LENGTH])
        for term, alternative in zip(exact, folded, strict=True)
        if term and alternative
    ]


def analyse(text: str, language: str) -> list[str]:
    """Terms of `text` as written, in order, duplicates kept (positions matter to ranking)."""
    return [term for term, _folded in _pairs(text, language)]


def index_terms(text: str, language: str) -> list[str]:
    """What the index stores for `text`: each word's term, followed by its folded term when that
    differs (şehirde → şehir sehir), so a query typed without diacritics finds it and a query typed
    with them matches it twice, ranking the exact spelling first."""
    terms = []
    for term, folded in _pairs(text, language):
        terms.append(term)
        if folded != term:
            terms.append(folded)
    return terms


def analyse_query(text: str, language: str, limit: int) -> list[tuple[str, ...]]:
    """The query's words, distinct, at most `limit`: each as its alternatives, the exact term first,
    then its folded term if different. A document matches a word when it holds any alternative."""
    seen: dict[str, tuple[str, ...]] = {}
    for term, folded in _pairs(text, language):
        seen.setdefault(term, (term,) if folded == term else (term, folded))
        if len(seen) >= limit:
            break
    return list(seen.values())


def flat(groups: list[tuple[str, ...]]) -> list[str]:
    """Every alternative of every query word, once each."""
    return list(dict.fromkeys(term for group in groups for term in group))
