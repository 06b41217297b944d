"""PostgreSQL: a GIN index on `title_vector`, for search-as-you-type (search/suggest.py).

Suggestions match the word being typed as a prefix of title terms (`газ:*`). Without this index the
prefix was tested against the titles of every row of the language, newest first: p95 79 ms at 100,000
rows; with it 41 ms (bench/suggest_bench.py). Titles are short, so the index is small.
SQLite needs nothing: FTS5 answers prefix queries from its own index.
"""

from django.db import migrations

POSTGRES = [
    "CREATE INDEX IF NOT EXISTS search_searchdocument_title_vector ON search_searchdocument "
    "USING gin (title_vector) WITH (fastupdate = off)"
]
POSTGRES_REVERSE = ["DROP INDEX IF EXISTS search_searchdocument_title_vector"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0007_story_keys")]

    operations = [migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE))]
