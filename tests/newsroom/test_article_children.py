"""An article's bylines and topics on its page: read from the database in their order (compiled SQL), or, on
a preview or revision, the page's own in-memory ones."""

import pytest

from newsroom.models import ArticleByline, ArticlePage
from tests import factories

pytestmark = pytest.mark.django_db


def test_bylines_and_topics_come_from_the_database_in_their_order(outlet):
    article = factories.ArticlePageFactory(parent=outlet)
    second = factories.ArticleBylineFactory(page=article, sort_order=2)
    first = factories.ArticleBylineFactory(page=article, sort_order=1)
    topic = factories.ArticleTopicFactory(page=article)
    fresh = ArticlePage.objects.get(pk=article.pk)
    bylines = fresh._reader_children("bylines", "journalist__photo")
    assert [byline.pk for byline in bylines] == [first.pk, second.pk]
    assert bylines[0].journalist.name == first.journalist.name
    assert [item.topic for item in fresh._reader_children("article_topics", "topic")] == [topic.topic]


def test_a_revisions_bylines_are_its_own_not_the_databases(outlet):
    article = factories.ArticlePageFactory(parent=outlet)
    factories.ArticleBylineFactory(page=article)
    draft = ArticlePage.objects.get(pk=article.pk)
    added = factories.JournalistFactory()
    draft.bylines = [ArticleByline(journalist=added, role=ArticleByline.Role.AUTHOR)]
    revision = draft.save_revision()
    previewed = revision.as_object()
    assert [byline.journalist.pk for byline in previewed._reader_children("bylines", "journalist__photo")] == [added.pk]
