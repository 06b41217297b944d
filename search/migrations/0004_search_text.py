"""The text for snippets moves from SearchDocument to SearchText (see search/models/documents.py).

PostgreSQL also keeps the long values of a row out of line: with toast_tuple_target at 128 bytes,
the terms and tsvector of a new row go to the TOAST table, and the main heap holds the columns that
matching, counting and facets read (about 300 bytes a row instead of 1.5 kB). `title_vector` is
stored MAIN, that is inline, because every match reads it to order the ranking candidates.

On SQLite, removing a column rebuilds the table, which drops the full-text triggers; they are
restored after migrating by search/backends/sqlite_schema.py. Existing PostgreSQL rows keep their wide form until they are
written again: after migrating a large index, run `update_index --reader-only` and then
`VACUUM FULL search_searchdocument`, otherwise matching still reads the old wide pages.
"""

import django.db.models.deletion
from django.db import migrations, models

COPY = "INSERT INTO search_searchtext (document_id, text) SELECT id, text FROM search_searchdocument"
COPY_BACK = (
    "UPDATE search_searchdocument SET text = "
    "(SELECT t.text FROM search_searchtext t WHERE t.document_id = search_searchdocument.id)"
)
POSTGRES_NARROW = [
    "ALTER TABLE search_searchdocument SET (toast_tuple_target = 128)",
    "ALTER TABLE search_searchdocument ALTER COLUMN title_vector SET STORAGE MAIN",
]
POSTGRES_WIDE = [
    "ALTER TABLE search_searchdocument ALTER COLUMN title_vector SET STORAGE EXTENDED",
    "ALTER TABLE search_searchdocument RESET (toast_tuple_target)",
]


def _postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_title_vector"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="body",
                        serialize=False,
                        to="search.searchdocument",
                    ),
                ),
                ("text", models.TextField(blank=True)),
            ],
        ),
        migrations.RunSQL(COPY, COPY_BACK),
        migrations.RemoveField(
            model_name="searchdocument",
            name="text",
        ),
        migrations.RunPython(_postgres(POSTGRES_NARROW), _postgres(POSTGRES_WIDE)),
    ]
