"""The page cache: whole responses for anonymous readers, all forgotten at once when anything they show changes.

What is cached: a GET (HEAD is answered from it) with no session, messages or Authorization, answered 200
with no cookie set, no CSRF token used, no `Cache-Control: private / no-cache / no-store` (Wagtail marks
every page behind a view restriction so, and the admin, previews and drafts are its own, logged-in, URLs),
and no Vary beyond Accept-Encoding, Accept-Language and Cookie (which the key covers: compressed or not,
the language, and no session). The key is the full URL with scheme, host and query string, the reader's
language and whether the response is gzipped.

Invalidation is one generation counter: an entry is served only when it was stored under the current
generation, and every event that can change what readers see starts a new one (`invalidate`, connected
in `connect()`): publish, unpublish, move, delete, scheduling, view restrictions, corrections, snippets
(topics, journalists, regions, communities, menus), images, documents, print pages, search promotions,
sites and locales. Listings, feeds, sitemaps, home, topic and search pages are therefore right at once,
without knowing which pages show what. A generation also ends by itself at the next scheduled go-live or
expiry time, so no entry outlives a page's `expire_at` or a scheduled revision's `go_live_at` (the times
come with the events that schedule them; the database is asked only when the first generation starts
and when a scheduled time has come).

Each hit is one cache round trip (`get_many` of the generation and the entry). When the cache fails (Redis
down), pages are served uncached. Settings (README, "Page cache"): PAGE_CACHE_SECONDS (0 turns it off),
PAGE_CACHE_BROWSER_SECONDS, PAGE_CACHE_CDN_SECONDS, PAGE_CACHE_WAIT_SECONDS, PAGE_CACHE_ALIAS.
"""

import datetime
import hashlib
import logging
import math
import re
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import transaction
from django.db.models import Min
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.safestring import mark_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Revision, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

import languages
from ethnic_press.editions.models import EditionText, PrintPage
from ethnic_press.importing.bulk import bulk_published
from ethnic_press.models import Community, Region
from newsroom.models import ArticleCorrection, Journalist, Topic
from search.tasks import articles_indexed

from .menus import Menu, MenuItem

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
ENTRY_KEY = "page-cache:{}"
FRAGMENT_KEY = "page-cache:fragment:{}"
# A fragment outlives no generation; this only bounds how long an unread one takes room.
FRAGMENT_SECONDS = 24 * 3600
# Paths that are never reader pages, or answer per client (the APIs are rate limited per client).
EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/healthz", "/language/", "/static/", "/media/")
VARY_COVERED = {"accept-encoding", "accept-language", "cookie"}
UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store")
# A reader rendering a missing page holds its lock at most this long (a crashed worker's lock expires).
LOCK_SECONDS = 30
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


@dataclass(frozen=True)
class Generation:
    id: str
    since: int  # when it started, whole seconds: the Last-Modified of everything cached under it
    until: float | None  # the next scheduled go-live or expiry: the generation ends then


@dataclass(frozen=True)
class Entry:
    generation: str
    content: bytes
    headers: tuple[tuple[str, str], ...]


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _next_scheduled_change() -> float | None:
    """The time of the next scheduled go-live or expiry, as a timestamp (None: nothing scheduled)."""
    now = timezone.now()
    times = [
        Page.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"],
        Revision.objects.filter(approved_go_live_at__gt=now).aggregate(at=Min("approved_go_live_at"))["at"],
        Page.objects.filter(live=False, go_live_at__gt=now).aggregate(at=Min("go_live_at"))["at"],
    ]
    times = [moment.timestamp() for moment in times if moment is not None]
    return min(times) if times else None


def _new_generation(previous: Generation | None, at: datetime.datetime | None = None) -> Generation:
    """The generation after `previous`; `at`: a go-live or expiry just scheduled by the event."""
    now = time.time()
    if previous is not None and (previous.until is None or previous.until > now):
        until = previous.until  # still the next scheduled change known: no query
    else:
        until = _next_scheduled_change()  # the first generation, or the scheduled time has come
    if at is not None and at.timestamp() > now:
        until = min(until or math.inf, at.timestamp())
    # Strictly later than the previous one, so If-Modified-Since never matches across a change.
    since = max(math.ceil(now), (previous.since + 1) if previous else 0)
    return Generation(id=uuid.uuid4().hex, since=since, until=until)


