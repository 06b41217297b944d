"""Logging of reader searches for the editors' report and Wagtail's own query statistics.

The search page and API only enqueue the search (`log_search_task`, the task queue: one row written
instead of the five reads and writes of logging it, which were ~10 % of a search page's CPU); the worker
logs it, on the day the reader searched."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from django_tasks import task

from .models import QueryStat


def normalised(text: str) -> str:
    return normalise_query_string(text.replace("\x00", " "))[:MAX_QUERY_STRING_LENGTH]


def enqueue_search(text: str, language: str, count: int) -> None:
    """A reader's search, logged by the worker (nothing for a text that normalises to nothing)."""
    query_string = normalised(text)
    if query_string:
        log_search_task.enqueue(query_string, language, count, timezone.localdate().isoformat())


@task()
def log_search_task(query_string: str, language: str, count: int, day: str) -> None:
    log_search(query_string, language, count, datetime.date.fromisoformat(day))


@transaction.atomic
def log_search(text: str, language: str, count: int, day: datetime.date | None = None) -> None:
    """Count a search of `text` in `language` with `count` results on `day` (today by default)."""
    query_string = normalised(text)
    if not query_string:
        return
    day = day or timezone.localdate()
    today = QueryStat.objects.filter(language=language, date=day)
    if (
        not today.filter(query__query_string=query_string).exists()
        and today.count() >= settings.SEARCH_LOG_MAX_QUERIES_PER_DAY
    ):
        return  # bounded: a flood of distinct queries cannot grow the log without end
    query = Query.get(query_string)
    query.add_hit(date=day)
    stat, _created = QueryStat.objects.get_or_create(query=query, language=language, date=day)
    QueryStat.objects.filter(pk=stat.pk).update(
        hits=F("hits") + 1, zero_result_hits=F("zero_result_hits") + (1 if count == 0 else 0)
    )
