"""Upgrading keeps every stale translation stale: the stamps newsroom kept and the minor edits move
into translations' SourceEdit log (translations/migrations/0002_source_edit_log.py)."""

import datetime
import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

BEFORE = [("translations", "0001_initial"), ("newsroom", "0006_article_republished_from")]
AFTER = [("translations", "0002_source_edit_log"), ("newsroom", "0007_remove_source_changed_at")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def article(apps, path: str, key: uuid.UUID, code: str, **fields):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    return ArticlePage.objects.create(
        title=f"Мақала {path}",
        draft_title=f"Мақала {path}",
        slug=f"article-{path}",
        path=path,
        depth=2,
        url_path=f"/article-{path}/",
        content_type=ContentType.objects.get_for_model(ArticlePage),
        locale=Locale.objects.get_or_create(language_code=code)[0],  # transactional tests flush the locales
        translation_key=key,
        original_language="ko",
        **fields,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_corrections_and_minor_edits_move_into_the_source_edit_log():
    old = migrate(BEFORE)
    corrected, republished, minor = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    stamp = timezone.now() - datetime.timedelta(days=2)
    article(old, "00019001", corrected, "ko")
    article(old, "00019002", corrected, "kk", source_changed_at=stamp)
    article(old, "00019003", corrected, "ru", source_changed_at=stamp - datetime.timedelta(hours=1))
    old.get_model("translations", "SourceEdit").objects.create(translation_key=republished, changed_at=stamp)
    source = article(old, "00019004", minor, "ko")
    revision = old.get_model("wagtailcore", "Revision").objects.create(
        content_type_id=source.content_type_id,
        base_content_type_id=source.content_type_id,
        object_id=str(source.pk),
        content={},
        created_at=stamp,
    )
    old.get_model("translations", "MinorEdit").objects.create(revision=revision)

    new = migrate(AFTER)
    log = new.get_model("translations", "SourceEdit").objects
    assert set(log.values_list("translation_key", "reason", "changed_at")) >= {
        (corrected, "correction", stamp),
        (republished, "republish", stamp),
    }
    assert log.get(translation_key=minor).reason == "minor"
    assert log.get(translation_key=minor).revision_id == revision.pk
    assert log.count() == 3


@pytest.fixture(autouse=True)
def _latest_schema_afterwards():
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
