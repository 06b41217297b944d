"""Full-text index over the analysed terms, PostgreSQL part.

SQLite's FTS5 table and triggers are not created by migrations: search/backends/sqlite_schema.py
holds their DDL and applies it after every `migrate` (this migration created them until then;
databases migrated before keep working, the post_migrate step replaces the old objects).

PostgreSQL: a generated tsvector column with title terms weighted A, and a GIN index. The 'simple'
configuration only splits and lowercases: stemming already happened in Python.
"""

from django.db import migrations

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


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE)),
    ]
