"""What gunicorn's master builds once before it forks the workers (gunicorn.conf.py, `when_ready`).

Each worker would otherwise build these for itself on its first requests, each its own copy: the URL
resolver's reverse tables (one per language: i18n_patterns), the translation catalogs of the 14
languages, the compiled templates of the reader site (Django's cached loader), the content types, and
the search analysers' dictionaries and stemmers (pymorphy3's are tens of MB). Built in the master, the
workers share them copy-on-write; then `gc.freeze()` (gunicorn.conf.py, `pre_fork`) keeps the garbage
collector from writing into those pages in the workers.

Nothing here writes to the database or the cache, and the master's database connections are closed
before the fork, so no worker inherits one.
"""

import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.template import engines
from django.urls import get_resolver
from django.utils import translation

from search import analysis

logger = logging.getLogger(__name__)

# A word each language's analysis takes through its morphology (stop words would stop short of it).
SAMPLE = "газеты newspapers Zeitungen gazeteler gazetalar gazetler"


def warm() -> None:
    """Load what every worker needs; close the database connections it opened."""
    try:
        _urls_and_catalogs()
        _templates()
        _analysers()
        ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
    finally:
        connections.close_all()


def _urls_and_catalogs() -> None:
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Search")  # loads the language's catalogs
            resolver.reverse_dict  # noqa: B018 -- the property builds the language's reverse table


def _templates() -> None:
    """Every template of the project's templates folder, compiled into the cached loader."""
    for folder in settings.TEMPLATES[0]["DIRS"]:
        root = Path(folder)
        for path in sorted(root.rglob("*.html")) + sorted(root.rglob("*.xml")) + sorted(root.rglob("*.txt")):
            engines["django"].get_template(path.relative_to(root).as_posix())


def _analysers() -> None:
    for code, _name in settings.LANGUAGES:
        analysis.analyse_query(SAMPLE, code, limit=10)
