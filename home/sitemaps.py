"""The sitemap: every live, public page of every locale, each with its hreflang alternates.

Wagtail's own sitemap lists the descendants of the site's root page, i.e. the default locale only
(the other locales' trees are siblings of it). This one lists all locale trees and adds, per page,
the translations readers can reach, computed for a whole sitemap page in one query.
"""

import datetime
from collections import defaultdict

from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from newsroom.absolute import absolute_url
from newsroom.models import ArticlePage
from newsroom.outlet_rows import attach_outlets


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_trees = Q()
        for tree in roots:
            in_trees |= Q(path__startswith=tree.path)
        return Page.objects.live().public().filter(in_trees).order_by("path").select_related("locale")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = defaultdict(list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in pages})
            .select_related("locale")
            .order_by("path")
        )
        for translation in translations:
            location = absolute_url(self.request, translation.get_url(self.request))
            alternates[translation.translation_key].append(
                {"lang_code": translation.locale.language_code, "location": location}
            )
        urls = []
        for item in pages:
            location = absolute_url(self.request, item.get_url(self.request))
            url = {"location": location, "lastmod": self.lastmod(item), "item": item}
            if len(alternates[item.translation_key]) > 1:
                url["alternates"] = alternates[item.translation_key]
            urls.append(url)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


NEWS_SITEMAP_DAYS = 2
NEWS_SITEMAP_MAX = 1000  # the most a news sitemap may list


def news_sitemap(request):
    """The stories of the last two days in every language, for news aggregators (Google News format)."""
    since = timezone.now() - datetime.timedelta(days=NEWS_SITEMAP_DAYS)
    articles = list(
        ArticlePage.objects.live()
        .public()
        .filter(published_at__gte=since, published_at__lte=timezone.now())
        .select_related("locale")
        .order_by("-published_at")[:NEWS_SITEMAP_MAX]
    )
    attach_outlets(articles)
    entries = [
        {
            "location": absolute_url(request, article.get_url(request)),
            "outlet": article.outlet.title if article.outlet else "",
            # News sitemaps name the language, not the script: kk-latn is kk.
            "language": article.locale.language_code.split("-")[0],
            "published_at": article.published_at,
            "title": article.title,
        }
        for article in articles
    ]
    return render(request, "home/news_sitemap.xml", {"entries": entries}, content_type="application/xml")
