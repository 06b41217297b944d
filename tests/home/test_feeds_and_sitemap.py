"""Feeds and the sitemap: live public pages only, every locale, hreflang alternates, bounded queries."""

import datetime
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from languages.localize import translate_page
from newsroom.models.corrections import ArticleCorrection
from tests import factories

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def translate_with_ancestors(page, code: str, **fields):
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        translate_page(ancestor, code)
    return translate_page(page, code, **fields)


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
    russian = translate_with_ancestors(live, "ru", title="В Астане собрался клуб журналистов")

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
    translated = translate_with_ancestors(tagged, "ru", title="Чхусок в корейском культурном центре")

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


def test_sitemap_lists_every_locale_with_hreflang_alternates_and_no_hidden_pages(client, network):
    draft = factories.ArticlePageFactory(parent=network["kk"]["outlet"], title="Жоба", slug="draft-story", live=False)
    private = network["de"]["about"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)]
    # Absolute from the request's address (home.absolute), not the Site record's "localhost".
    for code, pages in network.items():
        assert f"http://testserver{pages['article'].url}" in locations, code
    assert f"http://testserver{draft.url}" not in locations
    assert f"http://testserver{private.url}" not in locations

    article_entry = next(
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if url.findtext("s:loc", namespaces=SITEMAP_NS) == f"http://testserver{network['ug-arab']['article'].url}"
    )
    hreflangs = {link.get("hreflang") for link in article_entry.findall("x:link", SITEMAP_NS)}
    assert hreflangs == set(network)
