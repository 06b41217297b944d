"""1,000 mixed reader requests (home, outlet, article, topic, search page, search API, feeds, sitemap, a
404) from client threads on 127.0.0.1 against Django's threaded live server, with the page cache on and
off: no 5xx, every URL answers its own status. The full 10,000-request run against gunicorn is
bench/fault_load.py (numbers in bench/RESULTS.md, "Fault and load")."""

from django.core.cache import cache
from django.db import connection

import pytest

from home.site_tree import ensure_home
from newsroom.models import ArticlePage
from tests import factories
from tests.browser.conftest import live_site
from tests.load import reader_mix, run_load

# The live server answers from another thread, so the rows must be committed: the site is built outside
# a test transaction and the database is put back afterwards as the browser tests do (live_site), which
# holds whatever transactional tests ran before in this worker.
pytestmark = pytest.mark.django_db

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


def build() -> dict:
    home = ensure_home("Этникалық баспасөз")
    index = factories.OutletIndexPageFactory(parent=home)
    outlet = factories.OutletPageFactory(parent=index, languages=["kk"])
    topic = factories.TopicFactory(slug="madeniet", name="Мәдениет")
    article = factories.ArticlePageFactory(parent=outlet, title="Наурыз мерекесі Алматыда")
    article.article_topics.create(topic=topic, sort_order=0)
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    return reader_mix(
        language="kk", home="/kk/", outlet=outlet.url, article=article.url, topic=topic.slug, query="наурыз"
    )


@pytest.fixture(scope="module")
def load_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), live_site(build) as site:
        yield site


@pytest.mark.parametrize("page_cache_seconds", [600, 0], ids=["page-cache-on", "page-cache-off"])
def test_mixed_reader_load_gets_no_server_error(load_site, settings, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    cache.clear()
    port = int(load_site.url.rsplit(":", 1)[1])

    result = run_load(
        port, load_site.pages, requests=REQUESTS_PER_SETTING, concurrency=CONCURRENCY, max_seconds=MAX_SECONDS
    )

    assert AT_LEAST <= result["requests"] <= REQUESTS_PER_SETTING, result
    assert result["errors_5xx"] == 0, result
    assert result["unexpected"] == {}, result
