"""What every search backend shares: the answer it gives, the checks on its input, its interface.

A backend receives terms already analysed by search.analysis (so all of them match the same
words) and the reader's parameters; it answers with the number of stories, the ranked keys of one
page of stories and the facet counts. Backends differ only in how they store and rank terms.
"""

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..filters import SearchParams

# Facet values returned per facet, most frequent first.
FACET_LIMIT = 30

# Analysis yields letters and digits only; checking again keeps query syntax out of MATCH,
# to_tsquery and Elasticsearch even if analysis changes.
_SAFE_TERM = re.compile(r"^[^\W_]+$")


@dataclass
class Hits:
    """One page of a search: the number of stories, their keys in rank order, facet counts, and whether
    the count and facets cover every match."""

    count: int
    keys: list[uuid.UUID]
    facets: dict[str, dict[str, int]]
    # False when the count (the facets) were taken over a bounded share of a very common word's matches
    # (search.backends.postgres): `count` is then a lower bound, the facet counts those of that share.
    exact: bool = True
    facets_exact: bool = True


# A query word as backends receive it: its alternatives (search.analysis.analyse_query), the exact
# term first; a document matches the word when it holds any of them. A plain string is one alternative.
Term = str | tuple[str, ...]


def checked(terms: list[str]) -> list[str]:
    for term in terms:
        if not _SAFE_TERM.match(term):
            raise ValueError(f"unsafe search term {term!r}")
    return terms


def alternatives(terms: list[Term]) -> list[tuple[str, ...]]:
    """Each query word as a checked, non-empty tuple of alternatives."""
    groups = [(term,) if isinstance(term, str) else tuple(term) for term in terms]
    for group in groups:
        if not group:
            raise ValueError("a search term without alternatives")
        checked(list(group))
    return groups


@dataclass(frozen=True)
class Ranking:
    """How every backend orders matching stories (sqlite.py, postgres.py, elasticsearch.py).

    The engine's text score (FTS5 bm25, PostgreSQL ts_rank, Lucene BM25; a title word counts
    `title_weight` times a word of the lead and body) is multiplied by

        1 + title × (every query word is in the title)
          + phrase × (share of adjacent query word pairs found next to each other, at most one word
                      apart, in either order: a phrase, not words scattered over the text)
          + fresh × 0.5 ^ (age in days / half_life_days)

    so a title match and a phrase rank above scattered matches, and of two similar stories the
    newer ranks first. Sorting by date ignores it. Measured on the judged set (bench/judged_relevance.py).
    """

    title: float = 0.5
    phrase: float = 1.0
    fresh: float = 0.3
    half_life_days: float = 180.0
    title_weight: float = 4.0


RANKING = Ranking()


def pairs(groups: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Adjacent query words (checked alternatives), for the phrase part of the ranking; a pair whose
    words share a term (a repeated word) says nothing about proximity and is left out."""
    return [(left, right) for left, right in zip(groups, groups[1:], strict=False) if not set(left) & set(right)]


def as_uuid(value) -> uuid.UUID:
    """Database drivers return UUID columns as UUID (PostgreSQL) or as text (SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class SearchBackend(Protocol):
    """The interface search.engine and search.indexing use; one implementation per engine."""

    name: str

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        """Stories matching every term (any of its alternatives) in the reader's language family,
        filters and date range."""

    def related(
        self, language: str, terms: list[str], story_key: uuid.UUID, outlet_key: uuid.UUID | None, limit: int
    ) -> list[uuid.UUID]:
        """Keys of visible article stories in `language`'s family, outside `story_key` and
        `outlet_key`, holding any of `terms`, best first (search/related.py)."""

    def documents_changed(self, page_ids: Iterable[int]) -> None:
        """The SearchDocument rows of these pages were rewritten or deleted (by search.indexing)."""

    def index_emptied(self) -> None:
        """Every SearchDocument row is about to be written again (search.indexing.rebuild)."""
