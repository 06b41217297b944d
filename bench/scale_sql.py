"""bench/scale_corpus.py's SQL steps on PostgreSQL: the search index's two GIN indexes dropped before a bulk
write and built once after it, and `multiply` (pages and reader-index rows by INSERT … SELECT; its description
is in scale_corpus.py's docstring). Plain SQL, because at 1,000,000 rows the ORM's per-row work would take hours.
"""

import os
import sys
import time

GIN_INDEXES = ("search_searchdocument_vector", "search_searchdocument_title_vector")
# As migrations 0002, 0003 and 0008 leave them, should a run stop between the drop and the build.
GIN_DEFINITIONS = [
    "CREATE INDEX search_searchdocument_vector ON public.search_searchdocument USING gin (search_vector) "
    "WITH (fastupdate=off)",
    "CREATE INDEX search_searchdocument_title_vector ON public.search_searchdocument USING gin (title_vector) "
    "WITH (fastupdate=off)",
]


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S", time.gmtime()), message, f"(load {os.getloadavg()[0]:.1f})", flush=True)


def drop_gin(cursor) -> list[str]:
    cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = ANY(%s)", [list(GIN_INDEXES)])
    definitions = [row[0] for row in cursor.fetchall()] or GIN_DEFINITIONS
    for name in GIN_INDEXES:
        cursor.execute(f"DROP INDEX IF EXISTS {name}")
    return definitions


def build_gin(cursor, definitions: list[str]) -> None:
    cursor.execute("SET maintenance_work_mem = '512MB'")
    for definition in definitions:
        started = time.monotonic()
        cursor.execute(definition)
        log(f"built in {time.monotonic() - started:.1f} s: {definition}")


MULTIPLY_SQL = """
CREATE TEMP TABLE src AS
    SELECT p.id, substr(p.path, 1, length(p.path) - 4) AS parent_path, a.published_at
    FROM wagtailcore_page p JOIN newsroom_articlepage a ON a.page_ptr_id = p.id
    WHERE p.slug LIKE 'bench-%%' AND p.slug NOT LIKE 'bench-x%%' AND p.live;
CREATE TEMP TABLE copies AS
    SELECT s.id AS source_id, k, s.parent_path,
           (SELECT o.id FROM wagtailcore_page o WHERE o.path = s.parent_path) AS parent_id,
           gen_random_uuid() AS translation_key,
           s.published_at - make_interval(days => 1 + ((s.id * 7919 + k * 104729) %% 1095)) AS published_at
    FROM src s CROSS JOIN generate_series(1, %(copies)s) AS k
    ORDER BY s.id, k
    LIMIT %(limit)s;
"""


