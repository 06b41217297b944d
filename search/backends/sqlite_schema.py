"""The SQLite full-text index: one FTS5 table over SearchDocument's analysed terms, kept in step by
triggers. This module is the only place its DDL is written.

Why not in a migration: on SQLite, every migration that alters search_searchdocument rebuilds the
table, which drops its triggers, so each such migration had to remember to recreate them, and one
that forgot would silently stop index updates. Instead `ensure()` runs after every `migrate`
(post_migrate, connected in search/apps.py): it compares the table and triggers in the database with
the statements below, creates or replaces what differs, and refills the index from the documents
whenever writes may have been missed. A system check (search/checks.py) reports a database that is
out of step.

The FTS5 table is an external-content table (content=search_searchdocument): it keeps only the
inverted index, and reads the terms from the document row itself, so terms are stored once. The
unicode61 tokenizer with remove_diacritics 0 splits only on what analysis already removed, so terms
stay whole. A third column indexes the row's language code, so that a search names its language family
in the FTS5 query itself (search/backends/sqlite.py).
"""

import re

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

TABLE = "search_fts"
CONTENT = "search_searchdocument"
# The language column holds the row's language code, which unicode61 splits at the hyphen: the base
# code is its first token (kk-latn: kk latn), so `language : kk` matches exactly the rows of the kk
# family (sqlite.family_expression), and a search reads the posting lists of its own family only.
COLUMNS = ("title_terms", "terms", "language")
# The columns a reader's words are looked for in (never the language codes).
TEXT_COLUMNS = ("title_terms", "terms")

_columns = ", ".join(COLUMNS)
_new = ", ".join(f"new.{column}" for column in COLUMNS)
_old = ", ".join(f"old.{column}" for column in COLUMNS)
_insert = f"INSERT INTO {TABLE}(rowid, {_columns}) VALUES (new.id, {_new});"
_delete = f"INSERT INTO {TABLE}({TABLE}, rowid, {_columns}) VALUES ('delete', old.id, {_old});"

# name -> CREATE statement, as SQLite stores it in sqlite_master.
SCHEMA: dict[str, str] = {
    TABLE: (
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({_columns}, content='{CONTENT}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
    ),
    f"{TABLE}_insert": f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON {CONTENT} BEGIN {_insert} END",
    f"{TABLE}_delete": f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON {CONTENT} BEGIN {_delete} END",
    f"{TABLE}_update": (
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {_columns} ON {CONTENT} BEGIN {_delete} {_insert} END"
    ),
}


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def differences(connection: BaseDatabaseWrapper) -> list[str]:
    """Names of the schema objects missing or different from SCHEMA (none when the documents table
    does not exist: nothing to index yet)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {name: sql for name, sql in cursor.fetchall()}
    if CONTENT not in present:
        return []
    return [name for name, sql in SCHEMA.items() if _normal(present.get(name)) != _normal(sql)]


def ensure(connection: BaseDatabaseWrapper) -> list[str]:
    """Bring the full-text schema in line with SCHEMA; returns what was recreated."""
    if connection.vendor != "sqlite":
        return []
    changed = differences(connection)
    if not changed:
        return []
    with connection.cursor() as cursor:
        for name in SCHEMA:
            if name != TABLE:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        if TABLE in changed:
            cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        for name, sql in SCHEMA.items():
            if name in changed or name != TABLE:
                cursor.execute(sql)
        # Without its triggers the index may have missed writes: refill it from the documents.
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
    return changed


def on_post_migrate(sender, using: str = "default", **kwargs) -> None:
    ensure(connections[using])
