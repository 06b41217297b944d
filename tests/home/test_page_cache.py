"""The page cache: anonymous readers get stored pages, and the next reader sees every change at once.

Each event test first reads every surface that shows the article (so each is cached), makes the change
the way editors or the scheduler make it, then reads them all again as a new reader. What is stored and
what is not, Redis, the CDN and concurrent readers: test_page_cache_storage.py.
"""

import datetime
import gzip
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction, Revision, Site

import pytest

from home.menus import Menu, MenuItem
from home.page_cache import GENERATION_KEY
from newsroom.models import ArticleCorrection, ArticlePage
from tests import factories
from tests.helpers import article_form, in_locale, login, make_user
from tests.home.page_cache_reads import WORD, queries_of, queries_of_head, read, read_all, surfaces

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_second_anonymous_reader_is_served_from_the_cache_without_a_query(client, story, django_assert_num_queries):
    first = client.get(story.url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(story.url)
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert second["ETag"] and second["Last-Modified"]


def test_conditional_get_answers_not_modified_until_the_page_changes(client, story):
    first = client.get(story.url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get(story.url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(story.url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304

    story.title = "Жаңа тақырып"
    story.save_revision().publish()
    changed = client.get(story.url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Жаңа тақырып" in changed.content.decode()
    assert client.get(story.url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 200


def test_query_string_host_and_compression_are_part_of_the_key(client, story):
    assert story.title in read(client, "/kk/search/?q=" + quote(WORD))
    assert story.title not in read(client, "/kk/search/?q=" + quote("Шымкент"))

    read(client, story.url)
    ArticlePage.objects.filter(pk=story.pk).update(title="Басқа тақырып")  # no signal: the cache is stale now
    assert "Басқа тақырып" not in read(client, story.url)
    assert "Басқа тақырып" in read(client, story.url, HTTP_HOST="localhost")
    gzipped = client.get(story.url, HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzipped.content).decode().count("Басқа тақырып")


def test_every_surface_shows_a_new_title_at_once(client, story, topic, journalist):
    urls = surfaces(story, topic, journalist)
    before = read_all(client, urls)
    assert all(story.title in html for html in before.values()), [u for u, h in before.items() if story.title not in h]

    story.title = f"{WORD}: жаңа тақырып"
    story.save_revision().publish()

    for url, html in read_all(client, urls).items():
        assert f"{WORD}: жаңа тақырып" in html, url
    assert story.url in read(client, "/sitemap.xml")


def test_a_new_article_appears_everywhere_at_once(client, story, topic, journalist, outlet):
    urls = surfaces(story, topic, journalist)
    read_all(client, urls)
    sitemap = read(client, "/sitemap.xml")
    news = read(client, "/sitemap-news.xml")

    fresh = factories.ArticlePageFactory(
        parent=outlet, title=f"{WORD} көктемі келді", slug="koktem", live=False, published_at=timezone.now()
    )
    factories.ArticleTopicFactory(page=fresh, topic=topic)
    factories.ArticleBylineFactory(page=fresh, journalist=journalist)
    fresh.save_revision().publish()
    fresh.refresh_from_db()

    for url, html in read_all(client, [fresh.url, *urls[1:]]).items():
        assert fresh.title in html, url
    assert fresh.url not in sitemap and fresh.url in read(client, "/sitemap.xml")
    assert fresh.url not in news and fresh.url in read(client, "/sitemap-news.xml")


def test_unpublished_article_disappears_everywhere_at_once(client, story, topic, journalist):
    urls = surfaces(story, topic, journalist)
    read_all(client, urls)
    read(client, "/sitemap.xml")

    story.unpublish()

    assert client.get(story.url).status_code == 404
    for url, html in read_all(client, urls[1:]).items():
        assert story.title not in html, url
    assert story.url not in read(client, "/sitemap.xml")


def test_deleted_article_disappears_everywhere_at_once(client, story, topic, journalist):
    urls = surfaces(story, topic, journalist)
    read_all(client, urls)
    read(client, "/sitemap.xml")
    url = story.url

    story.delete()

    assert client.get(url).status_code == 404
    for page_url, html in read_all(client, urls[1:]).items():
        assert story.title not in html, page_url
    assert url not in read(client, "/sitemap.xml")


def test_moved_article_is_at_its_new_address_at_once(client, story, outlet_index):
    other = factories.OutletPageFactory(parent=outlet_index, title="Достық үні", slug="dostyq-uni")
    old_url = story.url
    read_all(client, [old_url, other.url, "/sitemap.xml"])

    story.move(other, pos="last-child")
    story.refresh_from_db()

    moved = client.get(old_url)  # Wagtail leaves a redirect behind
    assert (moved.status_code, moved["Location"]) == (301, story.url)
    assert story.title in read(client, story.url)
    assert story.title in read(client, other.url)
    sitemap = read(client, "/sitemap.xml")
    assert story.url in sitemap and old_url not in sitemap


def test_a_correction_shows_at_once(client, story):
    read(client, story.url)

    ArticleCorrection.objects.create(page=story, text="Мерекенің күні түзетілді.", locale=story.locale)

    assert "Мерекенің күні түзетілді." in read(client, story.url)


def test_scheduled_go_live_shows_when_publish_scheduled_runs(client, story, outlet):
    later = factories.ArticlePageFactory(parent=outlet, title=f"{WORD} кеші", slug="keshi", live=False)
    later.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = later.save_revision()
    revision.publish()
    later.refresh_from_db()
    assert not later.live
    html = read(client, outlet.url)
    assert later.title not in html

    past = timezone.now() - datetime.timedelta(seconds=1)  # the hour has passed
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    Revision.objects.filter(pk=revision.pk).update(content=revision.content, approved_go_live_at=past)
    call_command("publish_scheduled")

    assert later.title in read(client, outlet.url)
    assert later.title in read(client, "/kk/feed/")


def test_no_page_is_kept_past_a_scheduled_expiry(client, story, monkeypatch):
    story.expire_at = timezone.now() + datetime.timedelta(hours=1)
    story.save_revision().publish()
    read(client, story.url)
    assert queries_of(client, story.url) == 0

    later = timezone.now().timestamp() + 3601
    monkeypatch.setattr("home.page_cache.time.time", lambda: later)
    # Past the expiry the stored page is not served: the page is rendered again (and publish_scheduled,
    # or serve-time expiry, decides what the reader gets).
    assert queries_of(client, story.url) > 0


def test_translation_published_shows_at_once_in_its_language(client, story, home):
    ru_home = in_locale(home, "ru")
    read(client, ru_home.url)

    translated = in_locale(story, "ru", title="Наурыз праздник в Алматы")

    assert translated.title in read(client, translated.url)
    assert translated.title in read(client, "/ru/feed/")


def test_republished_base_page_updates_its_script_variant_at_once(client, story, outlet):
    in_locale(outlet, "kk-latn")
    story.save_revision().publish()
    latin = ArticlePage.objects.get(translation_key=story.translation_key, locale__language_code="kk-latn")
    assert "Nauryz" in read(client, latin.url)

    story.title = "Достық үйінде наурыз мерекесі"
    story.save_revision().publish()

    assert "Dostyq üiınde nauryz merekesı" in read(client, latin.url)


@pytest.mark.parametrize("field", ["topic", "journalist"])
def test_renamed_snippet_shows_at_once_on_the_article_and_its_own_page(client, story, topic, journalist, field):
    own_page = {"topic": f"/kk/topics/{topic.slug}/", "journalist": f"/kk/journalists/{journalist.slug}/"}[field]
    read_all(client, [story.url, own_page])
    snippet = {"topic": topic, "journalist": journalist}[field]
    snippet.name = "Жаңа атау"
    snippet.save()
    for url, html in read_all(client, [story.url, own_page]).items():
        assert "Жаңа атау" in html, url


def test_readers_with_other_language_preferences_get_the_same_page_and_no_ones_offer(client, story):
    """The "read in your language" offer is picked in the browser (static/js/reader.js): the page is the
    same for a reader whose language cookie says Russian as for one with none, so one entry serves both."""
    in_locale(story, "ru", title="Наурыз в Алматы")
    plain = client.get(story.url)
    russian = client.__class__()
    russian.cookies["django_language"] = "ru"
    preferring = russian.get(story.url, HTTP_ACCEPT_LANGUAGE="ru")
    assert preferring.content == plain.content
    assert 'id="language-offer" hidden' in plain.content.decode()


def test_head_is_answered_from_the_stored_page(client, story):
    read(client, story.url)
    assert queries_of_head(client, story.url) == 0


def test_renamed_region_shows_at_once_on_its_articles(client, story):
    region = factories.RegionFactory(name="Алматы облысы")
    story.region = region
    story.save_revision().publish()
    assert "Алматы облысы" in read(client, story.url)

    region.name = "Жетісу облысы"
    region.save()

    assert "Жетісу облысы" in read(client, story.url)


def test_community_edit_starts_a_new_generation(client, story):
    community = factories.CommunityFactory()
    read(client, story.url)
    generation = cache.get(GENERATION_KEY)
    community.save()
    assert cache.get(GENERATION_KEY) != generation


def test_menu_edit_shows_at_once_on_every_page(client, story, home):
    read_all(client, [story.url, "/kk/"])
    menu = Menu.objects.create(slot=Menu.Slot.values[0], locale=Locale.objects.get(language_code="kk"))
    MenuItem.objects.create(menu=menu, link_path="/topics/", label="Тақырыптар тізімі", locale=menu.locale)

    for url, html in read_all(client, [story.url, "/kk/"]).items():
        assert "Тақырыптар тізімі" in html, url


def test_site_edit_invalidates(client, story):
    read(client, story.url)
    generation = cache.get(GENERATION_KEY)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Этникалық баспасөз желісі"
    site.save()
    assert cache.get(GENERATION_KEY) != generation


def test_private_page_is_never_cached_and_leaves_listings_at_once(client, story, outlet):
    read_all(client, [story.url, outlet.url])

    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.PASSWORD, password="x1")

    form = client.get(story.url)
    assert "no-cache" in form["Cache-Control"] and story.lead not in form.content.decode()
    assert story.title not in read(client, outlet.url)

    reader = client.__class__()
    restriction = PageViewRestriction.objects.get(page=story)
    reader.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk]),
        {"password": "x1", "return_url": story.url},
    )
    assert story.title in reader.get(story.url).content.decode()
    assert "no-cache" in client.get(story.url)["Cache-Control"]  # the reader's page was not stored


def test_logged_in_users_are_neither_served_nor_stored(client, story, django_assert_max_num_queries):
    editor = login(make_user("editor-reader"))
    read(editor, story.url)  # not stored
    ArticlePage.objects.filter(pk=story.pk).update(title="Без сигнала")  # no signal: a stale cache would show
    assert "Без сигнала" in read(client, story.url)  # rendered now, so nothing of the editor's was stored
    ArticlePage.objects.filter(pk=story.pk).update(title="Тағы да")
    assert "Без сигнала" in read(client, story.url)  # the anonymous page is cached
    assert "Тағы да" in read(editor, story.url)  # never served from the cache


def test_drafts_and_previews_never_reach_readers(client, story):
    read(client, story.url)
    story.title = "Жоба тақырыбы"
    story.save_revision()  # a draft
    chief = login(get_user_model().objects.create_superuser("chief", "chief@example.kz", "x"))

    assert "Жоба тақырыбы" in chief.get(f"/admin/pages/{story.pk}/view_draft/").content.decode()
    preview = f"/admin/pages/{story.pk}/edit/preview/"
    assert chief.post(preview, article_form(story, title="Алдын ала қарау")).json()["is_valid"]
    assert "Алдын ала қарау" in chief.get(preview).content.decode()
    for title in ("Жоба тақырыбы", "Алдын ала қарау"):
        assert title not in read(client, story.url)
