"""Where the full-text matching happens: the database (SQLite FTS5 or PostgreSQL) or Elasticsearch.

base.py holds what they share (the answer, the input checks, the interface); each engine has its
own module. Every backend receives terms already analysed by search.analysis, so all of them match
the same words; they differ only in how they store and rank them.
"""

from django.db import connection

from . import elasticsearch
from .base import SearchBackend
from .postgres import PostgresBackend
from .sqlite import SQLiteBackend


def get_backend() -> SearchBackend:
    if elasticsearch.enabled():
        return elasticsearch.ElasticsearchBackend()
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SQLiteBackend()
