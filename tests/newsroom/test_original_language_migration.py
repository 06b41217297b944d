"""Stories saved before the original language was set by itself get the language they were first
written in (newsroom/migrations/0008_original_language_from_locale.py)."""

import datetime
import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

BEFORE = [("newsroom", "0007_remove_source_changed_at")]
AFTER = [("newsroom", "0008_original_language_from_locale")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def old_article(apps, number: int, key: uuid.UUID, code: str, original: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    Locale.objects.get_or_create(language_code=code)
    return ArticlePage.objects.create(
        title=f"Мақала {number}",
        draft_title=f"Мақала {number}",
        slug=f"article-{number}",
        path=f"0002{number:04d}",
        depth=2,
        url_path=f"/article-{number}/",
        content_type=ContentType.objects.get_for_model(ArticlePage),
        locale=Locale.objects.get(language_code=code),
        translation_key=key,
        original_language=original,
        published_at=timezone.now() - datetime.timedelta(days=1),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_gives_each_story_the_language_it_was_first_written_in():
    old = migrate(BEFORE)
    written_in_admin, imported_twice, seeded, uyghur = (uuid.uuid4() for _ in range(4))
    # Written in Korean in the admin with the field left empty, then translated into Kazakh by hand.
    old_article(old, 1, written_in_admin, "ko", "")
    old_article(old, 2, written_in_admin, "kk", "")
    # Imported in Kazakh, then in Russian under the same archive id: each claimed to be the original.
    old_article(old, 3, imported_twice, "kk", "kk")
    old_article(old, 4, imported_twice, "ru", "ru")
    # Versions that agree on a language one of them is written in are right, whichever came first.
    old_article(old, 5, seeded, "kk", "ko")
    old_article(old, 6, seeded, "ko", "ko")
    # A script variant written first counts as its base language.
    old_article(old, 7, uyghur, "ug-arab", "")
    old_article(old, 8, uyghur, "ug", "")

    new = migrate(AFTER)

    stories = {}
    for key, code, original in new.get_model("newsroom", "ArticlePage").objects.values_list(
        "translation_key", "locale__language_code", "original_language"
    ):
        stories.setdefault(key, {})[code] = original
    assert stories[written_in_admin] == {"ko": "ko", "kk": "ko"}
    assert stories[imported_twice] == {"kk": "kk", "ru": "kk"}
    assert stories[seeded] == {"kk": "ko", "ko": "ko"}
    assert stories[uyghur] == {"ug-arab": "ug", "ug": "ug"}


@pytest.fixture(autouse=True)
def _latest_schema_afterwards():
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
