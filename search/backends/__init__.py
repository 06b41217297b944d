"""Where the full-text matching happens: the database (SQLite FTS5 or PostgreSQL) or Elasticsearch.

Every backend receives terms already analysed by search.analysis, so all of them match the same
words; they differ only in how they store and rank them.
"""

from django.db import connection

from . import elasticsearch
from .database import DatabaseBackend, SQLiteBackend
from .postgres import PostgresBackend


def get_backend() -> DatabaseBackend | elasticsearch.ElasticsearchBackend:
    if elasticsearch.enabled():
        return elasticsearch.ElasticsearchBackend()
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SQLiteBackend()
