"""SearchDocument.topic_slugs: the document's topic slugs inline, filled from SearchDocumentTopic.

Adding a column rebuilds the table on SQLite, which drops its FTS5 triggers: they are created
again, as in 0004.
"""

import importlib

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


def _fill_and_restore_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        importlib.import_module("search.migrations.0004_search_text")._restore_sqlite_triggers(apps, schema_editor)
    schema_editor.execute(FILL_SQLITE if vendor == "sqlite" else FILL)


def _restore_triggers(apps, schema_editor):
    importlib.import_module("search.migrations.0004_search_text")._restore_sqlite_triggers(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_search_text"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, _restore_triggers),
        migrations.AddField(
            model_name="searchdocument",
            name="topic_slugs",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(_fill_and_restore_triggers, _restore_triggers),
    ]
