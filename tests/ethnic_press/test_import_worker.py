"""With the production queue, an import's articles are live at once and searchable once the worker has run."""

from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

import pytest
from django_tasks_db.models import DBTaskResult

from cms.settings.base import TASK_QUEUES, TASKS_BACKENDS
from newsroom.models import ArticlePage
from search import indexing
from tests.ethnic_press.importing import DOSTYQ_KK, KORYO_KO, run_import
from tests.ethnic_press.test_import_bulk import _index_rows, _wagtail_index_rows
from tests.helpers import in_locale

DATABASE_TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"], "QUEUES": TASK_QUEUES}}


def _search(client, query: str, language: str) -> list[str]:
    return [result["title"] for result in client.get("/api/search/", {"q": query, "lang": language}).json()["results"]]


# transaction: the worker commits and closes connections as in production; serialized_rollback keeps the
# locales and the tree root that the flush after a transactional test would drop
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_imported_articles_are_live_at_once_and_found_with_right_index_rows_after_the_worker(
    outlets, outlet, tmp_path, client
):
    in_locale(outlet, "kk-latn")
    out, err, _ = run_import(tmp_path, [DOSTYQ_KK, KORYO_KO])
    assert "created 2, updated 0, failed 0" in out and err == ""
    page = ArticlePage.objects.get(source_id=DOSTYQ_KK["source_id"])
    # Live, whole, with its revision: a reader sees the article; search does not know it yet.
    assert page.live and page.live_revision_id == page.latest_revision_id
    assert client.get(page.url).status_code == 200
    assert _index_rows(page) == [] and _wagtail_index_rows(page) == []
    assert _search(client, "Наурыз", "kk") == []
    assert DBTaskResult.objects.ready().filter(task_path__endswith="index_imported_articles_task").count() == 1

    call_command("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", "--no-reload", verbosity=0)

    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    pages = [page, ArticlePage.objects.get(source_id=KORYO_KO["source_id"])]
    pages.append(ArticlePage.objects.get(translation_key=page.translation_key, locale__language_code="kk-latn"))
    written = [(_index_rows(each), _wagtail_index_rows(each)) for each in pages]
    assert all(reader and wagtail for reader, wagtail in written)
    assert _search(client, "Наурыз", "kk") == [page.title]
    indexing.rebuild()
    assert [_index_rows(each) for each in pages] == [reader for reader, _ in written]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_a_search_page_cached_before_the_worker_ran_is_not_served_after_it(outlets, tmp_path, client, settings):
    settings.PAGE_CACHE_SECONDS = 600  # on, as in production
    cache.clear()
    run_import(tmp_path, [KORYO_KO])  # Korean: no script variant, whose publication would renew the cache anyway
    page = client.get("/ko/search/", {"q": "고려일보"})
    assert page.status_code == 200 and KORYO_KO["title"] not in page.content.decode()  # stored in the page cache

    call_command("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", "--no-reload", verbosity=0)

    assert KORYO_KO["title"] in client.get("/ko/search/", {"q": "고려일보"}).content.decode()
    cache.clear()
