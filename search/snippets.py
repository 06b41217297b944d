"""Highlighted snippets in the text as the outlet wrote it.

Each word of the original is analysed on its own with the query's analyser; a word whose terms meet
the query's terms is marked. So Кітаптарды is marked for the query кітап, and an Arabic-script
Uyghur word for a Cyrillic query, because both go through the same folding.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import index_terms_of_each

# Words are looked for in the first SCAN_CHARS characters only: snippets must stay cheap.
SCAN_CHARS = 6000
WORDS_BEFORE = 8
WORDS_TOTAL = 36
_WORD = re.compile(r"[^\W_]+(?:['’ʼ‘][^\W_]+)*")


# Each word's terms, by (word, language): emptied when full.
_TERMS: dict[tuple[str, str], frozenset[str]] = {}
MAX_CACHED = 50_000


def _terms_of_each(words: list[str], language: str) -> list[frozenset[str]]:
    """Each word's terms, both spellings (şehir, sehir: a query typed without diacritics marks it too).
    The words not seen before are analysed together: for Korean, one request to the analyser process
    for a snippet's words instead of one per word."""
    found = {word: _TERMS.get((word, language)) for word in words}
    missing = [word for word, terms in found.items() if terms is None]
    if missing:
        if len(_TERMS) + len(missing) > MAX_CACHED:
            _TERMS.clear()
        for word, terms in zip(missing, index_terms_of_each(missing, language), strict=True):
            found[word] = _TERMS[(word, language)] = frozenset(terms)
    return [found[word] for word in words]


def highlight(text: str, language: str, terms: set[str] | frozenset[str]) -> SafeString:
    """About WORDS_TOTAL words of `text` around the first match, HTML-escaped, matches in <mark>."""
    text = text[:SCAN_CHARS]
    matches = list(_WORD.finditer(text))
    if not matches:
        return mark_safe("")
    marked = [bool(word_terms & terms) for word_terms in _terms_of_each([m.group() for m in matches], language)]
    first = marked.index(True) if True in marked else 0
    start = max(0, first - WORDS_BEFORE)
    end = min(len(matches), start + WORDS_TOTAL)
    parts = ["… " if start > 0 else ""]
    position = matches[start].start()
    for index in range(start, end):
        match = matches[index]
        parts.append(escape(text[position : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if marked[index] else word)
        position = match.end()
    if end < len(matches):
        parts.append(" …")
    else:
        parts.append(escape(text[position:]))
    return mark_safe("".join(parts).strip())
