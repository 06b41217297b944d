"""Purging a CDN or proxy cache in front of the site (Wagtail's frontend cache), when one is configured.

The page cache (home/page_cache.py) is exact by itself. A CDN configured from the environment
(`FRONTEND_CACHE_URL` for Varnish or nginx, `CLOUDFLARE_ZONE_ID` with `CLOUDFLARE_BEARER_TOKEN`: see
cms/settings/base.py and README, "Page cache") keeps pages for PAGE_CACHE_CDN_SECONDS; when a page is
published, unpublished, moved or deleted, this purges the URLs that show it: the page itself (before
and after a move), its ancestors (outlet, outlet directory, front page), its locale's and its outlet's
feeds and the sitemaps. Listings elsewhere (topics, journalists, search) wait for PAGE_CACHE_CDN_SECONDS.

Full URLs come from BASE_URL (the public address the CDN serves), as for feeds and sitemaps. The purge
runs as a background task (Wagtail's purge task, on the worker in production).
"""

from django.conf import settings
from django.db.models.signals import post_delete

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from ethnic_press.importing.bulk import bulk_published
from newsroom.absolute import absolute_url

FEED_PARENTS = ("home.homepage", "ethnic_press.outletpage")
SITEMAPS = ("/sitemap.xml", "/sitemap-news.xml")


def urls_showing(page: Page, *old_paths: str) -> list[str]:
    """The addresses a change of `page` shows on (as the CDN knows them)."""
    paths = list(old_paths)
    for shown in [*page.get_ancestors().filter(depth__gt=1).specific(defer=True), page]:
        url = shown.get_url()
        if url:
            paths.append(url)
            if shown.specific_class._meta.label_lower in FEED_PARENTS:
                paths.append(f"{url}feed/")
    paths += SITEMAPS
    return [absolute_url(None, path) for path in dict.fromkeys(paths)]


def _configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_published(instance: Page, **kwargs) -> None:
    if _configured():
        purge_urls_from_cache(urls_showing(instance))


def purge_bulk_published(sender, page_ids, **kwargs) -> None:
    """An archive import's batch: what shows its pages is their outlets' pages and feeds, once each."""
    if _configured():
        parents = Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
        outlets = Page.objects.filter(path__in={path[: -Page.steplen] for path in parents}).specific()
        purge_urls_from_cache(list(dict.fromkeys(url for outlet in outlets for url in urls_showing(outlet))))


def purge_moved(instance: Page, parent_page_before: Page, **kwargs) -> None:
    if _configured():
        old_parent_url = parent_page_before.get_url()
        old = [f"{old_parent_url}{instance.slug}/"] if old_parent_url else []
        purge_urls_from_cache(urls_showing(instance, *old))


def connect() -> None:
    page_published.connect(purge_published, dispatch_uid="home.cdn.published")
    bulk_published.connect(purge_bulk_published, dispatch_uid="home.cdn.bulk_published")
    page_unpublished.connect(purge_published, dispatch_uid="home.cdn.unpublished")
    post_page_move.connect(purge_moved, dispatch_uid="home.cdn.moved")
    for model in get_page_models():
        post_delete.connect(purge_published, sender=model, dispatch_uid=f"home.cdn.deleted.{model._meta.label}")
