"""Expiry is enforced when a page is read, not only when `publish_scheduled` next runs.

Wagtail marks a page with a passed `expire_at` as not live only when the `publish_scheduled` command
runs (cron, every few minutes); until then the page stays `live` and every listing, the sitemap, the
API and the page itself keep showing it. Two rules close that window:

- Wagtail's "live" query (`PageQuerySet.live()`, used by our listings, feeds, search sources, the
  sitemap, the pages API and Wagtail's own views) also requires `expire_at` to be empty or in the future.
  `publish_scheduled` selects expired pages with `live=True` directly, so it still finds them.
- A page served after its expiry is a 404 (`before_serve_page`), whatever the route that reached it.
"""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page
from wagtail.query import PageQuerySet
from wagtail.search import index


def unexpired_live_q(self) -> Q:
    return Q(live=True) & (Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def refuse_expired(page, request, serve_args, serve_kwargs):
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404


def connect() -> None:
    PageQuerySet.live_q = unexpired_live_q
    # live() now filters on expire_at: searches of live pages need it as a filter field. Page models
    # that extend Page.search_fields list it themselves; the others read Page's.
    if not any(getattr(field, "field_name", None) == "expire_at" for field in Page.search_fields):
        Page.search_fields = [*Page.search_fields, index.FilterField("expire_at")]
    hooks.register("before_serve_page", refuse_expired)
