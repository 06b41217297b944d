"""SQLite: FTS5 matching and bm25 ranking (the table and its triggers: sqlite_schema.py).

The full-text index is asked once per search. One statement materialises the matching rows of the
reader's language family, date range and kind (a MATERIALIZED CTE, which SQLite computes once per
statement) with their bm25 score, whether every query word is in the title, and one flag per facet
filter the reader chose; the count, the page of ranked stories and the four facets are aggregates over
that set, returned by one round trip, as on PostgreSQL (postgres.py). A facet still counts with every
filter but its own.

The language family is part of the FTS5 query (`language : kk AND {title_terms terms} : (…)`, the
language column of sqlite_schema.py), so FTS5 intersects the word's posting list with the family's
and looks up only the family's rows. Asking the index once per part of the answer, over every
language's rows, cost 6–8 matches and ~500 ms of CPU for a common word at 100,000 articles
(bench/results/search_page_sqlite_100000.md).

The only other reads of the index are the phrase part of the ranking: for a query of several words,
one FTS5-only match per adjacent word pair (NEAR), which reads posting lists and no document rows, and
counts only for rows of the matched set.
"""

import uuid
from collections.abc import Iterable

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, QuerySet

import languages
from languages.compiled import compiled_sql

from ..filters import SearchParams, documents, facet_conditions, related_candidates
from . import base
from .base import Hits, Term, alternatives, as_uuid, checked, pairs

# Each row of the statement says what it is (the story count, a ranked story, or a facet value), as on PostgreSQL.
from .postgres import COUNT, FACET_COLUMNS, HIT
from .postgres import _hits as postgres_hits
from .sqlite_schema import TABLE, TEXT_COLUMNS

# What the matched set keeps of each row.
COLUMNS = ("id", "story_key", "outlet_key", "community", "region", "published_at", "topic_slugs", "title_terms")


def match_expression(terms: list[Term]) -> str:
    # Quoted strings are literal in FTS5. A word with alternatives is an OR group; bm25 adds the
    # scores of every alternative present, so a document with the exact spelling (which holds the
    # folded term too) ranks above one with only the folded term.
    parts = []
    for group in alternatives(terms):
        quoted = " OR ".join(f'"{term}"' for term in group)
        parts.append(f"({quoted})" if len(group) > 1 else quoted)
    return " AND ".join(parts)


def near_expressions(terms: list[Term]) -> list[str]:
    """One expression per adjacent pair of query words: the two next to each other, at most one word
    apart, in either order (FTS5 NEAR is unordered), any alternative of each."""
    return [
        " OR ".join(f'NEAR("{a}" "{b}", 1)' for a in left for b in right) for left, right in pairs(alternatives(terms))
    ]


def family_expression(language: str) -> str:
    """The rows of `language`'s family: every code of a family begins with its base code's token
    (kk, kk-latn), and no code has another family's base as a later token (tests/search/test_ranking.py)."""
    base_code = languages.BY_CODE[language].variant_of or language
    return f'language : "{checked([base_code])[0]}"'


def full_expression(language: str, words: str) -> str:
    """The family's rows whose text (title or body, never the language column) matches `words`."""
    return f"{family_expression(language)} AND {{{' '.join(TEXT_COLUMNS)}}} : ({words})"


def weights() -> str:
    """bm25's column weights: the title, the body, the language column (no part of the score)."""
    return f"{float(base.RANKING.title_weight)}, 1.0, 0.0"


def in_title(terms: list[Term]) -> tuple[str, list[str]]:
    """SQL true when every query word (any alternative) is one of the row's title terms. The title
    terms are analysed terms separated by single spaces, as the query's, so this is what the FTS5
    title column would match, without reading the index again."""
    groups = alternatives(terms)
    sql = " AND ".join(
        "(" + " OR ".join("instr(' ' || d.title_terms || ' ', ' ' || %s || ' ') > 0" for _ in group) + ")"
        for group in groups
    )
    return sql, [term for group in groups for term in group]


