"""The full-text index follows `migrate`, whatever a migration did to the documents table (SQLite),
and the system check says when a database's index is out of step."""

from django.core.checks import run_checks
from django.core.management import call_command
from django.db import connection

import pytest

from search.backends import sqlite_schema
from search.models import SearchDocument

from .conftest import publish

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 index")

# The objects migration 0002 created before the DDL moved to search/backends/sqlite_schema.py.
LEGACY = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title_terms, new.terms);
    END""",
]

# The two-column table and triggers of sessions 1–4, before the language column (sqlite_schema.py).
TWO_COLUMNS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, terms, content='search_searchdocument', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN "
    "INSERT INTO search_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]


def search_checks() -> list[str]:
    return [check.id for check in run_checks(databases=["default"]) if check.id.startswith("search.")]


def indexed_rowids() -> set[int]:
    # The docsize shadow table has one row per indexed document (the FTS table itself would read
    # the documents table, being external-content).
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {sqlite_schema.TABLE}_docsize")
        return {row[0] for row in cursor.fetchall()}


def integrity_check() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {sqlite_schema.TABLE}({sqlite_schema.TABLE}, rank) VALUES ('integrity-check', 1)")


def matching(term: str) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid FROM {sqlite_schema.TABLE} WHERE {sqlite_schema.TABLE} MATCH %s", [f'"{term}"'])
        return {row[0] for row in cursor.fetchall()}


def drop_full_text(*statements: str) -> None:
    with connection.cursor() as cursor:
        for name in sqlite_schema.SCHEMA:
            if name != sqlite_schema.TABLE:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {sqlite_schema.TABLE}")
        for statement in statements:
            cursor.execute(statement)


@sqlite_only
def test_after_migrate_every_document_row_is_indexed(article_in):
    for title in ("Газет көрмесі", "Журнал тарихы", "Газет күні"):
        article_in("kk", title=title, lead="")
    call_command("migrate", verbosity=0)
    documents = set(SearchDocument.objects.values_list("id", flat=True))
    assert len(documents) == 3
    assert indexed_rowids() == documents
    integrity_check()
    assert len(matching("газет")) == 2


@sqlite_only
def test_migrate_restores_triggers_a_table_rebuild_dropped_and_catches_up_missed_writes(article_in):
    article_in("kk", title="Газет көрмесі", lead="")
    with connection.cursor() as cursor:  # what a migration rebuilding search_searchdocument does
        for name in sqlite_schema.SCHEMA:
            if name != sqlite_schema.TABLE:
                cursor.execute(f"DROP TRIGGER {name}")
    missed = article_in("kk", title="Газет жобасы", lead="")
    assert "search_fts_insert" in sqlite_schema.differences(connection)
    assert search_checks() == ["search.W001"]

    call_command("migrate", verbosity=0)
    assert sqlite_schema.differences(connection) == []
    assert indexed_rowids() == set(SearchDocument.objects.values_list("id", flat=True))
    assert SearchDocument.objects.get(page=missed).id in matching("газет")
    assert search_checks() == []
    # And the triggers work again.
    later = article_in("kk", title="Газет мерекесі", lead="")
    assert SearchDocument.objects.get(page=later).id in matching("газет")
    integrity_check()


@sqlite_only
def test_migrate_replaces_the_full_text_table_of_a_database_migrated_before_the_move(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    drop_full_text(*LEGACY)
    assert sqlite_schema.TABLE in sqlite_schema.differences(connection)
    call_command("migrate", verbosity=0)
    assert sqlite_schema.differences(connection) == []
    assert matching("газет") == {SearchDocument.objects.get(page=article).id}
    integrity_check()


@sqlite_only
def test_migrate_gives_a_database_of_the_two_column_table_its_language_column(article_in):
    kazakh = article_in("kk", title="Газет көрмесі", lead="")
    article_in("ru", title="Газет көрмесі", lead="")
    drop_full_text(*TWO_COLUMNS)
    assert sqlite_schema.TABLE in sqlite_schema.differences(connection)
    call_command("migrate", verbosity=0)
    assert sqlite_schema.differences(connection) == []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {sqlite_schema.TABLE} WHERE {sqlite_schema.TABLE} MATCH %s",
            ['language : "kk" AND "газет"'],
        )
        assert {row[0] for row in cursor.fetchall()} == {SearchDocument.objects.get(page=kazakh).id}
    integrity_check()


@sqlite_only
def test_unpublishing_and_editing_keep_the_index_consistent(article_in):
    article = article_in("kk", title="Газет көрмесі", lead="")
    article.title = "Журнал көрмесі"
    publish(article)
    assert matching("газет") == set()
    article.unpublish()
    assert indexed_rowids() == set()
    integrity_check()


def test_full_text_check_is_clean_after_migrate(db):
    assert search_checks() == []
