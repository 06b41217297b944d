"""Suffix stripping (kk, tt, ug, uz, ku) and Turkish Snowball on tables of real inflected forms."""

import pytest

from search.analysis import analyse_query, index_terms

from .inflected_forms import KNOWN_MISSES, TABLES


def rows(language: str) -> list[tuple[str, str]]:
    pairs = []
    for line in TABLES[language].strip().splitlines():
        base, forms = line.split(":")
        pairs += [(base.strip(), form) for form in forms.split()]
    return pairs


def meets(language: str, query: str, written: str) -> bool:
    indexed = set(index_terms(written, language))
    return all(set(group) & indexed for group in analyse_query(query, language, 12))


@pytest.mark.parametrize("language", sorted(TABLES))
def test_inflected_forms_find_their_base_word_and_back(language):
    pairs = rows(language)
    assert len(pairs) >= 100
    missed = {form for base, form in pairs if not (meets(language, base, form) and meets(language, form, base))}
    assert missed == set(KNOWN_MISSES.get(language, {})), {
        "new misses": sorted(missed - set(KNOWN_MISSES.get(language, {}))),
        "now found": sorted(set(KNOWN_MISSES.get(language, {})) - missed),
    }
