"""Reader search parameters and the rows they select, shared by every backend."""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

import languages
from ethnic_press.models import OutletPage

from .models import SearchDocument, SearchDocumentTopic


@dataclass
class SearchParams:
    q: str
    language: str
    outlet: str = ""
    community: str = ""
    region: str = ""
    topic: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"
    page: int = 1
    kind: str = ""  # a SearchDocument.Kind, or every kind


def day_start(day: datetime.date, next_day: bool = False) -> datetime.datetime:
    """Midnight in the site's time zone starting `day` (or the day after it)."""
    if next_day:
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


FACETS = ("outlet", "community", "region", "topic")


def facet_conditions(params: SearchParams) -> dict[str, Q | Exists]:
    """The condition of each facet filter the reader chose, by facet name (none for an empty filter)."""
    conditions: dict[str, Q | Exists] = {}
    if params.outlet:
        # An outlet's slug may differ between locales; its translation_key does not.
        outlet_keys = OutletPage.objects.filter(slug=params.outlet).values("translation_key")
        conditions["outlet"] = Q(outlet_key__in=outlet_keys)
    if params.community:
        conditions["community"] = Q(community=params.community)
    if params.region:
        conditions["region"] = Q(region=params.region)
    if params.topic:
        conditions["topic"] = Exists(SearchDocumentTopic.objects.filter(document=OuterRef("pk"), slug=params.topic))
    return conditions


def documents(params: SearchParams, skip: str | None = None, facets: bool = True, live: bool = True) -> QuerySet:
    """Visible rows in the reader's language family, in the date range, with every facet filter but
    `skip` applied (none of them when `facets` is false).

    `live=False` leaves out the join to the page table. Rows only exist for live pages (the
    unpublish signal deletes them), so the join is a second check; on PostgreSQL it let the planner
    walk every live page and test each one's tsvector (1.3 s for a common word at 100,000 articles).
    """
    now = timezone.now()
    queryset = SearchDocument.objects.filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=now),
        language__in=languages.family(params.language),
    )
    if live:
        queryset = queryset.filter(page__live=True)
    if params.kind:
        queryset = queryset.filter(kind=params.kind)
    if params.date_from:
        queryset = queryset.filter(published_at__gte=day_start(params.date_from))
    if params.date_to:
        queryset = queryset.filter(published_at__lt=day_start(params.date_to, next_day=True))
    if facets:
        for name, condition in facet_conditions(params).items():
            if name != skip:
                queryset = queryset.filter(condition)
    return queryset


def related_candidates(language: str, story_key, outlet_key) -> QuerySet:
    """Visible article rows in `language`'s family outside a story and its outlet (search/related.py)."""
    rows = documents(SearchParams(q="", language=language, kind=SearchDocument.Kind.ARTICLE)).exclude(
        story_key=story_key
    )
    return rows.exclude(outlet_key=outlet_key) if outlet_key else rows
