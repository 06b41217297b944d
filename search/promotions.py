"""Editor's picks (Wagtail search promotions) for a query, in the reader's language family."""

from django.db.models import Q

from wagtail.contrib.search_promotions.models import SearchPromotion

import languages

from .stats import normalised


def picks(text: str, language: str, request=None) -> list[dict]:
    query_string = normalised(text)
    if not query_string:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        # A pick of a page shows to readers of that page's language; an external link to everyone.
        .filter(Q(page__isnull=True) | Q(page__locale__language_code__in=languages.family(language), page__live=True))
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    return [
        {
            "title": promotion.title,
            "url": promotion.page.get_url(request) if promotion.page else promotion.external_link_url,
            "description": promotion.description,
        }
        for promotion in promotions
    ]
