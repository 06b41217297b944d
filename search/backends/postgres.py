"""PostgreSQL full text: everything is one statement, and a very common word costs what 5,000 matches do.

Asking the full-text index once per part of the answer (as SQLite does: count, ranking and four
facets, each `id IN (match)`) cost six matches per search. Here the matching rows of the reader's
language family and date range are read once into a CTE, with one boolean per facet filter the reader
chose; the count, the page of ranked stories and the four facets are aggregates over it, returned by
one round trip. A facet still counts with every filter but its own, so the reader can switch outlet
or topic.

That CTE stops at COUNTED + 1 rows. Every part of the old answer was linear in the matches: for газета
(22,000 of 100,000 articles in Russian) reading the rows took ~40 ms, the count and the four facets
~95 ms, at 1,000,000 articles ten times that. Up to COUNTED matching rows the count and facets are
exact; beyond, they are those of the first COUNTED rows read, the count is a lower bound and the page
says "more than" (Hits.exact, Hits.facets_exact).

Only the best CANDIDATES rows are ranked. A very common word made ts_rank read and decompress 20,000
tsvectors of ~2 kB to choose ten stories. The rows are first ordered by a cheap key: title matches
first (the small `title_vector`, weight A dominates weight D in ts_rank), then the newest; ts_rank runs
on the first CANDIDATES of them. Whenever the reader's family and filters match no more than CANDIDATES
rows, which is every query but the commonest words, every row is ranked and the order is exactly
ts_rank's. When the CTE was cut at COUNTED, the first rows in that cheap order are among the newest
title matches (the title GIN index) and the newest matches, so the candidates, and the ranking, are the
same as if every match had been read; when the newest title matches alone fill the candidates (the
commonest words: газета is in 2,409 Russian titles), the other matches are not read at all.

JIT compilation is off for the site's connections (cms/settings/base.py): the planner's estimates for
these statements pass jit_above_cost at scale, and compiling cost more than running them.
"""

import math
import uuid
from collections.abc import Iterable

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper
from django.db.models.expressions import RawSQL

import languages

from ..filters import FACETS, SearchParams, documents, facet_conditions, related_candidates
from . import base
from .base import FACET_LIMIT, Hits, Term, alternatives, as_uuid, pairs

# Each row of the statement says what it is: the story count, a ranked story, or a facet value.
COUNT, HIT, PARTIAL = "count", "hit", "partial"
FACET_COLUMNS = {"outlet": "outlet_key", "community": "community", "region": "region"}


def tsquery(terms: list[Term]) -> str:
    # Terms are letters and digits only (checked), so '&' and '|' are the only operators here. ts_rank
    # counts each alternative present, so the exact spelling (indexed with its folded term) ranks first.
    parts = []
    for group in alternatives(terms):
        parts.append(f"({' | '.join(group)})" if len(group) > 1 else group[0])
    return " & ".join(parts)


def near_tsqueries(terms: list[Term]) -> list[str]:
    """One tsquery per adjacent pair of query words: the two next to each other or one word apart,
    in either order, any alternative of each (as FTS5's NEAR(a b, 1) on SQLite)."""
    queries = []
    for left, right in pairs(alternatives(terms)):
        a, b = (f"({' | '.join(group)})" for group in (left, right))
        queries.append(" | ".join(f"({x} {op} {y})" for x, y in ((a, b), (b, a)) for op in ("<->", "<2>")))
    return queries


def weights() -> str:
    """ts_rank's weights for D, C, B, A: the lead and body (D) and the title (A)."""
    return f"{{{1 / base.RANKING.title_weight}, 0, 0, 1.0}}"


