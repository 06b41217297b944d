"""Logging of reader searches for the editors' report and Wagtail's own query statistics."""

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from .models import QueryStat


def normalised(text: str) -> str:
    return normalise_query_string(text.replace("\x00", " "))[:MAX_QUERY_STRING_LENGTH]


@transaction.atomic
def log_search(text: str, language: str, count: int) -> None:
    query_string = normalised(text)
    if not query_string:
        return
    today = QueryStat.objects.filter(language=language, date=timezone.localdate())
    if (
        not today.filter(query__query_string=query_string).exists()
        and today.count() >= settings.SEARCH_LOG_MAX_QUERIES_PER_DAY
    ):
        return  # bounded: a flood of distinct queries cannot grow the log without end
    query = Query.get(query_string)
    query.add_hit()
    stat, _created = QueryStat.objects.get_or_create(query=query, language=language, date=timezone.localdate())
    QueryStat.objects.filter(pk=stat.pk).update(
        hits=F("hits") + 1, zero_result_hits=F("zero_result_hits") + (1 if count == 0 else 0)
    )
