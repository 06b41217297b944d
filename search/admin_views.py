"""The editors' report: what readers search for in each locale, and what finds nothing."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone

import languages

from .models import QueryStat

REPORT_DAYS = 30
ROWS = 25


def queries_report(request):
    # Editors who manage promoted results are the ones who act on this report.
    if not request.user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
        raise PermissionDenied
    language = request.GET.get("language", "")
    if language not in languages.BY_CODE:
        language = ""
    since = timezone.localdate() - datetime.timedelta(days=REPORT_DAYS)
    stats = QueryStat.objects.filter(date__gte=since)
    if language:
        stats = stats.filter(language=language)
    grouped = stats.values("language", "query__query_string").annotate(
        searches=Sum("hits"), without_results=Sum("zero_result_hits")
    )
    popular = list(grouped.order_by("-searches", "query__query_string")[:ROWS])
    zero = list(grouped.filter(zero_result_hits__gt=0).order_by("-without_results", "query__query_string")[:ROWS])
    return render(
        request,
        "search/admin/queries_report.html",
        {
            "popular": popular,
            "zero": zero,
            "days": REPORT_DAYS,
            "languages": languages.LANGUAGES,
            "selected_language": language,
        },
    )
