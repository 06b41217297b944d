from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    """The language table, transliteration and the interface catalogs' tools; no models (the floor)."""

    name = "languages"
    verbose_name = "Languages"
