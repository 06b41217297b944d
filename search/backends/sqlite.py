"""SQLite: FTS5 matching and bm25 ranking (the table and its triggers: sqlite_schema.py).

Filters, counts and facets are ordinary ORM queries over SearchDocument restricted to the rows that
match (`id IN (full-text subquery)`); ranking and grouping by story is one raw query. The number of
queries per search is fixed, whatever the size of the index.
"""

from collections.abc import Iterable

from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.expressions import RawSQL

from ..filters import FACETS, SearchParams, documents, related_candidates
from ..models import SearchDocumentTopic
from .base import FACET_LIMIT, Hits, Term, alternatives, as_uuid
from .sqlite_schema import TABLE

FACET_FIELDS = {"outlet": "outlet_key", "community": "community", "region": "region"}


def match_expression(terms: list[Term]) -> str:
    # Quoted strings are literal in FTS5. A word with alternatives is an OR group; bm25 adds the
    # scores of every alternative present, so a document with the exact spelling (which holds the
    # folded term too) ranks above one with only the folded term.
    parts = []
    for group in alternatives(terms):
        quoted = " OR ".join(f'"{term}"' for term in group)
        parts.append(f"({quoted})" if len(group) > 1 else quoted)
    return " AND ".join(parts)


class SQLiteBackend:
    name = "sqlite"
    # bm25 weights for the title and body columns: a word in the title counts four times.
    WEIGHTS = "4.0, 1.0"

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        expression = match_expression(terms)
        matched = self._matching(documents(params), expression)
        count = matched.values("story_key").distinct().count()
        keys = self._ranked(matched, expression, params.sort, limit, offset) if count > offset else []
        facets = {name: _facet(name, self._matching(documents(params, skip=name), expression)) for name in FACETS}
        return Hits(count=count, keys=keys, facets=facets)

    def related(self, language: str, terms: list[str], story_key, outlet_key, limit: int) -> list:
        """Stories holding any of `terms`, by bm25: one OR group, one query."""
        expression = match_expression([tuple(terms)])
        rows = related_candidates(language, story_key, outlet_key)
        return self._ranked(self._matching(rows, expression), expression, "relevance", limit, 0)

    def documents_changed(self, page_ids: Iterable[int]) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the rows."""

    def index_emptied(self) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the rows."""

    @staticmethod
    def _matching(rows: QuerySet, expression: str) -> QuerySet:
        return rows.filter(id__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression]))

    def _ranked(self, matched: QuerySet, expression: str, sort: str, limit: int, offset: int) -> list:
        order = "latest DESC, score ASC" if sort == "date" else "score ASC, latest DESC"
        filtered_sql, filtered_params = matched.values("id").query.sql_with_params()
        # bm25() is only allowed in the query that does the MATCH, not inside an aggregate over a
        # join, so the scores are computed in a materialised CTE first.
        sql = (
            "WITH m AS MATERIALIZED ("
            f"SELECT rowid AS id, bm25({TABLE}, {self.WEIGHTS}) AS score FROM {TABLE} WHERE {TABLE} MATCH %s) "
            "SELECT d.story_key, MIN(m.score) AS score, MAX(d.published_at) AS latest "
            "FROM m JOIN search_searchdocument d ON d.id = m.id "
            f"WHERE d.id IN ({filtered_sql}) "
            f"GROUP BY d.story_key ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *filtered_params, limit, offset])
            return [as_uuid(row[0]) for row in cursor.fetchall()]


def _facet(name: str, rows: QuerySet) -> dict[str, int]:
    # Facets count stories, not rows: a story in kk and kk-latn counts once.
    if name == "topic":
        values = (
            SearchDocumentTopic.objects.filter(document__in=rows)
            .values_list("slug")
            .annotate(n=Count("document__story_key", distinct=True))
        )
    else:
        field = FACET_FIELDS[name]
        values = (
            rows.exclude(**{field: ""} if name != "outlet" else {f"{field}__isnull": True})
            .values_list(field)
            .annotate(n=Count("story_key", distinct=True))
        )
    ordered = sorted(((str(value), n) for value, n in values), key=lambda item: (-item[1], item[0]))
    return dict(ordered[:FACET_LIMIT])
