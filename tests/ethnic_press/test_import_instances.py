"""The bulk writers' instances built from a template are those the models' constructors build."""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import signals

from wagtail.models import Locale, Page, PageLogEntry, Revision

import pytest

from ethnic_press.importing.instances import instance
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist, Topic

MOMENT = datetime.datetime(2024, 3, 21, 10, 0, tzinfo=datetime.UTC)
# Defaults the constructor makes anew for each instance: equal in kind, not in value.
PER_INSTANCE = {"translation_key", "published_at", "body"}


def _state(obj) -> dict:
    """What an instance holds: its fields' values, its cached related objects and its state."""
    values = {key: value for key, value in vars(obj).items() if key != "_state" and key not in PER_INSTANCE}
    return {
        "values": values,
        "cached": dict(obj._state.fields_cache),
        "adding": obj._state.adding,
        "db": obj._state.db,
    }


def _comparable(value):
    """A StreamValue as its blocks' types and sources (their ids are random), anything else as it is."""
    if type(value).__name__ == "StreamValue":
        return [(block.block_type, str(block.value)) for block in value]
    return value


@pytest.mark.django_db
def test_instances_equal_the_constructors_for_the_writers_models():
    locale = Locale.get_default()
    journalist = Journalist.objects.create(name="Айгүл Сәрсенова", slug="aigul", locale=locale)
    topic = Topic.objects.create(name="Мәдениет", slug="culture", locale=locale)
    page_type = ContentType.objects.get_for_model(Page)
    cases = [
        (
            ArticlePage,
            {
                "locale": locale,
                "slug": "dostyq",
                "translation_key": uuid.uuid4(),
                "original_language": "kk",
                "first_published_at": MOMENT,
            },
        ),
        (ArticlePage, {"title": "Наурыз", "locale_id": locale.pk, "body": [("paragraph", "<p>Той</p>")]}),
        (ArticleByline, {"journalist": journalist, "role": ArticleByline.Role.AUTHOR, "sort_order": 0}),
        (ArticleTopic, {"topic": topic, "sort_order": 1}),
        (ArticleTopic, {"topic_id": topic.pk}),
        (
            Revision,
            {
                "pk": 7,
                "content_type": page_type,
                "base_content_type": page_type,
                "object_id": "3",
                "created_at": MOMENT,
                "object_str": "Наурыз",
                "content": {"title": "Наурыз"},
            },
        ),
        (PageLogEntry, {"content_type": page_type, "label": "Наурыз", "action": "wagtail.publish", "page_id": 3}),
    ]
    for model, values in cases:
        built, constructed = instance(model, **values), model(**values)
        assert type(built) is model
        assert _state(built) == _state(constructed), model
        for name in PER_INSTANCE & set(vars(constructed)):
            assert type(getattr(built, name)) is type(getattr(constructed, name)), name
            if name in values:
                assert _comparable(getattr(built, name)) == _comparable(getattr(constructed, name)), name


@pytest.mark.django_db
def test_defaults_made_per_instance_are_not_shared():
    first, second = instance(ArticlePage), instance(ArticlePage)
    assert first.translation_key != second.translation_key
    assert first.body is not second.body
    first.body = [("paragraph", "<p>Той</p>")]
    assert len(second.body) == 0 and len(instance(ArticlePage).body) == 0
    first.title = "Наурыз"
    assert instance(ArticlePage).title == ""
    assert first._state is not second._state and first._state.adding


@pytest.mark.django_db
def test_a_model_with_an_init_receiver_is_built_by_its_constructor():
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance)

    signals.post_init.connect(receiver, sender=ArticleTopic)
    try:
        topic = instance(ArticleTopic, sort_order=2)
    finally:
        signals.post_init.disconnect(receiver, sender=ArticleTopic)
    assert seen == [topic]