def multiply(target: int) -> None:
    from django.db import connection, transaction

    from newsroom.models import ArticlePage

    assert connection.vendor == "postgresql", "multiply is for PostgreSQL"
    live = ArticlePage.objects.live().count()
    missing = target - live
    if missing <= 0:
        log(f"{live} live articles already")
        return
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailcore_page WHERE slug LIKE 'bench-%' AND slug NOT LIKE 'bench-x%'")
        sources = cursor.fetchone()[0]
        if not sources:
            sys.exit("multiply copies the synthetic articles: write some first (scale_corpus.py articles N)")
        copies = -(-missing // sources)
        log(f"{live} live articles; {missing} to add: up to {copies} copies of each of {sources} synthetic articles")
        definitions = drop_gin(cursor)
        step = time.monotonic()
        cursor.execute(MULTIPLY_SQL, {"copies": copies, "limit": missing})
        _base36(cursor)
        # Each new child of an outlet takes the next path step after the outlet's last child.
        cursor.execute(
            """CREATE TEMP TABLE parent_last AS SELECT s.parent_path,
                   (SELECT COALESCE(MAX(pg_temp.ep_from_base36(substr(x.path, length(x.path) - 3))), 0)
                    FROM wagtailcore_page x WHERE x.path LIKE s.parent_path || '____') AS last
               FROM (SELECT DISTINCT parent_path FROM copies) s"""
        )
        cursor.execute(
            """CREATE TEMP TABLE placed AS SELECT c.*,
                   nextval(pg_get_serial_sequence('wagtailcore_page', 'id')) AS new_id,
                   c.parent_path || pg_temp.ep_base36(l.last + ROW_NUMBER() OVER (
                       PARTITION BY c.parent_path ORDER BY c.source_id, c.k)) AS new_path
               FROM copies c JOIN parent_last l USING (parent_path)"""
        )
        log(f"  {missing} copies planned in {time.monotonic() - step:.0f} s")
        page_values = {
            "id": "n.new_id",
            "path": "n.new_path",
            "numchild": "0",
            "slug": "'bench-x' || n.k || '-' || p.id",
            "url_path": "substr(p.url_path, 1, length(p.url_path) - length(p.slug) - 1) "
            "|| 'bench-x' || n.k || '-' || p.id || '/'",
            "translation_key": "n.translation_key",
            "first_published_at": "n.published_at",
            "last_published_at": "n.published_at",
            "latest_revision_created_at": "NULL",
            "live_revision_id": "NULL",
            "latest_revision_id": "NULL",
            "alias_of_id": "NULL",
            "locked": "false",
            "locked_at": "NULL",
            "locked_by_id": "NULL",
        }
        with transaction.atomic():
            columns = _columns(cursor, "wagtailcore_page", generated=False)
            timed(
                cursor,
                "pages",
                f"INSERT INTO wagtailcore_page ({', '.join(columns)}) "
                f"SELECT {', '.join(page_values.get(column, f'p.{column}') for column in columns)} "
                "FROM placed n JOIN wagtailcore_page p ON p.id = n.source_id",
            )
            columns = _columns(cursor, "newsroom_articlepage")
            select = ", ".join(
                "n.new_id"
                if column == "page_ptr_id"
                else "n.published_at"
                if column == "published_at"
                else f"a.{column}"
                for column in columns
            )
            timed(
                cursor,
                "article rows",
                f"INSERT INTO newsroom_articlepage ({', '.join(columns)}) SELECT {select} "
                "FROM placed n JOIN newsroom_articlepage a ON a.page_ptr_id = n.source_id",
            )
            for table in ("newsroom_articlebyline", "newsroom_articletopic"):
                columns = [column for column in _columns(cursor, table) if column != "id"]
                select = ", ".join("n.new_id" if column == "page_id" else f"b.{column}" for column in columns)
                timed(
                    cursor,
                    table,
                    f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} "
                    f"FROM placed n JOIN {table} b ON b.page_id = n.source_id",
                )
            timed(
                cursor,
                "outlets' numchild",
                "UPDATE wagtailcore_page o SET numchild = o.numchild + c.added FROM "
                "(SELECT parent_id, count(*) AS added FROM placed GROUP BY parent_id) c WHERE o.id = c.parent_id",
            )
            doc_columns = [column for column in _columns(cursor, "search_searchdocument", generated=False)]
            values = {
                "id": "nextval(pg_get_serial_sequence('search_searchdocument', 'id'))",
                "page_id": "n.new_id",
                "translation_key": "n.translation_key",
                "story_key": "n.translation_key",
                "original_key": "NULL::uuid",
                "published_at": "n.published_at",
                "indexed_at": "now()",
            }
            select = ", ".join(f"{values.get(column, f'd.{column}')} AS {column}" for column in doc_columns)
            timed(
                cursor,
                "search documents",
                f"CREATE TEMP TABLE new_docs AS SELECT {select}, d.id AS source_doc FROM placed n "
                "JOIN search_searchdocument d ON d.page_id = n.source_id AND d.part = 0",
            )
            timed(
                cursor,
                "search documents (insert)",
                f"INSERT INTO search_searchdocument ({', '.join(doc_columns)}) "
                f"SELECT {', '.join(doc_columns)} FROM new_docs",
            )
            timed(
                cursor,
                "search texts",
                "INSERT INTO search_searchtext (document_id, text) SELECT n.id, t.text FROM new_docs n "
                "JOIN search_searchtext t ON t.document_id = n.source_doc",
            )
            timed(
                cursor,
                "search topics",
                "INSERT INTO search_searchdocumenttopic (document_id, slug) SELECT n.id, t.slug FROM new_docs n "
                "JOIN search_searchdocumenttopic t ON t.document_id = n.source_doc",
            )
            timed(
                cursor,
                "fingerprint bands",
                "INSERT INTO search_searchfingerprintband (document_id, band) SELECT n.id, b.band FROM new_docs n "
                "JOIN search_searchfingerprintband b ON b.document_id = n.source_doc",
            )
        build_gin(cursor, definitions)
        timed(cursor, "ANALYZE", "ANALYZE")
    log(f"multiply: {missing} articles added in {time.monotonic() - started:.0f} s")


def timed(cursor, label: str, sql: str) -> None:
    started = time.monotonic()
    cursor.execute(sql)
    log(f"  {label}: {cursor.rowcount} rows in {time.monotonic() - started:.1f} s")


def _columns(cursor, table: str, generated: bool = True) -> list[str]:
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
        + ("" if generated else " AND is_generated = 'NEVER'")
        + " ORDER BY ordinal_position",
        [table],
    )
    return [row[0] for row in cursor.fetchall()]


def _base36(cursor) -> None:
    """treebeard's path steps: 4 characters of 0-9A-Z."""
    cursor.execute(
        """CREATE OR REPLACE FUNCTION pg_temp.ep_base36(n bigint) RETURNS text AS $$
           SELECT string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (n / (36 ^ e)::bigint % 36)::int + 1, 1),
                             '' ORDER BY e DESC) FROM generate_series(0, 3) AS e $$ LANGUAGE sql IMMUTABLE"""
    )
    cursor.execute(
        """CREATE OR REPLACE FUNCTION pg_temp.ep_from_base36(s text) RETURNS bigint AS $$
           SELECT sum((strpos('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', substr(s, i, 1)) - 1)
                      * (36 ^ (length(s) - i))::bigint)::bigint FROM generate_series(1, length(s)) AS i $$
           LANGUAGE sql IMMUTABLE"""
    )
