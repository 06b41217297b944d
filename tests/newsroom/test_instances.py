"""Pages read from the database skip modelcluster's field scan (newsroom/instances.py); child objects passed to
the constructor are still taken as modelcluster takes them."""

from unittest import mock

from modelcluster import models as modelcluster

from newsroom.models import ArticlePage, ArticleTopic
from tests import factories


def test_a_page_read_from_the_database_is_built_without_scanning_its_fields(article):
    with mock.patch.object(modelcluster, "get_all_child_relations", side_effect=AssertionError("scanned")):
        read = ArticlePage.objects.get(pk=article.pk)
    assert (read.title, read.url_path, read.live) == (article.title, article.url_path, True)
    assert read._state.adding is False


def test_child_objects_given_to_the_constructor_are_kept_in_memory(article):
    topic = factories.TopicFactory(locale=article.locale)
    page = ArticlePage(title="Ҷурнал", article_topics=[ArticleTopic(topic=topic)])
    assert [item.topic for item in page.article_topics.all()] == [topic]
    assert page.content_type.model_class() is ArticlePage  # Wagtail's own constructor ran too
