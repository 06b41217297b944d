"""Editors see what readers search for per locale, and promote stories per locale."""

import datetime

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

import pytest
from django_tasks_db.models import DBTaskResult

from search.models import QueryStat
from search.stats import log_search_task


def test_searches_are_logged_per_locale_with_zero_results(client, article_in):
    article_in("kk", title="Газет көрмесі", lead="")
    client.get("/api/search/", {"q": "Газет", "lang": "kk"})
    client.get("/api/search/", {"q": "газет", "lang": "kk"})
    client.get("/api/search/", {"q": "жоқ сөз", "lang": "kk"})
    client.get("/api/search/", {"q": "газет", "lang": "ru"})
    stats = {
        (stat.query.query_string, stat.language): (stat.hits, stat.zero_result_hits) for stat in QueryStat.objects.all()
    }
    assert stats == {("газет", "kk"): (2, 0), ("жоқ сөз", "kk"): (1, 1), ("газет", "ru"): (1, 1)}
    # Wagtail's own query statistics count too.
    assert Query.objects.get(query_string="газет").hits == 3


def test_report_lists_zero_result_and_popular_queries_by_locale(client, db):
    client.get("/api/search/", {"q": "газет", "lang": "kk"})
    client.get("/api/search/", {"q": "zeitung", "lang": "de"})
    editor = User.objects.create_superuser("editor", "editor@example.kz", "password")
    client.force_login(editor)
    response = client.get("/admin/reports/reader-search/", {"language": "kk"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "газет" in html
    assert "zeitung" not in html


def test_report_is_closed_to_readers_and_journalists(client, db):
    journalist = User.objects.create_user("journalist", "j@example.kz", "password")
    client.force_login(journalist)
    assert client.get("/admin/reports/reader-search/").status_code in (302, 403)


def test_editors_picks_show_in_their_locale_only(client, article_in):
    kk_story = article_in("kk", title="Наурыз мерекесі", lead="")
    SearchPromotion.objects.create(query=Query.get("наурыз"), page=kk_story, description="Мерекелік нөмір")
    kk = client.get("/api/search/", {"q": "Наурыз", "lang": "kk"}).json()
    ru = client.get("/api/search/", {"q": "Наурыз", "lang": "ru"}).json()
    assert [pick["title"] for pick in kk["promotions"]] == ["Наурыз мерекесі"]
    assert ru["promotions"] == []
    page = client.get("/kk/search/", {"q": "наурыз"})
    assert "Мерекелік нөмір" in page.content.decode()


# transaction: the worker commits as in production; serialized_rollback keeps the locales and the tree root
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "print"]}})
def test_a_search_is_only_enqueued_and_the_worker_logs_it(client, home):
    client.get("/kk/search/", {"q": "  Газет  "})
    client.get("/api/search/", {"q": "   ", "lang": "kk"})  # nothing to log: nothing enqueued
    assert not QueryStat.objects.exists() and not Query.objects.exists()
    task = DBTaskResult.objects.get()
    assert task.task_path == "search.stats.log_search_task"

    call_command("db_worker", "--batch", "--queue-name", "default", "--no-startup-delay", "--no-reload", verbosity=0)
    stat = QueryStat.objects.get()
    assert (stat.query.query_string, stat.language, stat.hits, stat.zero_result_hits) == ("газет", "kk", 1, 1)
    assert stat.date == timezone.localdate()


def test_a_search_is_logged_on_the_day_the_reader_searched(db):
    """The worker may run after midnight: the day is the search's, for the report and Wagtail's daily hits."""
    log_search_task.enqueue("газет", "kk", 3, "2026-03-21")
    stat = QueryStat.objects.get()
    assert stat.date == datetime.date(2026, 3, 21) and (stat.hits, stat.zero_result_hits) == (1, 0)
    assert QueryDailyHits.objects.get(query__query_string="газет").date == datetime.date(2026, 3, 21)
