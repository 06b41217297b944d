"""Pages read from the database skip modelcluster's field scan (newsroom/instances.py); child objects passed to
the constructor are still taken as modelcluster takes them; rows become instances without the constructors
when they would do nothing more than set the row's values."""

from unittest import mock

from django.db.models import signals

from modelcluster import models as modelcluster
from wagtail.blocks import StreamValue

import pytest

from newsroom import instances
from newsroom.models import ArticlePage, ArticleTopic, Topic
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


def test_a_page_read_from_the_database_is_built_without_its_constructors(article):
    ArticlePage.objects.get(pk=article.pk)  # its model's constructors looked at once (before the patch)
    with mock.patch.object(ArticlePage, "__init__", side_effect=AssertionError("constructed")):
        read = ArticlePage.objects.only("title", "body").get(pk=article.pk)
    assert (read.title, read.locale_id, read.pk) == (article.title, article.locale_id, article.pk)
    assert read._state.adding is False and read._state.db == "default"
    assert "live" not in read.__dict__ and read.live is True  # deferred fields still load when asked
    # A StreamField's value made as its descriptor makes it.
    assert isinstance(read.body, StreamValue) and list(read.body.raw_data) == list(article.body.raw_data)


def test_a_read_sends_djangos_signals_as_the_constructor_does(article):
    seen = []

    def record(sender, **kwargs):
        seen.append((sender, kwargs.get("instance")))

    signals.pre_init.connect(record, sender=ArticlePage)
    signals.post_init.connect(record, sender=ArticlePage)
    try:
        read = ArticlePage.objects.get(pk=article.pk)
    finally:
        signals.pre_init.disconnect(record, sender=ArticlePage)
        signals.post_init.disconnect(record, sender=ArticlePage)
    assert seen == [(ArticlePage, None), (ArticlePage, read)]


def _both_ways(model, queryset):
    """The first row of `queryset` made an instance by `_from_db` and by Django's own `from_db`."""
    row_names, row = None, None

    def capture(cls, db, field_names, values):
        nonlocal row_names, row
        row_names, row = list(field_names), list(values)
        return instances._django_from_db(cls, db, field_names, values)

    with mock.patch.object(model, "from_db", classmethod(capture)):
        queryset.first()
    return instances._from_db(model, "default", row_names, row), instances._django_from_db(
        model, "default", row_names, row
    )


def _attributes(instance) -> dict:
    return {name: value for name, value in instance.__dict__.items() if name != "_state"}


@pytest.mark.parametrize("fields", [(), ("title", "hero_image", "locale", "published_at")])
def test_a_page_built_from_a_row_is_the_one_its_constructors_build(article, fields):
    queryset = ArticlePage.objects.filter(pk=article.pk).only(*fields) if fields else ArticlePage.objects.all()
    fast, django = _both_ways(ArticlePage, queryset)
    assert _attributes(fast).keys() == _attributes(django).keys()
    assert {k: v for k, v in _attributes(fast).items() if k != "body"} == {
        k: v for k, v in _attributes(django).items() if k != "body"
    }
    assert (fast._state.adding, fast._state.db) == (django._state.adding, django._state.db) == (False, "default")


def test_an_image_built_from_a_row_is_the_one_its_constructors_build(db):
    image = factories.PressImageFactory()
    model = type(image)
    fast, django = _both_ways(model, model.objects.filter(pk=image.pk))
    assert _attributes(fast) == _attributes(django)
    assert (fast.decorative, fast.contextual_alt_text) == (False, None)


def test_a_model_with_a_constructor_of_its_own_is_built_by_it(article):
    topic = factories.TopicFactory(locale=article.locale)
    with mock.patch.object(Topic, "__init__", side_effect=AssertionError("constructed")):
        instances._special.pop(Topic, None)
        try:
            with pytest.raises(AssertionError, match="constructed"):
                Topic.objects.get(pk=topic.pk)
        finally:
            instances._special.pop(Topic, None)
