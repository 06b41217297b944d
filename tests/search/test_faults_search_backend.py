"""The search backend failing never blocks publishing; the index catches up afterwards.

The failure is real: the Elasticsearch backend is pointed at a closed port on 127.0.0.1, so indexing a
published page gets a refused connection from the Elasticsearch client, as when the cluster is down.
"""

import logging
import socket
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

import pytest

from newsroom.models import ArticlePage
from search import engine
from search.backends import elasticsearch
from search.filters import SearchParams
from search.models import SearchDocument
from tests import factories
from tests.helpers import article_form

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def search_backend_down():
    with override_settings(ELASTICSEARCH_URL=f"http://127.0.0.1:{closed_port()}", ELASTICSEARCH_INDEX="faults"):
        if hasattr(elasticsearch.client, "cache_clear"):
            elasticsearch.client.cache_clear()
        yield
    if hasattr(elasticsearch.client, "cache_clear"):
        elasticsearch.client.cache_clear()


def titles(query: str) -> list[str]:
    return [result.title for result in engine.search(SearchParams(q=query, language="kk")).results]


def test_editor_publishes_while_the_search_backend_is_down_and_the_error_is_logged(
    editor_client, article_a, client, search_backend_down, caplog
):
    draft = factories.ArticlePageFactory(parent=article_a.get_parent(), title="Наурыз кеші", live=False)
    draft.save_revision()

    with caplog.at_level(logging.ERROR, logger="search"):
        response = editor_client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            article_form(draft, title="Наурыз кеші", **{"action-publish": "1"}),
        )

    assert response.status_code == 302
    page = ArticlePage.objects.get(pk=draft.pk)
    assert page.live and page.title == "Наурыз кеші"
    assert client.get(page.url).status_code == 200
    failures = [record for record in caplog.records if record.name.startswith("search")]
    assert failures and failures[0].levelno == logging.ERROR
    assert str(draft.pk) in failures[0].getMessage()


def test_index_reconciles_with_update_index_once_the_backend_is_back(editor_client, article_a, search_backend_down):
    draft = factories.ArticlePageFactory(parent=article_a.get_parent(), title="Наурыз кеші", live=False)
    draft.save_revision()
    editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        article_form(draft, title="Наурыз кеші", **{"action-publish": "1"}),
    )
    assert ArticlePage.objects.get(pk=draft.pk).live

    with override_settings(ELASTICSEARCH_URL=""):
        call_command("update_index", "--reader-only", stdout=StringIO())
        assert SearchDocument.objects.filter(page_id=draft.pk).exists()
        assert titles("наурыз") == ["Наурыз кеші"]