def invalidate(at: datetime.datetime | None = None, **kwargs) -> None:
    """Start a new generation: every cached page is stale from now on (also a signal receiver).

    Now, so that the next request in this process sees the change, and again once the transaction
    commits, so that no reader who rendered the old data before the commit stores it as current.
    `at`: the time of a go-live or expiry the change scheduled (the generation ends then).
    """
    _bump(at)
    transaction.on_commit(lambda: _bump(at))


def _bump(at: datetime.datetime | None = None) -> None:
    cache = _cache()
    try:
        previous = cache.get(GENERATION_KEY)
        cache.set(GENERATION_KEY, _new_generation(previous, at), None)
    except Exception:
        # The cache is unreachable: nothing can be served from it either. Entries written before it
        # failed are still under the old generation when it returns, so say so loudly.
        logger.exception("page cache: could not start a new generation")


def _current_generation(cache, found: Generation | None) -> Generation:
    if found is not None and (found.until is None or time.time() < found.until):
        return found
    generation = _new_generation(found)
    if found is None:
        cache.add(GENERATION_KEY, generation, None)  # another process may have started one meanwhile
        return cache.get(GENERATION_KEY) or generation
    cache.set(GENERATION_KEY, generation, None)
    return generation


def fragment(name: str, render) -> str:
    """`render()`'s HTML, kept in the cache under the current generation: a part of a page that costs
    queries to build (an article's related stories) is rebuilt only after a change readers would see.
    One cache round trip (`get_many` of the generation and the fragment), like a cached page. With a
    cache that remembers nothing (DummyCache, the cold-path benchmarks) or one that is down, rendered
    every time; and with FRAGMENT_CACHE off (the default without Redis: a per-process cache would not hear
    of another process's publish). Independent of PAGE_CACHE_SECONDS: logged-in readers use it too."""
    cache = _cache()
    if not getattr(settings, "FRAGMENT_CACHE", False) or isinstance(cache, DummyCache):
        return render()
    key = FRAGMENT_KEY.format(hashlib.blake2b(name.encode(), digest_size=20).hexdigest())
    try:
        found = cache.get_many([GENERATION_KEY, key])
        if getattr(cache, "unavailable", False):  # cms.cache.ResilientRedisCache: Redis is down
            return render()
        generation = _current_generation(cache, found.get(GENERATION_KEY))
    except Exception:
        logger.warning("page cache unavailable: fragment rendered uncached", exc_info=True)
        return render()
    entry = found.get(key)
    if entry is not None and entry[0] == generation.id:
        return mark_safe(entry[1])
    html = render()
    timeout = FRAGMENT_SECONDS if generation.until is None else min(FRAGMENT_SECONDS, generation.until - time.time())
    if timeout >= 1:
        try:
            cache.set(key, (generation.id, str(html)), int(timeout))
        except Exception:
            logger.warning("page cache unavailable: fragment not stored", exc_info=True)
    return html


def _language(request) -> str:
    """The language the response is in: the URL's prefix, else what LocaleMiddleware will pick."""
    prefix = request.path_info.split("/", 2)[1]
    if prefix in languages.BY_CODE:
        return prefix
    return translation.get_language_from_request(request)


def _key(request) -> str | None:
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: Django answers 400 further down
        return None
    gzip = bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    url = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.blake2b(f"{url}\n{gzip}\n{_language(request)}".encode(), digest_size=20).hexdigest()
    return ENTRY_KEY.format(digest)


