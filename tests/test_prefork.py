"""What gunicorn's master builds before it forks the workers (cms/prefork.py, gunicorn.conf.py)."""

from django.conf import settings
from django.template import engines
from django.urls import get_resolver
from django.utils.translation import trans_real

import pytest

from cms import prefork
from search.analysis import stemmers


@pytest.mark.django_db
def test_the_master_builds_urls_catalogs_templates_and_dictionaries_and_keeps_no_connection(monkeypatch):
    closed = []
    monkeypatch.setattr(prefork.connections, "close_all", lambda: closed.append(True))
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    resolver = get_resolver()
    resolver._reverse_dict.clear()
    monkeypatch.setattr(trans_real, "_translations", {})
    stemmers._morph.cache_clear()

    prefork.warm()

    codes = {code for code, _name in settings.LANGUAGES}
    assert codes <= set(resolver._reverse_dict)
    assert codes <= set(trans_real._translations)
    assert {"base.html", "404.html"} <= set(loader.get_template_cache)
    assert stemmers._morph.cache_info().currsize >= 2  # the Russian and Ukrainian dictionaries
    assert closed == [True]
