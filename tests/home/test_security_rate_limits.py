"""Abuse limits: the admin login locks a username out after repeated wrong passwords (django-axes),
and page passwords, password resets and search answer 429 past their per-client limit; the search
log keeps a bounded number of distinct queries a day."""

from types import SimpleNamespace

from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction

import pytest

from cms import ratelimit
from search.models import QueryStat
from tests import factories
from tests.helpers import make_user

pytestmark = pytest.mark.django_db

LIMITS = {
    "wagtailcore_authenticate_with_password": (3, 600),
    "wagtailadmin_password_reset": (2, 3600),
    "search": (5, 60),
    "search_api": (5, 60),
    "search_suggest": (5, 60),
}


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _inside_one_window(monkeypatch):
    """The limits count in fixed windows of the clock (cms/ratelimit.py): requests of a test that straddled a
    window's end (every minute's, for search) started a new count, and the request that should have been
    refused was let through (seen once, at load ~10). The limiter's clock stays 30 s into every window."""
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_030.0))


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_admin_login_locks_out_after_five_wrong_passwords_even_the_right_one(db):
    make_user("reporter")  # password "x"
    client = Client()
    for _attempt in range(5):
        wrong = client.post(reverse("wagtailadmin_login"), {"username": "reporter", "password": "wrong"})
        assert wrong.status_code in (200, 429)
    right = client.post(reverse("wagtailadmin_login"), {"username": "reporter", "password": "x"})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    # Nobody is logged in: the admin's login speaks the browser's admin language, else Russian
    # (languages/admin_language.py); this client sends no Accept-Language.
    with translation.override("ru"):
        assert translation.gettext("Too many attempts") in right.content.decode()


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_admin_login_works_after_a_few_mistakes(db):
    make_user("reporter")
    client = Client()
    for _attempt in range(3):
        client.post(reverse("wagtailadmin_login"), {"username": "reporter", "password": "wrong"})
    assert client.post(reverse("wagtailadmin_login"), {"username": "reporter", "password": "x"}).status_code == 302


@override_settings(RATE_LIMITS=LIMITS)
def test_page_password_form_is_rate_limited(client, outlet):
    story = factories.ArticlePageFactory(parent=outlet, title="Жабық мақала")
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="password", password="sesame")
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk])
    answers = [client.post(url, {"password": f"guess{n}", "return_url": story.url}).status_code for n in range(4)]
    assert answers[:3] == [200, 200, 200]
    assert answers[3] == 429
    locked = client.post(url, {"password": "sesame", "return_url": story.url})
    assert locked.status_code == 429 and locked["Retry-After"]


@override_settings(RATE_LIMITS=LIMITS)
def test_password_reset_is_rate_limited(client, db):
    url = reverse("wagtailadmin_password_reset")
    answers = [client.post(url, {"email": "someone@example.kz"}).status_code for _n in range(3)]
    assert answers == [302, 302, 429]


@override_settings(RATE_LIMITS=LIMITS)
def test_search_is_rate_limited_per_client(home):
    reader, other = Client(), Client(REMOTE_ADDR="10.0.0.9")
    answers = [reader.get("/api/search/", {"q": f"газет {n}", "lang": "kk"}).status_code for n in range(6)]
    assert answers == [200] * 5 + [429]
    assert "error" in reader.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    assert other.get("/api/search/", {"q": "газет", "lang": "kk"}).status_code == 200
    page = [reader.get("/kk/search/", {"q": "газет"}).status_code for _n in range(6)]
    assert page[-1] == 429


@override_settings(RATE_LIMITS=LIMITS)
def test_search_suggestions_are_rate_limited_per_client(home):
    reader, other = Client(), Client(REMOTE_ADDR="10.0.0.9")
    answers = [reader.get("/api/search/suggest/", {"q": "газ", "lang": "kk"}).status_code for _n in range(6)]
    assert answers == [200] * 5 + [429]
    assert other.get("/api/search/suggest/", {"q": "газ", "lang": "kk"}).status_code == 200


@override_settings(SEARCH_LOG_MAX_QUERIES_PER_DAY=3)
def test_search_log_keeps_a_bounded_number_of_distinct_queries(client, home):
    for n in range(6):
        client.get("/api/search/", {"q": f"сұрау{n}", "lang": "kk"})
    client.get("/api/search/", {"q": "сұрау0", "lang": "kk"})
    today = QueryStat.objects.filter(language="kk", date=timezone.localdate())
    assert today.count() == 3
    assert today.get(query__query_string="сұрау0").hits == 2
