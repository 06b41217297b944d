"""SearchDocument.topic_slugs: the document's topic slugs inline, filled from SearchDocumentTopic.

Adding a column rebuilds the table on SQLite, which drops the full-text triggers; they are
restored after migrating by search/backends/sqlite_schema.py.
"""

from django.db import migrations, models

FILL = (
    "UPDATE search_searchdocument SET topic_slugs = COALESCE((SELECT string_agg(t.slug, ' ' ORDER BY t.slug) "
    "FROM search_searchdocumenttopic t WHERE t.document_id = search_searchdocument.id), '')"
)
FILL_SQLITE = (
    "UPDATE search_searchdocument SET topic_slugs = COALESCE((SELECT group_concat(slug, ' ') FROM "
    "(SELECT t.slug FROM search_searchdocumenttopic t WHERE t.document_id = search_searchdocument.id "
    "ORDER BY t.slug)), '')"
)


def _fill(apps, schema_editor):
    schema_editor.execute(FILL_SQLITE if schema_editor.connection.vendor == "sqlite" else FILL)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_search_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="topic_slugs",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(_fill, migrations.RunPython.noop),
    ]