class PostgresBackend:
    name = "postgresql"
    CANDIDATES = 500
    COPIES = 2
    # The count and the facets are exact up to this many matching rows of the reader's family and filters;
    # a word in more rows than this (газета: 22,000 of 100,000 articles) is counted over the first COUNTED
    # in the candidates' order, and the page says "more than" (Hits.exact).
    COUNTED = 5000

    def documents_changed(self, page_ids: Iterable[int]) -> None:
        """Nothing to do: the tsvector columns are generated from the row."""

    def index_emptied(self) -> None:
        """Nothing to do: the tsvector columns are generated from the row."""

    def search(self, params: SearchParams, terms: list[Term], limit: int, offset: int) -> Hits:
        query = tsquery(terms)
        chosen = list(facet_conditions(params))
        every = " AND ".join(f"f_{name}" for name in chosen) or "TRUE"

        def all_but(skip: str) -> str:
            return " AND ".join(f"f_{name}" for name in chosen if name != skip) or "TRUE"

        cheap = "published_at DESC, id" if params.sort == "date" else "in_title DESC, published_at DESC, id"
        # Candidates come in blocks of CANDIDATES rows in the cheap order, and a block's stories all
        # follow the previous block's: every page then agrees on the order, however deep it is.
        order = "latest DESC, score DESC" if params.sort == "date" else "block, score DESC, latest DESC"
        # A story has one row per language of the family and outlet that carries it; with up to
        # COPIES outlets per story, this many rows hold enough stories for the requested page.
        needed = len(languages.family(params.language)) * self.COPIES * (offset + limit)
        candidates = self.CANDIDATES * max(1, math.ceil(needed / self.CANDIDATES))
        # The score (search.backends.base.Ranking): ts_rank times the title, phrase and freshness factor,
        # computed on the candidates only.
        ranking = base.RANKING
        near = near_tsqueries(terms)
        factor = "1.0 + %s * c.in_title::int"
        factor_params: list = [ranking.title]
        for pair in near:
            factor += " + %s * (d.search_vector @@ to_tsquery('simple', %s))::int"
            factor_params += [ranking.phrase / len(near), pair]
        factor += " + %s * power(0.5, GREATEST(0, extract(epoch FROM now() - c.published_at) / 86400) / %s)"
        factor_params += [ranking.fresh, ranking.half_life_days]
        # Count and facets read the rows of `s` (every filter) and, for each chosen facet, of `s_<facet>`
        # (every filter but its own): each stops at COUNTED + 1 rows, in storage order, so that a very
        # common word costs what COUNTED matches cost. `s` holding them all is the usual case.
        counted = self.COUNTED
        matched_sql, matched_params = self._rows(params, query, "search_vector")
        samples = {"s": every, **{f"s_{name}": all_but(name) for name in chosen}}
        columns = "id, story_key, outlet_key, community, region, published_at, topic_slugs, in_title"
        ctes, sql_params = [], []
        for cte, condition in samples.items():
            ctes.append(
                f"{cte} AS MATERIALIZED (SELECT {columns} FROM ({matched_sql}) AS m WHERE {condition} LIMIT %s)"
            )
            sql_params += [*matched_params, counted + 1]
        # The candidates: the first of `s` in the cheap order when `s` holds every match; else (PostgreSQL
        # runs only the branches whose condition holds) the same first rows found without reading every
        # match: the newest title matches (`t`, the title index) and, unless they alone fill the
        # candidates (then every candidate is a title match), the newest matches. The first `candidates`
        # rows in the cheap order are among these two sets.
        complete = "(SELECT COUNT(*) FROM s) <= %s"
        newest = (
            "SELECT id, story_key, published_at, in_title FROM ({sql}) AS m WHERE {every} AND NOT {complete}"
            "{more} ORDER BY {date} DESC, id LIMIT %s"
        )
        pool = [f"SELECT id, story_key, published_at, in_title FROM s WHERE {complete}"]
        pool_params: list = [counted]
        more = ""
        if params.sort != "date":
            title_sql, title_params = self._rows(params, query, "title_vector")
            ctes.append(
                "t AS MATERIALIZED ("
                + newest.format(sql=title_sql, every=every, complete=complete, more="", date="published_at")
                + ")"
            )
            sql_params += [*title_params, counted, candidates]
            pool.append("SELECT * FROM t")
            more = " AND (SELECT COUNT(*) FROM t) < %s"
        # Not by walking the date index back (PostgreSQL's choice): that tests each row's tsvector, read from
        # its TOAST table (~20 µs a row), 60-140 ms for a word in 6,000 of 42,000 rows and rare in titles;
        # the bitmap of the matches and a top-N sort read each matching row once (an expression of the date
        # leaves the index out of it). Linear in the matches, but without the count and facets.
        date = "(published_at + interval '0 seconds')"
        pool.append("(" + newest.format(sql=matched_sql, every=every, complete=complete, more=more, date=date) + ")")
        pool_params += [*matched_params, counted, *([candidates] if more else []), candidates]
        ctes.append("p AS MATERIALIZED (" + " UNION ".join(pool) + ")")
        sql_params += pool_params
        ctes.append(
            f"c AS MATERIALIZED (SELECT id, story_key, published_at, in_title, "
            f"(ROW_NUMBER() OVER (ORDER BY {cheap}) - 1) / %s AS block FROM ("
            f"SELECT id, story_key, published_at, in_title FROM p ORDER BY {cheap} LIMIT %s) AS top)"
        )
        ctes.append(
            "r AS (SELECT c.story_key, c.published_at, c.block, "
            f"ts_rank(%s::float4[], d.search_vector, to_tsquery('simple', %s)) * ({factor}) AS score "
            "FROM c JOIN search_searchdocument d ON d.id = c.id)"
        )
        sql_params += [self.CANDIDATES, candidates, weights(), query, *factor_params]
        parts = [
            f"SELECT '{COUNT}', (COUNT(*) > %s)::text, COUNT(DISTINCT story_key) FROM s",
            # row_number() is taken before LIMIT/OFFSET, so it is the story's place in the whole list.
            f"(SELECT '{HIT}', story_key::text, ROW_NUMBER() OVER (ORDER BY {order}, story_key) "
            "FROM (SELECT story_key, MIN(block) AS block, MAX(score) AS score, MAX(published_at) AS latest "
            "FROM r GROUP BY story_key) AS stories "
            f"ORDER BY {order}, story_key LIMIT %s OFFSET %s)",
        ]
        sql_params += [counted, limit, offset]
        for name in chosen:
            parts.append(f"SELECT '{PARTIAL}', %s, (COUNT(*) > %s)::int FROM s_{name}")
            sql_params += [name, counted]
        for name in FACETS:
            sample = f"s_{name}" if name in chosen else "s"
            if name == "topic":
                # The set-returning function in the select list: one pass, not a function scan per row.
                parts.append(
                    "SELECT 'topic', slug, COUNT(DISTINCT story_key) FROM (SELECT story_key, "
                    f"unnest(string_to_array(topic_slugs, ' ')) AS slug FROM {sample}) AS t GROUP BY slug"
                )
            else:
                column = FACET_COLUMNS[name]
                present = f"{column} IS NOT NULL" if name == "outlet" else f"{column} <> ''"
                parts.append(
                    f"SELECT '{name}', {column}::text, COUNT(DISTINCT story_key) FROM {sample} "
                    f"WHERE {present} GROUP BY {column}"
                )
        sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
        with connection.cursor() as cursor:
            cursor.execute(sql, sql_params)
            rows = cursor.fetchall()
        return _hits(rows)

    def related(self, language: str, terms: list[str], story_key, outlet_key, limit: int) -> list[uuid.UUID]:
        """Stories holding any of `terms`, by ts_rank over the best CANDIDATES matches (title matches,
        then the newest, as in search), in one statement."""
        query = tsquery([tuple(terms)])
        rows = related_candidates(language, story_key, outlet_key)

        def newest(vector: str, title: bool) -> tuple[str, list]:
            matched = rows.filter(
                RawSQL(f"search_searchdocument.{vector} @@ to_tsquery('simple', %s)", [query], BooleanField())
            )
            if not title:  # the body-only matches (a title match is also a match)
                matched = matched.exclude(
                    RawSQL("search_searchdocument.title_vector @@ to_tsquery('simple', %s)", [query], BooleanField())
                )
            sql, params = matched.values("id", "story_key", "published_at").query.sql_with_params()
            return f"SELECT * FROM ({sql}) AS m ORDER BY published_at DESC, id", params

        # The candidates are the title matches, newest first, then the other matches, newest first (ORDER BY
        # in_title DESC, published_at DESC over every match); written as two parts so that the second is not
        # read at all when the title matches fill the candidates (a LIMIT of 0 runs nothing below it): the
        # title vectors are small and their GIN index precise, where a common word's body matches at
        # 100,000 articles are ~26,000 rows read from the heap (~30 ms).
        title_sql, title_params = newest("title_vector", True)
        body_sql, body_params = newest("search_vector", False)
        sql = (
            f"WITH t AS MATERIALIZED ({title_sql} LIMIT %s), "
            f"b AS MATERIALIZED ({body_sql} LIMIT GREATEST(0, %s - (SELECT COUNT(*) FROM t))), "
            "c AS (SELECT * FROM t UNION ALL SELECT * FROM b) "
            "SELECT c.story_key, MAX(ts_rank(d.search_vector, to_tsquery('simple', %s))) AS score, "
            "MAX(c.published_at) AS latest FROM c JOIN search_searchdocument d ON d.id = c.id "
            "GROUP BY c.story_key ORDER BY score DESC, latest DESC, c.story_key LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*title_params, self.CANDIDATES, *body_params, self.CANDIDATES, query, limit])
            return [as_uuid(row[0]) for row in cursor.fetchall()]

    @staticmethod
    def _rows(params: SearchParams, query: str, vector: str) -> tuple[str, list]:
        """SQL of the rows whose `vector` (search_vector, or title_vector: a title match is also a match)
        matches, in the reader's family and date range, with `in_title` and one `f_<facet>` flag per
        chosen filter."""
        # Matching trusts the index to hold live pages only; engine._results shows only live pages.
        unfiltered = documents(params, facets=False, live=False)
        conditions = facet_conditions(params)
        rows = unfiltered.filter(
            RawSQL(f"search_searchdocument.{vector} @@ to_tsquery('simple', %s)", [query], BooleanField())
        ).annotate(
            in_title=RawSQL("search_searchdocument.title_vector @@ to_tsquery('simple', %s)", [query], BooleanField()),
            **{f"f_{name}": ExpressionWrapper(condition, BooleanField()) for name, condition in conditions.items()},
        )
        columns = ["id", "story_key", "outlet_key", "community", "region", "published_at", "topic_slugs"]
        sql, sql_params = rows.values(
            *columns, "in_title", *(f"f_{name}" for name in conditions)
        ).query.sql_with_params()
        return sql, list(sql_params)


def _hits(rows: list[tuple]) -> Hits:
    count, exact, facets_exact = 0, True, True
    ranked: list[tuple[int, uuid.UUID]] = []
    facets: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    for kind, value, number in rows:
        if kind == COUNT:
            count, exact = number, value != "true"
        elif kind == HIT:
            ranked.append((number, as_uuid(value)))
        elif kind == PARTIAL:
            facets_exact = facets_exact and not number
        else:
            facets[kind].append((value, number))
    return Hits(
        count=count,
        keys=[key for _place, key in sorted(ranked)],
        facets={
            name: dict(sorted(values, key=lambda item: (-item[1], item[0]))[:FACET_LIMIT])
            for name, values in facets.items()
        },
        exact=exact,
        facets_exact=exact and facets_exact,
    )
