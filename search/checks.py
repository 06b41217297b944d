"""System check: the database's full-text index is the one the code expects.

A database check (run by `manage.py check --database default`, and by `migrate` before it
migrates): on SQLite the FTS5 table and its triggers must match search/backends/sqlite_schema.py;
on PostgreSQL the generated tsvector columns and their GIN index must exist (migrations 0002, 0003).
"""

from django.core.checks import Tags, Warning, register
from django.db import connections

from .backends import sqlite_schema

POSTGRES_OBJECTS = {
    "column search_vector": (
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'search_searchdocument' "
        "AND column_name = 'search_vector'"
    ),
    "column title_vector": (
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'search_searchdocument' "
        "AND column_name = 'title_vector'"
    ),
    "index search_searchdocument_vector": "SELECT 1 FROM pg_indexes WHERE indexname = 'search_searchdocument_vector'",
}


SQLITE_HINT = "Run `manage.py migrate`: it recreates the full-text table and triggers and refills them."
POSTGRES_HINT = (
    "The search migrations' PostgreSQL objects are missing: `manage.py migrate search 0001` then "
    "`manage.py migrate`, then `manage.py update_index --reader-only`."
)


@register(Tags.database)
def full_text_schema(app_configs=None, databases=None, **kwargs):
    problems = []
    for alias in databases or []:
        connection = connections[alias]
        if connection.vendor == "sqlite":
            missing, hint = sqlite_schema.differences(connection), SQLITE_HINT
        elif connection.vendor == "postgresql":
            missing, hint = _postgres_missing(connection), POSTGRES_HINT
        else:
            missing = []
        if missing:
            problems.append(
                Warning(
                    f"The reader search full-text index of database '{alias}' is out of step: {', '.join(missing)}.",
                    hint=hint,
                    id="search.W001",
                )
            )
    return problems


def _postgres_missing(connection) -> list[str]:
    with connection.cursor() as cursor:
        if "search_searchdocument" not in connection.introspection.table_names(cursor):
            return []
        missing = []
        for name, sql in POSTGRES_OBJECTS.items():
            cursor.execute(sql)
            if cursor.fetchone() is None:
                missing.append(name)
        return missing
