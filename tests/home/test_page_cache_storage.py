"""The page cache: which replies are stored and which never are, Redis up and down, the CDN's purges, and
readers arriving while a page is being rendered."""

import os
import socket
import threading
import time

from django.core.cache import cache
from django.http import HttpResponse

import pytest
import redis

from cms.cache import RETRY_SECONDS, ResilientRedisCache
from home.page_cache import GENERATION_KEY, Generation, PageCacheMiddleware
from tests import factories
from tests.home.page_cache_reads import queries_of, read
from tests.home.page_cache_support import RecordingBackend

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def counting_views(settings):
    settings.ROOT_URLCONF = "tests.home.page_cache_support"


def test_a_reply_is_stored_once_and_served_to_the_next_reader(client, counting_views):
    assert client.get("/kk/counted/").content == client.get("/kk/counted/").content


@pytest.mark.parametrize("url", ["/kk/cookie/", "/kk/csrf/", "/kk/agent/"])
def test_replies_that_set_cookies_use_csrf_or_vary_otherwise_are_never_stored(client, counting_views, url):
    assert client.get(url).content != client.get(url).content


def test_readers_with_a_session_are_not_served_from_the_cache(client, counting_views):
    anonymous = client.get("/kk/counted/").content
    client.cookies["sessionid"] = "abc"
    assert client.get("/kk/counted/").content != anonymous


def test_post_and_excluded_paths_are_never_cached(client, story):
    assert client.post(story.url).status_code in (200, 405)
    for url in ("/healthz", "/api/v2/pages/"):
        client.get(url)
        assert queries_of(client, url) > 0, url


def test_page_cache_setting_zero_turns_it_off(client, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    read(client, story.url)
    assert queries_of(client, story.url) > 0
    assert "Cache-Control" not in client.get(story.url)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_pages_are_served_uncached_while_redis_is_down(client, story, settings):
    settings.CACHES = {
        "default": {"BACKEND": "cms.cache.ResilientRedisCache", "LOCATION": f"redis://127.0.0.1:{closed_port()}/0"}
    }
    for url in (story.url, story.get_parent().url, "/kk/", "/kk/feed/", "/sitemap.xml"):
        assert read(client, url)
    story.title = "Redis жоқ кезде жарияланды"
    story.save_revision().publish()
    assert story.title in read(client, story.url)


@pytest.fixture
def real_redis(settings):
    """Django's Redis cache on the local server (a database of its own); skipped without one outside CI."""
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"no Redis at {url} (set TEST_REDIS_URL)")
        pytest.skip(f"no Redis at {url}")
    settings.CACHES = {"default": {"BACKEND": "cms.cache.ResilientRedisCache", "LOCATION": url}}
    cache.clear()


def test_real_redis_serves_cached_pages_and_forgets_them_on_publish(client, story, real_redis):
    read(client, story.url)
    assert queries_of(client, story.url) == 0
    story.title = "Redis арқылы жаңартылды"
    story.save_revision().publish()
    assert story.title in read(client, story.url)
    assert queries_of(client, story.url) == 0


def test_a_configured_cdn_is_purged_of_every_address_that_shows_the_change(story, settings, outlet_index):
    settings.BASE_URL = "https://ethnicpress.kz"
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.home.page_cache_support.RecordingBackend"}}
    RecordingBackend.purged.clear()
    outlet = story.get_parent()

    story.save_revision().publish()

    site = "https://ethnicpress.kz"
    expected = {
        f"{site}{story.url}",
        f"{site}{outlet.url}",
        f"{site}{outlet.url}feed/",
        f"{site}{outlet_index.url}",
        f"{site}/kk/",
        f"{site}/kk/feed/",
        f"{site}/sitemap.xml",
        f"{site}/sitemap-news.xml",
    }
    assert expected <= set(RecordingBackend.purged)

    RecordingBackend.purged.clear()
    old_url = story.url
    other = factories.OutletPageFactory(parent=outlet_index, title="Достық үні", slug="dostyq-uni")
    story.move(other, pos="last-child")
    story.refresh_from_db()
    assert {f"{site}{old_url}", f"{site}{story.url}", f"{site}{other.url}"} <= set(RecordingBackend.purged)


def render_concurrently(rf, view, readers: int = 4) -> list[bytes]:
    """`readers` anonymous requests for one missing page at once, through the page cache alone."""
    cache.set(GENERATION_KEY, Generation(id="current", since=1, until=None), None)
    middleware = PageCacheMiddleware(view)
    replies: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: replies.append(middleware(rf.get("/kk/slow/")).content)) for _ in range(readers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return replies


def test_readers_of_a_page_being_rendered_wait_for_it_instead_of_rendering_it_again(rf):
    renders = []

    def slow_page(request):
        renders.append(request)
        time.sleep(0.3)
        return HttpResponse(b"page")

    assert render_concurrently(rf, slow_page) == [b"page"] * 4
    assert len(renders) == 1


def test_readers_waiting_for_a_reply_that_may_not_be_stored_render_their_own(rf):
    renders = []

    def slow_private_reply(request):
        renders.append(request)
        time.sleep(0.2)
        response = HttpResponse(b"own")
        response.set_cookie("seen", "1")
        return response

    assert render_concurrently(rf, slow_private_reply) == [b"own"] * 4
    assert len(renders) == 4


def test_the_redis_backend_tries_again_a_few_seconds_after_a_failure(monkeypatch):
    backend = ResilientRedisCache(f"redis://127.0.0.1:{closed_port()}/0", {})
    assert backend.get("anything", "default") == "default"
    assert backend.unavailable
    now = time.monotonic()
    monkeypatch.setattr("cms.cache.time.monotonic", lambda: now + RETRY_SECONDS + 1)
    assert not backend.unavailable  # the next call goes to Redis again
