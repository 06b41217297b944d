from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401  (checks register themselves on import)
        from .backends import sqlite_schema

        signals.connect()
        # The SQLite full-text table and triggers follow every migrate (see sqlite_schema.py).
        post_migrate.connect(sqlite_schema.on_post_migrate, sender=self, dispatch_uid="search_sqlite_schema")
