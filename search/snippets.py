"""Highlighted snippets in the text as the outlet wrote it.

Each word of the original is analysed on its own with the query's analyser; a word whose terms meet
the query's terms is marked. So Кітаптарды is marked for the query кітап, and an Arabic-script
Uyghur word for a Cyrillic query, because both go through the same folding.
"""

import functools
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import index_terms

# Words are looked for in the first SCAN_CHARS characters only: snippets must stay cheap.
SCAN_CHARS = 6000
WORDS_BEFORE = 8
WORDS_TOTAL = 36
_WORD = re.compile(r"[^\W_]+(?:['’ʼ‘][^\W_]+)*")


@functools.lru_cache(maxsize=50_000)
def _word_terms(word: str, language: str) -> frozenset[str]:
    # Both spellings of a word (şehir, sehir): a query typed without diacritics marks it too.
    return frozenset(index_terms(word, language))


def highlight(text: str, language: str, terms: set[str] | frozenset[str]) -> SafeString:
    """About WORDS_TOTAL words of `text` around the first match, HTML-escaped, matches in <mark>."""
    text = text[:SCAN_CHARS]
    matches = list(_WORD.finditer(text))
    if not matches:
        return mark_safe("")
    marked = [bool(_word_terms(match.group(), language) & terms) for match in matches]
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