def _reader_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _storable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    # The key is there once a CSRF token was used or made in this request (CsrfViewMiddleware resets it).
    if response.cookies or "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in UNCACHEABLE_CONTROL):
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    if not vary <= VARY_COVERED:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _reader_headers(response, generation: Generation) -> None:
    """What browsers and a CDN may do with it: revalidate (ETag, Last-Modified) after the given ages."""
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
    if settings.PAGE_CACHE_CDN_SECONDS:
        patch_cache_control(response, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
    if not settings.PAGE_CACHE_BROWSER_SECONDS:
        patch_cache_control(response, must_revalidate=True)
    response.headers.setdefault("Last-Modified", http_date(generation.since))


def _from_entry(request, entry: Entry, generation: Generation):
    response = HttpResponse(entry.content)
    for name, value in entry.headers:
        response.headers[name] = value
    response.headers["Last-Modified"] = http_date(generation.since)
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=generation.since, response=response
    )


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages (placed above GZipMiddleware: stores them compressed)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _reader_request(request):
            return self.get_response(request)
        key = _key(request)
        if key is None:
            return self.get_response(request)
        cache = _cache()
        try:
            found = cache.get_many([GENERATION_KEY, key])
            if getattr(cache, "unavailable", False):  # cms.cache.ResilientRedisCache: Redis is down
                return self.get_response(request)
            generation = _current_generation(cache, found.get(GENERATION_KEY))
        except Exception:
            logger.warning("page cache unavailable: serving uncached", exc_info=True)
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry.generation == generation.id:
            return _from_entry(request, entry, generation)

        # One reader renders a missing page; readers asking for it meanwhile wait for it (a sitemap after
        # a publish would otherwise be rebuilt by every worker at once).
        lock = f"{key}:rendering"
        if not _claim(cache, lock):
            entry = _wait_for(cache, key, lock, generation)
            if entry is not None:
                return _from_entry(request, entry, generation)
            return self._render(request, cache, key, generation, seconds)
        try:
            return self._render(request, cache, key, generation, seconds)
        finally:
            try:
                cache.delete(lock)
            except Exception:
                logger.warning("page cache unavailable: render lock left to expire", exc_info=True)

    def _render(self, request, cache, key: str, generation: Generation, seconds: int):
        response = self.get_response(request)
        if not _storable(request, response):
            return response
        _reader_headers(response, generation)
        timeout = seconds if generation.until is None else min(seconds, generation.until - time.time())
        if timeout >= 1:
            headers = tuple((name, value) for name, value in response.items() if name.lower() != "last-modified")
            try:
                cache.set(key, Entry(generation.id, response.content, headers), int(timeout))
            except Exception:
                logger.warning("page cache unavailable: page not stored", exc_info=True)
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=generation.since, response=response
        )


def _claim(cache, lock: str) -> bool:
    try:
        return cache.add(lock, 1, LOCK_SECONDS)
    except Exception:
        return True  # no cache to coordinate through: render


def _wait_for(cache, key: str, lock: str, generation: Generation) -> Entry | None:
    """The page another reader is rendering, once stored; None when it ends without storing one (a
    reply that may not be cached, an error) or takes longer than PAGE_CACHE_WAIT_SECONDS."""
    deadline = time.monotonic() + settings.PAGE_CACHE_WAIT_SECONDS
    pause = 0.01
    while time.monotonic() < deadline:
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
        try:
            found = cache.get_many([key, lock])
        except Exception:
            return None
        entry = found.get(key)
        if entry is not None and entry.generation == generation.id:
            return entry
        if lock not in found:
            return None
    return None


def connect() -> None:
    """Every event that changes what readers see starts a new generation (from HomeConfig.ready)."""
    page_published.connect(_published, dispatch_uid="home.page_cache.published")
    bulk_published.connect(invalidate, dispatch_uid="home.page_cache.bulk_published")  # an archive import's batch
    articles_indexed.connect(invalidate, dispatch_uid="home.page_cache.articles_indexed")  # searchable since
    for signal in (page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"home.page_cache.{signal!r}")
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="home.page_cache.revision")
    for model in get_page_models():
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"home.page_cache.deleted.{model._meta.label}")
    models = (
        PageViewRestriction,
        ArticleCorrection,
        Topic,
        Journalist,
        Region,
        Community,
        Menu,
        MenuItem,
        get_image_model(),
        get_document_model(),
        PrintPage,
        EditionText,
        SearchPromotion,
        Site,
        Locale,
    )
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=model, dispatch_uid=f"home.page_cache.{signal!r}.{model._meta.label}")


def _published(instance: Page, **kwargs) -> None:
    invalidate(at=instance.expire_at)  # the generation ends when the page expires


def _revision_saved(instance: Revision, **kwargs) -> None:
    """A revision scheduled to go live: the generation must end at its time."""
    if instance.approved_go_live_at is not None:
        invalidate(at=instance.approved_go_live_at)
