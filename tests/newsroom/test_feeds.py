"""RSS feeds of a locale, an outlet and a topic: live, public, unexpired articles with their corrections,
a fixed number of queries, one feed instance answering many requests at a time."""

import datetime
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction

import pytest

from newsroom.feeds import ArticleFeed
from newsroom.models import ArticleCorrection
from tests import factories
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


def rss_titles(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


def test_locale_feed_lists_live_public_articles_of_that_language(client, outlet):
    live = factories.ArticlePageFactory(parent=outlet, title="Астанада журналистер клубы жиналды")
    draft = factories.ArticlePageFactory(parent=outlet, title="Жарияланбаған жоба", live=False)
    private = factories.ArticlePageFactory(parent=outlet, title="Жабық мақала")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = factories.ArticlePageFactory(
        parent=outlet, title="Мерзімі өткен хабар", expire_at=timezone.now() - datetime.timedelta(days=1)
    )
    russian = in_locale(live, "ru", title="В Астане собрался клуб журналистов")

    titles = rss_titles(client.get("/kk/feed/"))
    assert live.title in titles
    for hidden in (draft, private, expired):
        assert hidden.title not in titles
    assert russian.title not in titles
    assert rss_titles(client.get("/ru/feed/")) == [russian.title]


def test_outlet_feed_carries_corrections(client, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Достық үйінде Наурыз тойланды")
    ArticleCorrection.objects.create(page=article, text="Мерекеге 300 емес, 500 адам келді.", locale=article.locale)
    other_outlet = factories.OutletPageFactory(parent=outlet.get_parent())
    factories.ArticlePageFactory(parent=other_outlet, title="Басқа газеттің хабары")

    response = client.get(f"{outlet.url}feed/")
    assert rss_titles(response) == [article.title]
    description = ET.fromstring(response.content).find("channel/item/description").text
    assert "Мерекеге 300 емес, 500 адам келді." in description


def test_topic_feed_finds_articles_by_topic_in_each_language(client, outlet):
    topic = factories.TopicFactory(slug="festivals", name="Мерекелер")
    tagged = factories.ArticlePageFactory(parent=outlet, title="Корей мәдени орталығында Чхусок мерекесі")
    factories.ArticleTopicFactory(page=tagged, topic=topic)
    factories.ArticlePageFactory(parent=outlet, title="Тақырыпсыз хабар")
    translated = in_locale(tagged, "ru", title="Чхусок в корейском культурном центре")

    assert rss_titles(client.get("/kk/topics/festivals/feed/")) == [tagged.title]
    assert rss_titles(client.get("/ru/topics/festivals/feed/")) == [translated.title]
    assert client.get("/kk/topics/no-such-topic/feed/").status_code == 404


def test_feed_queries_do_not_grow_with_items(client, outlet):
    factories.ArticlePageFactory(parent=outlet)
    client.get("/kk/feed/")
    with CaptureQueriesContext(connection) as few:
        client.get("/kk/feed/")
    for _ in range(10):
        article = factories.ArticlePageFactory(parent=outlet)
        ArticleCorrection.objects.create(page=article, text="Түзету", locale=article.locale)
    with CaptureQueriesContext(connection) as many:
        client.get("/kk/feed/")
    assert len(many.captured_queries) == len(few.captured_queries)


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
    # Each request's links (an item's link is built more than once: link, guid) with its own request.
    assert built_for.count(first) and built_for.count(second)
    assert built_for == [second] * built_for.count(second) + [first] * built_for.count(first)
    assert feed.request is None  # the shared instance keeps no request after it
