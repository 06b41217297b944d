"""1,000 mixed reader requests (home, outlet, article, topic, search page, search API, feeds, sitemap, a
404) from client threads on 127.0.0.1 against Django's threaded live server, with the page cache on and
off: no 5xx, every URL answers its own status. The full 10,000-request run against gunicorn is
bench/fault_load.py (numbers in bench/RESULTS.md, "Fault and load")."""

from django.core.cache import cache
from django.db import connection

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.load import reader_mix, run_load

# live_server serves from another thread: the test's rows must be committed, and the database's own
# rows (locales) restored after the flush for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REQUESTS_PER_SETTING = 500
# Bounded in time as well: on a loaded 2-core machine the uncached run may stop early, but it must have
# gone through the whole mix many times (here 10 rounds) for the test to say anything.
MAX_SECONDS = 50
AT_LEAST = 100
# The suite's SQLite database lives in memory in SQLite's shared-cache mode, whose table locks fail at once
# ("database table is locked") instead of waiting as a database file does: there the live server gets one
# client at a time. On PostgreSQL (CI's second pass) four clients at once; bench/fault_load.py loads gunicorn
# on a SQLite file and on PostgreSQL with eight.
CONCURRENCY = 1 if connection.vendor == "sqlite" else 4


@pytest.mark.parametrize("page_cache_seconds", [600, 0], ids=["page-cache-on", "page-cache-off"])
def test_mixed_reader_load_gets_no_server_error(live_server, settings, outlet, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    cache.clear()
    topic = factories.TopicFactory(slug="madeniet", name="Мәдениет")
    article = factories.ArticlePageFactory(parent=outlet, title="Наурыз мерекесі Алматыда")
    article.article_topics.create(topic=topic, sort_order=0)
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    mix = reader_mix(
        language="kk", home="/kk/", outlet=outlet.url, article=article.url, topic=topic.slug, query="наурыз"
    )
    port = int(live_server.url.rsplit(":", 1)[1])

    result = run_load(port, mix, requests=REQUESTS_PER_SETTING, concurrency=CONCURRENCY, max_seconds=MAX_SECONDS)

    assert AT_LEAST <= result["requests"] <= REQUESTS_PER_SETTING, result
    assert result["errors_5xx"] == 0, result
    assert result["unexpected"] == {}, result
