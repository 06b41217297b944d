"""Search analysis: one analyser per language, applied identically to indexed text and to queries.

`analyse(text, language)` returns the list of index terms of `text` written in `language` (a locale
code; script variants use their base language's analysis). Steps, in order:

1. NFKC normalisation, control characters removed, apostrophes unified (normalise.py);
2. lowercasing, Turkic-aware where I/ı and İ/i are different letters; casefolding (ß→ss);
3. script folding to the language's canonical script, word by word, with
   languages.transliteration.fold_to_canonical;
4. letters search treats as one (ё→е);
5. words, less the language's stop words (function words: languages/stopwords.py), then the
   language's morphology: Snowball stems, pymorphy3 lemmas, Kiwi morphemes, or
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

import functools

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


def _prepared(text: str, language: str) -> str:
    """Steps 1-4: `text` lowercased, in the canonical script, with letters treated as one folded."""
    analysis = profile(language)
    text = lower(normalise(text), analysis.casing)
    if not text.strip():
        return ""
    if analysis.fold_script:
        text = lower(fold_to_canonical(text, _base(language)), analysis.casing)
    return text.translate(letter_pairs(analysis.same_letters))


def _tokens(text: str, language: str) -> list[str]:
    """The words of `text` after steps 1-4, before morphology."""
    text = _prepared(text, language)
    if not text:
        return []
    if profile(language).morphology == "morphemes":
        return korean.morphemes(text)
    return words(text)


@functools.cache
def _stop_words(code: str) -> frozenset[str]:
    """The language's stop words as compared: with its keyboard and diacritic folds applied."""
    analysis = profile(code)
    return frozenset(_folded(word, analysis) for word in analysis.stop_words)


def _folded(token: str, analysis: languages.Analysis) -> str:
    token = token.translate(letter_pairs(analysis.diacritic_folds))
    return token.translate(letter_pairs(analysis.keyboard_folds)) if analysis.keyboard_folds else token


def _content(tokens: list[str], language: str) -> list[str]:
    """The tokens without the language's stop words (languages/stopwords.py): left out at index and
    query time alike, so a query never requires them and the words around them stay neighbours."""
    stop = _stop_words(_base(language))
    if not stop:
        return tokens
    analysis = profile(language)
    return [token for token in tokens if _folded(token.replace("'", ""), analysis) not in stop]


def _morphology(tokens: list[str], analysis: languages.Analysis, folds: str = "") -> list[tuple[str, ...]]:
    """Step 5 on words (`folds`: diacritic folds already applied to them, for suffix lists too): each
    word's stem, then any other stem it may have (suffixes.stems)."""
    if analysis.morphology == "morphemes":
        return [(token,) for token in tokens]
    tokens = [token.replace("'", "") for token in tokens]
    if analysis.morphology == "snowball":
        return stemmers.snowball_alternatives(tokens, analysis.stemmer)
    if analysis.morphology == "suffixes":
        return [suffixes.stems(token, analysis, folds) for token in tokens]
    return [(token,) for token in tokens]


def _lemmas(tokens: list[str], analysis: languages.Analysis) -> list[tuple[str, ...]]:
    """Every dictionary lemma of each word, the likeliest first (стали → стать, сталь)."""
    same = letter_pairs(analysis.same_letters)
    groups = []
    for token in tokens:
        # pymorphy3 knows apostrophe words (м'ясо) only with their apostrophe.
        lemmas = stemmers.lemmas(token, analysis.stemmer, analysis.unknown_words)
        group = tuple(dict.fromkeys(lemma.translate(same).replace("'", "")[:MAX_TERM_LENGTH] for lemma in lemmas))
        group = tuple(term for term in group if term)
        if group:
            groups.append(group)
    return groups


def _groups(text: str, language: str) -> list[tuple[str, ...]]:
    """The terms of each word: its term, then the alternatives it is also indexed under — its other
    dictionary lemmas (morphology "lemmas"), or its folded term (diacritic folds) when that differs.

    The folded term is the word's with diacritic folds applied first, then the same morphology, so a
    word typed without diacritics gives the same folded term."""
    analysis = profile(language)
    if analysis.morphology == "morphemes":
        return _morpheme_groups([text], language)[0]
    # Step 5 and the folds are a pure function of each word: memoised per (word, language), so the words an
    # archive repeats (and a script variant's text, whose words fold back to its base page's) cost a lookup.
    return [group for token in _tokens(text, language) if (group := _word_group(token, language))]