class SQLiteBackend:
    name = "sqlite"

    def documents_changed(self, page_ids: Iterable[int]) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the rows."""

    def index_emptied(self) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the rows."""

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        words = match_expression(terms)
        conditions = facet_conditions(params)
        # Matching trusts the index to hold live pages only; engine._results shows only live pages.
        rows = documents(params, facets=False, live=False).annotate(
            **{f"f_{name}": ExpressionWrapper(condition, BooleanField()) for name, condition in conditions.items()}
        )
        title_sql, title_params = in_title(terms)
        matched_sql, matched_params = _matched(
            rows, [*COLUMNS, *(f"f_{name}" for name in conditions)], full_expression(params.language, words), title_sql
        )
        chosen = list(conditions)
        every = " AND ".join(f"m.f_{name}" for name in chosen) or "1"

        def all_but(skip: str) -> str:
            return " AND ".join(f"m.f_{name}" for name in chosen if name != skip) or "1"

        # The score (search.backends.base.Ranking): bm25 (negative, better lower) times the title,
        # phrase and freshness factor.
        ranking = base.RANKING
        ctes = [f"m AS MATERIALIZED ({matched_sql})"]
        cte_params: list = [*title_params, *matched_params]
        factor = "1.0 + %s * m.in_title"
        factor_params: list = [ranking.title]
        joins = ""
        near = near_expressions(terms)
        if near:
            # Each pair's match reads posting lists only; it counts for rows of the matched set.
            ctes.append(
                "p AS MATERIALIZED (SELECT id, COUNT(*) AS near FROM ("
                + " UNION ALL ".join(f"SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH %s" for _ in near)
                + ") GROUP BY id)"
            )
            cte_params += [full_expression(params.language, f"({words}) AND ({pair})") for pair in near]
            joins = " LEFT JOIN p ON p.id = m.id"
            factor += " + %s * COALESCE(p.near, 0)"
            factor_params.append(ranking.phrase / len(near))
        factor += " + %s * POWER(0.5, MAX(0.0, julianday('now') - julianday(m.published_at)) / %s)"
        factor_params += [ranking.fresh, ranking.half_life_days]
        # One row per matching story with its score: the count and the ranked page both read it.
        ctes.append(
            f"s AS MATERIALIZED (SELECT m.story_key, MAX(-m.score * ({factor})) AS score, "
            f"MAX(m.published_at) AS latest FROM m{joins} WHERE {every} GROUP BY m.story_key)"
        )
        cte_params += factor_params
        order = "latest DESC, score DESC" if params.sort == "date" else "score DESC, latest DESC"
        parts = [
            f"SELECT '{COUNT}', NULL, COUNT(*) FROM s",
            # ROW_NUMBER() is taken before LIMIT/OFFSET, so it is the story's place in the whole list.
            f"SELECT * FROM (SELECT '{HIT}', story_key, ROW_NUMBER() OVER (ORDER BY {order}, story_key) "
            f"FROM s ORDER BY {order}, story_key LIMIT %s OFFSET %s)",
        ]
        part_params: list = [limit, offset]
        for name, column in FACET_COLUMNS.items():
            present = f"m.{column} IS NOT NULL" if name == "outlet" else f"m.{column} <> ''"
            parts.append(
                f"SELECT '{name}', m.{column}, COUNT(DISTINCT m.story_key) FROM m "
                f"WHERE {all_but(name)} AND {present} GROUP BY m.{column}"
            )
        # Topics from the row's own topic_slugs (space-separated slugs, as a JSON array).
        parts.append(
            "SELECT 'topic', slug.value, COUNT(DISTINCT m.story_key) FROM m, json_each('[\"' || "
            "replace(replace(replace(m.topic_slugs, '\\', '\\\\'), '\"', '\\\"'), ' ', '\",\"') || '\"]') AS slug "
            f"WHERE {all_but('topic')} AND m.topic_slugs <> '' GROUP BY slug.value"
        )
        sql = f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            cursor.execute(sql, [*cte_params, *part_params])
            return _hits(cursor.fetchall())

    # Related stories rank the best-scoring matches first and look up only these; see related().
    RELATED_WINDOW = 300

    def related(self, language: str, terms: list[str], story_key, outlet_key, limit: int) -> list[uuid.UUID]:
        """Stories holding any of `terms`, by bm25: one OR group.

        The subject's words are common ones (27,000 Russian matches of 100,000 rows for a typical article);
        looking each match up to filter it cost ~100 ms. So the best RELATED_WINDOW matches by bm25 are taken
        from the full-text index alone (~35 ms) and only they are looked up and filtered: when they hold
        `limit` stories, those are the best stories of all the matches (any other story's best match scores
        lower); when they do not and the window was full, every match is looked up, as before."""
        expression = full_expression(language, match_expression([tuple(terms)]))
        # Compiled once per process (languages/compiled.py): building and compiling it was ~2 % of an article.
        rows_sql, rows_params = compiled_sql(
            _candidate_rows, (language, bool(outlet_key)), (story_key, *([outlet_key] if outlet_key else []))
        )
        # The last row says how many matches the window held: fewer than RELATED_WINDOW means all of them.
        windowed = (
            f"WITH s AS MATERIALIZED (SELECT rowid AS id, bm25({TABLE}, {weights()}) AS score FROM {TABLE} "
            f"WHERE {TABLE} MATCH %s ORDER BY score LIMIT %s), "
            f"r AS (SELECT d.story_key, MAX(-s.score) AS score, MAX(d.published_at) AS latest "
            f"FROM s CROSS JOIN ({rows_sql}) AS d ON d.id = s.id "
            "GROUP BY d.story_key ORDER BY score DESC, latest DESC, d.story_key LIMIT %s) "
            "SELECT 0, story_key, score, latest FROM r UNION ALL SELECT 1, NULL, COUNT(*), NULL FROM s "
            "ORDER BY 1, 3 DESC, 4 DESC, 2"
        )
        with connection.cursor() as cursor:
            cursor.execute(windowed, [expression, self.RELATED_WINDOW, *rows_params, limit])
            *rows_found, (_last, _none, window, _latest) = cursor.fetchall()
            found = [row[1:] for row in rows_found]
            if len(found) < limit and window >= self.RELATED_WINDOW:
                rows = related_candidates(language, story_key, outlet_key)
                matched_sql, matched_params = _matched(rows, ["id", "story_key", "published_at"], expression)
                cursor.execute(
                    f"WITH m AS MATERIALIZED ({matched_sql}) "
                    "SELECT story_key, MAX(-score) AS score, MAX(published_at) AS latest FROM m "
                    "GROUP BY story_key ORDER BY score DESC, latest DESC, story_key LIMIT %s",
                    [*matched_params, limit],
                )
                found = cursor.fetchall()
        return [as_uuid(row[0]) for row in found]


