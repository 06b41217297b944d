"""Fixtures of the page cache's tests (tests/home/test_page_cache*.py)."""

from django.core.cache import cache
from django.utils import timezone

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.home.page_cache_reads import WORD


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production, and empty."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def topic():
    return factories.TopicFactory(name="Мәдениет", slug="madeniet")


@pytest.fixture
def journalist():
    return factories.JournalistFactory(name="Айгүл Сейітова", slug="aigul-seiitova")


@pytest.fixture
def story(outlet, topic, journalist):
    """A published article with a topic and a byline, published through Wagtail (signals and all)."""
    article = factories.ArticlePageFactory(
        parent=outlet, title=f"{WORD} мерекесі Алматыда", slug="nauryz", published_at=timezone.now()
    )
    factories.ArticleTopicFactory(page=article, topic=topic)
    factories.ArticleBylineFactory(page=article, journalist=journalist)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)
