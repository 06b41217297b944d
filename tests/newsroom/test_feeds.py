"""RSS feeds are mounted once in cms/urls.py and answer many requests at a time."""

from django.utils import translation

import pytest

from newsroom.feeds import ArticleFeed
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_shared_feed_answers_each_request_with_that_request(rf, outlet, monkeypatch):
    """While one request is half-way through the feed, another (another worker thread) is answered by
    the same instance; each builds its item links with its own request."""
    factories.ArticlePageFactory(parent=outlet, title="Достық үйінде Наурыз тойланды")
    feed = ArticleFeed()
    first, second = rf.get("/kk/feed/"), rf.get("/kk/feed/")
    built_for = []
    items, item_link = ArticleFeed.items, ArticleFeed.item_link

    def items_meanwhile(self, obj=None):
        if self.request is first:
            feed(second)
        return items(self, obj)

    def recorded_item_link(self, item):
        built_for.append(self.request)
        return item_link(self, item)

    monkeypatch.setattr(ArticleFeed, "items", items_meanwhile)
    monkeypatch.setattr(ArticleFeed, "item_link", recorded_item_link)
    with translation.override("kk"):
        response = feed(first)
    assert response.status_code == 200
    assert built_for == [second, first]
    assert feed.request is None  # the shared instance keeps no request after it
