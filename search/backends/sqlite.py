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
from . import base
from .base import FACET_LIMIT, Hits, Term, alternatives, as_uuid, pairs
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


def title_expression(terms: list[Term]) -> str:
    """Every query word in the title column."""
    return " AND ".join(
        "(" + " OR ".join(f'title_terms : "{term}"' for term in group) + ")" for group in alternatives(terms)
    )


def near_expressions(terms: list[Term]) -> list[str]:
    """One expression per adjacent pair of query words: the two next to each other, at most one word
    apart, in either order (FTS5 NEAR is unordered), any alternative of each."""
    return [
        " OR ".join(f'NEAR("{a}" "{b}", 1)' for a in left for b in right) for left, right in pairs(alternatives(terms))
    ]


class SQLiteBackend:
    name = "sqlite"

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        expression = match_expression(terms)
        matched = self._matching(documents(params), expression)
        count = matched.values("story_key").distinct().count()
        keys = self._ranked(matched, expression, params.sort, limit, offset, terms) if count > offset else []
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

    def _ranked(
        self, matched: QuerySet, expression: str, sort: str, limit: int, offset: int, terms: list[Term] | None = None
    ) -> list:
        """Story keys by score (search.backends.base.Ranking), one row per story; `terms` None: the
        text score alone (related stories)."""
        order = "latest DESC, score DESC" if sort == "date" else "score DESC, latest DESC"
        filtered_sql, filtered_params = matched.values("id").query.sql_with_params()
        # bm25() is only allowed in the query that does the MATCH, not inside an aggregate over a
        # join, so the scores are computed in a materialised CTE first. bm25 is negative, better lower.
        weights = f"{float(base.RANKING.title_weight)}, 1.0"  # the title and body columns
        bm25 = f"bm25({TABLE}, {weights})"
        ctes = [f"m AS MATERIALIZED (SELECT rowid AS id, {bm25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s)"]
        params: list = [expression]
        joins, factor, factor_params = "", "1.0", []
        if terms is not None:
            ranking = base.RANKING
            # Only rows of the full match are looked at: each expression is ANDed with it.
            ctes.append(f"t AS MATERIALIZED (SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH %s)")
            params.append(f"({expression}) AND ({title_expression(terms)})")
            joins = " LEFT JOIN t ON t.id = m.id"
            factor = "1.0 + %s * (t.id IS NOT NULL)"
            factor_params = [ranking.title]
            near = near_expressions(terms)
            if near:
                ctes.append(
                    "p AS MATERIALIZED (SELECT id, COUNT(*) AS near FROM ("
                    + " UNION ALL ".join(f"SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH %s" for _ in near)
                    + ") GROUP BY id)"
                )
                params += [f"({expression}) AND ({pair})" for pair in near]
                joins += " LEFT JOIN p ON p.id = m.id"
                factor += " + %s * COALESCE(p.near, 0)"
                factor_params.append(ranking.phrase / len(near))
            factor += " + %s * POWER(0.5, MAX(0.0, julianday('now') - julianday(d.published_at)) / %s)"
            factor_params += [ranking.fresh, ranking.half_life_days]
        sql = (
            f"WITH {', '.join(ctes)} "
            f"SELECT d.story_key, MAX(-m.score * ({factor})) AS score, MAX(d.published_at) AS latest "
            f"FROM m JOIN search_searchdocument d ON d.id = m.id{joins} "
            f"WHERE d.id IN ({filtered_sql}) "
            f"GROUP BY d.story_key ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *factor_params, *filtered_params, limit, offset])
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
