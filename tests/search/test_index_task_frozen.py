"""The worker's search indexing of an import batch runs with its long-lived objects frozen (search/tasks.py)."""

import gc

import pytest

from search import tasks


@pytest.mark.django_db
def test_the_index_task_indexes_with_the_collector_frozen_and_unfreezes_after(monkeypatch):
    seen = []
    monkeypatch.setattr(tasks.indexing, "index_pages", lambda page_ids, pages: seen.append(gc.get_freeze_count()) or 0)
    assert tasks.index_imported_articles_task.call([]) == {"pages": 0, "rows": 0}
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == 0
