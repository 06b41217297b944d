"""The sitemap: every live, public page of every locale, each with its hreflang alternates.

Wagtail's own sitemap lists the descendants of the site's root page, i.e. the default locale only
(the other locales' trees are siblings of it). This one lists all locale trees and adds, per page,
the translations readers can reach, computed for a whole sitemap page in one query.
"""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


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
            alternates[translation.translation_key].append(
                {"lang_code": translation.locale.language_code, "location": translation.get_full_url(self.request)}
            )
        urls = []
        for item in pages:
            url = {"location": item.get_full_url(self.request), "lastmod": self.lastmod(item), "item": item}
            if len(alternates[item.translation_key]) > 1:
                url["alternates"] = alternates[item.translation_key]
            urls.append(url)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
