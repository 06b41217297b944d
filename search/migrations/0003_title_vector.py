"""PostgreSQL: a small tsvector of the title terms alone, and no GIN pending list.

`title_vector` lets search order a very common word's matches by "in the title" without reading
the full `search_vector` of every match (see search/backends/postgres.py). With fastupdate off,
new rows go straight into the GIN index: a search never scans a pending list of recent inserts,
which otherwise grows during an index rebuild or an import and slows every query until vacuum.
SQLite needs neither: FTS5 ranks with bm25 inside its own index.
"""

from django.db import migrations

POSTGRES = [
    """ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, title_terms)
    ) STORED""",
    "ALTER INDEX search_searchdocument_vector SET (fastupdate = off)",
]
POSTGRES_REVERSE = [
    "ALTER INDEX search_searchdocument_vector RESET (fastupdate)",
    "ALTER TABLE search_searchdocument DROP COLUMN title_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]

    operations = [migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE))]