def _candidate_rows(language: str, has_outlet: bool, story_key, *outlet_key):
    """`related_candidates` as (id, story key, date) rows, built by languages/compiled.py with markers for the
    story's and outlet's keys."""
    rows = related_candidates(language, story_key, outlet_key[0] if has_outlet else None)
    return rows.values_list("id", "story_key", "published_at")


def _matched(rows: QuerySet, columns: list[str], expression: str, title_sql: str = "") -> tuple[str, list]:
    """SQL of `rows` (their `columns`) that match `expression`, with their bm25 `score` (and `in_title`
    when `title_sql` is given). The FTS5 table is the outer loop (CROSS JOIN fixes SQLite's join order):
    each match is looked up by primary key and checked against the rows' conditions, which SQLite
    applies in the same loop (the subquery is flattened into the join)."""
    rows_sql, rows_params = rows.values(*columns).query.sql_with_params()
    kept = ", ".join(f"d.{column}" for column in columns if column != "title_terms")
    title = f", ({title_sql}) AS in_title" if title_sql else ""
    sql = (
        f"SELECT {kept}, bm25({TABLE}, {weights()}) AS score{title} "
        f"FROM {TABLE} CROSS JOIN ({rows_sql}) AS d ON d.id = {TABLE}.rowid WHERE {TABLE} MATCH %s"
    )
    return sql, [*rows_params, expression]


def _hits(rows: list[tuple]) -> Hits:
    # The statement's rows have postgres.py's shape; SQLite stores UUIDs as 32 hex digits, and facets
    # name outlets by their usual form.
    return postgres_hits([(kind, str(as_uuid(value)) if kind == "outlet" else value, n) for kind, value, n in rows])