def _morpheme_groups(texts: list[str], language: str) -> list[list[tuple[str, ...]]]:
    """`_groups` of each text in a language analysed into morphemes (Korean), all in one analysis
    request: each morpheme, with the whole word it belongs to as an alternative (korean.groups)."""
    prepared = [_prepared(text, language) for text in texts]
    analysed = iter(korean.groups_of_each([text for text in prepared if text]))
    return [
        [tuple(term[:MAX_TERM_LENGTH] for term in group) for group in next(analysed)] if text else []
        for text in prepared
    ]


# ~300 bytes an entry: at most ~30 MB in a process that indexes a whole archive (a reader's queries
# fill a worker's far less).
@functools.lru_cache(maxsize=100_000)
def _word_group(token: str, language: str) -> tuple[str, ...]:
    """One word's terms (see `_groups`), or () when it is a stop word or leaves no term."""
    tokens = _content([token], language)
    if not tokens:
        return ()
    analysis = profile(language)
    if analysis.morphology == "lemmas":
        groups = _lemmas(tokens, analysis)
        return groups[0] if groups else ()
    exact = _morphology(tokens, analysis)
    if analysis.diacritic_folds:
        folded_token = tokens[0].translate(letter_pairs(analysis.diacritic_folds))
        # Suffix lists are folded too, so there every word has a folded stem; a stemmer's own rules
        # give an unchanged word its exact stem again.
        if folded_token != tokens[0] or analysis.morphology == "suffixes":
            folded = _morphology([folded_token], analysis, analysis.diacritic_folds)
        else:
            folded = exact
    else:
        folded = exact
    terms, alternatives = exact[0], folded[0]
    group = tuple(dict.fromkeys(term[:MAX_TERM_LENGTH] for term in (*terms, *alternatives) if term))
    return group if group and terms[0] and alternatives[0] else ()


def analyse(text: str, language: str) -> list[str]:
    """Terms of `text` as written (each word's first term), in order, duplicates kept."""
    return [group[0] for group in _groups(text, language)]


def index_terms(text: str, language: str) -> list[str]:
    """What the index stores for `text`: each word's term, followed by its folded term when that
    differs (şehirde → şehir sehir), so a query typed without diacritics finds it and a query typed
    with them matches it twice, ranking the exact spelling first."""
    return _stored(_groups(text, language))


def index_terms_of_each(texts: list[str], language: str) -> list[list[str]]:
    """`index_terms` of each text; Korean texts go to the analyser process in one request."""
    if profile(language).morphology == "morphemes":
        return [_stored(groups) for groups in _morpheme_groups(texts, language)]
    return [index_terms(text, language) for text in texts]


def _stored(groups: list[tuple[str, ...]]) -> list[str]:
    terms, previous = [], ()
    for group in groups:
        # an alternative the previous word had too is stored once (the whole Korean word shared by
        # its morphemes), so it does not count as several occurrences
        terms += [group[0], *(term for term in group[1:] if term not in previous[1:])]
        previous = group
    return terms


def analyse_query(text: str, language: str, limit: int) -> list[tuple[str, ...]]:
    """The query's words, distinct, at most `limit`: each as its alternatives, the exact term first,
    then its folded term if different. A document matches a word when it holds any alternative."""
    seen: dict[str, tuple[str, ...]] = {}
    for group in _groups(text, language):
        seen.setdefault(group[0], group)
        if len(seen) >= limit:
            break
    return list(seen.values())


def flat(groups: list[tuple[str, ...]]) -> list[str]:
    """Every alternative of every query word, once each."""
    return list(dict.fromkeys(term for group in groups for term in group))


def prefixes(word: str, language: str) -> tuple[str, ...]:
    """What a word being typed (its first letters) looks like at the start of index terms: its
    letters in the canonical script, with the language's keyboard folds, and with its diacritic folds
    as an alternative (search-as-you-type: search/suggest.py). Empty when nothing is left."""
    analysis = profile(language)
    tokens = _tokens(word, language)
    if not tokens:
        return ()
    token = tokens[-1].replace("'", "")
    keyboard = letter_pairs(analysis.keyboard_folds) if analysis.morphology == "suffixes" else {}
    found = [token.translate(keyboard)]
    if analysis.diacritic_folds:
        found.append(token.translate(letter_pairs(analysis.diacritic_folds)).translate(keyboard))
    return tuple(dict.fromkeys(prefix[:MAX_TERM_LENGTH] for prefix in found if prefix))
