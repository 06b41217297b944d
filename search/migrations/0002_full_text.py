"""Full-text index over the analysed terms, in the form each database offers.

SQLite: an FTS5 table (title and body columns) filled by triggers, so every write to
search_searchdocument, including cascade deletes, keeps it in step. The unicode61 tokenizer with
remove_diacritics 0 splits only on what analysis already removed, so terms stay whole.

PostgreSQL: a generated tsvector column with title terms weighted A, and a GIN index. The 'simple'
configuration only splits and lowercases: stemming already happened in Python.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title_terms, new.terms);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title_terms, new.terms);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_fts_update",
    "DROP TRIGGER search_fts_delete",
    "DROP TRIGGER search_fts_insert",
    "DROP TABLE search_fts",
]
POSTGRES = [
    """ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, terms), 'D')
    ) STORED""",
    "CREATE INDEX search_searchdocument_vector ON search_searchdocument USING GIN (search_vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX search_searchdocument_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
