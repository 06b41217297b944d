"""Full-text search in the database: FTS5 on SQLite here, tsvector on PostgreSQL (postgres.py; see
migration 0002 for both indexes).

Filters, counts and facets are ordinary ORM queries over SearchDocument restricted to the rows that
match (`id IN (full-text subquery)`); ranking and grouping by story is one raw query. The number of
queries per search is fixed, whatever the size of the index. PostgreSQL replaces this with a single
statement that matches once (postgres.py).
"""

import re
import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.expressions import RawSQL

from ..filters import FACETS, SearchParams, documents
from ..models import SearchDocumentTopic

# Analysis yields letters and digits only; checking again keeps query syntax out of MATCH and
# to_tsquery even if analysis changes.
_SAFE_TERM = re.compile(r"^[^\W_]+$")
FACET_FIELDS = {"outlet": "outlet_key", "community": "community", "region": "region"}
FACET_LIMIT = 30


@dataclass
class Hits:
    count: int
    keys: list[uuid.UUID]
    facets: dict[str, dict[str, int]]


def _checked(terms: list[str]) -> list[str]:
    for term in terms:
        if not _SAFE_TERM.match(term):
            raise ValueError(f"unsafe search term {term!r}")
    return terms


class DatabaseBackend:
    name = "database"

    def match_sql(self, terms: list[str]) -> tuple[str, list]:
        raise NotImplementedError

    def ranking_sql(self, terms: list[str], filtered_sql: str, sort: str) -> tuple[str, list]:
        raise NotImplementedError

    def matching(self, documents: QuerySet, terms: list[str]) -> QuerySet:
        sql, params = self.match_sql(_checked(terms))
        return documents.filter(id__in=RawSQL(sql, params))

    def search(self, params: SearchParams, terms: list[str], limit: int, offset: int) -> Hits:
        matched = self.matching(documents(params), terms)
        count = matched.values("translation_key").distinct().count()
        keys: list[uuid.UUID] = []
        if count > offset:
            filtered_sql, filtered_params = matched.values("id").query.sql_with_params()
            sql, ranking_params = self.ranking_sql(_checked(terms), filtered_sql, params.sort)
            with connection.cursor() as cursor:
                cursor.execute(sql, [*ranking_params, *filtered_params, limit, offset])
                keys = [_uuid(row[0]) for row in cursor.fetchall()]
        facets = {name: self._facet(name, self.matching(documents(params, skip=name), terms)) for name in FACETS}
        return Hits(count=count, keys=keys, facets=facets)

    def _facet(self, name: str, documents: QuerySet) -> dict[str, int]:
        # Facets count stories, not rows: a story in kk and kk-latn counts once.
        if name == "topic":
            rows = (
                SearchDocumentTopic.objects.filter(document__in=documents)
                .values_list("slug")
                .annotate(n=Count("document__translation_key", distinct=True))
            )
        else:
            field = FACET_FIELDS[name]
            rows = (
                documents.exclude(**{field: ""} if name != "outlet" else {f"{field}__isnull": True})
                .values_list(field)
                .annotate(n=Count("translation_key", distinct=True))
            )
        rows = sorted(((str(value), n) for value, n in rows), key=lambda item: (-item[1], item[0]))
        return dict(rows[:FACET_LIMIT])


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class SQLiteBackend(DatabaseBackend):
    name = "sqlite"
    # bm25 weights for the title and body columns: a word in the title counts four times.
    WEIGHTS = "4.0, 1.0"

    def match_sql(self, terms):
        return "SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [self.match_expression(terms)]

    @staticmethod
    def match_expression(terms: list[str]) -> str:
        # Quoted strings are literal in FTS5, and juxtaposition means AND.
        return " ".join(f'"{term}"' for term in terms)

    def ranking_sql(self, terms, filtered_sql, sort):
        order = "latest DESC, score ASC" if sort == "date" else "score ASC, latest DESC"
        # bm25() is only allowed in the query that does the MATCH, not inside an aggregate over a
        # join, so the scores are computed in a materialised CTE first.
        sql = (
            "WITH m AS MATERIALIZED ("
            f"SELECT rowid AS id, bm25(search_fts, {self.WEIGHTS}) AS score FROM search_fts WHERE search_fts MATCH %s) "
            "SELECT d.translation_key, MIN(m.score) AS score, MAX(d.published_at) AS latest "
            "FROM m JOIN search_searchdocument d ON d.id = m.id "
            f"WHERE d.id IN ({filtered_sql}) "
            f"GROUP BY d.translation_key ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return sql, [self.match_expression(terms)]
