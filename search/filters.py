"""Reader search parameters and the rows they select, shared by every backend."""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from cms import languages

from .models import SearchDocument


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


def day_start(day: datetime.date, next_day: bool = False) -> datetime.datetime:
    """Midnight in the site's time zone starting `day` (or the day after it)."""
    if next_day:
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def documents(params: SearchParams, skip: str | None = None) -> QuerySet:
    """Visible rows in the reader's language family with every filter but `skip` applied."""
    from ethnic_press.models import OutletPage

    now = timezone.now()
    queryset = SearchDocument.objects.filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=now),
        language__in=languages.family(params.language),
        page__live=True,
    )
    if params.outlet and skip != "outlet":
        # An outlet's slug may differ between locales; its translation_key does not.
        outlet_keys = OutletPage.objects.filter(slug=params.outlet).values("translation_key")
        queryset = queryset.filter(outlet_key__in=outlet_keys)
    if params.community and skip != "community":
        queryset = queryset.filter(community=params.community)
    if params.region and skip != "region":
        queryset = queryset.filter(region=params.region)
    if params.topic and skip != "topic":
        queryset = queryset.filter(topics__slug=params.topic)
    if params.date_from:
        queryset = queryset.filter(published_at__gte=day_start(params.date_from))
    if params.date_to:
        queryset = queryset.filter(published_at__lt=day_start(params.date_to, next_day=True))
    return queryset
