"""Reader pages are found in two queries (home/routing.py) and route exactly as Wagtail does."""

from django.db import connection
from django.http.request import split_domain_port
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

import pytest

from home import memo, page_urls, routing
from languages.localize import translate_page
from tests import factories


def queries_for(client, url: str) -> int:
    client.get(url)  # the first request builds renditions and what routing remembers
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)


def test_article_outlet_and_home_are_served_by_path_in_every_locale(client, network):
    for code in ("kk", "ru", "ug-arab"):
        for name in ("home", "outlet_index", "outlet", "article"):
            page = network[code][name]
            response = client.get(page.url)
            assert response.status_code == 200, (code, name)
            assert page.title in response.content.decode()


def test_missing_and_unpublished_pages_are_404(client, outlet, article):
    assert client.get(f"{outlet.url}no-such-story/").status_code == 404
    assert client.get(f"{article.url}deeper/").status_code == 404
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_an_outlets_own_routes_still_work(client, outlet, article):
    response = client.get(f"{outlet.url}feed/")
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_a_renamed_page_moves_to_its_new_address_on_publish(client, outlet, article):
    old_url = article.url
    assert client.get(old_url).status_code == 200
    article.slug = "new-address"
    article.save_revision().publish()
    article.refresh_from_db()
    assert client.get(article.url).status_code == 200
    assert client.get(old_url).status_code == 404


def test_a_private_section_stays_private_and_opens_when_the_restriction_goes(client, outlet, article):
    assert client.get(article.url).status_code == 200
    assert article.title in client.get(outlet.url).content.decode()
    restriction = PageViewRestriction.objects.create(page=outlet, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(article.url).status_code == 302  # to the login page
    index_html = client.get(outlet.get_parent().url).content.decode()
    assert outlet.title not in index_html
    restriction.delete()
    assert client.get(article.url).status_code == 200


def test_a_page_of_another_locale_is_not_reached_through_this_locales_prefix(client, network):
    ru_article = network["ru"]["article"]
    kk_article = network["kk"]["article"]
    assert ru_article.url != kk_article.url
    wrong = kk_article.url.replace("/kk/", "/ru/", 1)
    if wrong != ru_article.url:
        assert client.get(wrong).status_code == 404


def test_a_second_site_on_its_own_hostname_serves_its_own_home(client, home):
    other_home = factories.HomePageFactory(parent=home.get_parent(), title="Басқа сайт", slug="other")
    other_home.save_revision().publish()
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    response = client.get("/kk/", headers={"host": "other.example"})
    assert response.status_code == 200
    assert "Басқа сайт" in response.content.decode()
    assert home.title in client.get("/kk/").content.decode()


def test_article_costs_eight_queries_with_the_projects_cache(client, outlet_index):
    outlet = factories.OutletPageFactory(parent=outlet_index)
    image = factories.PressImageFactory()
    article = factories.ArticlePageFactory(parent=outlet, hero_image=image, region=factories.RegionFactory())
    for number in range(3):
        factories.ArticleBylineFactory(page=article, sort_order=number)
        factories.ArticleTopicFactory(page=article, sort_order=number)
        factories.ArticlePageFactory(parent=outlet, hero_image=image)
    translate_page(outlet_index.get_parent(), "ru")
    translate_page(outlet_index, "ru")
    translate_page(outlet, "ru")
    ru_article = translate_page(article, "ru")
    # The page's own queries after its first render (the related-stories block is then a kept fragment);
    # 14 were allowed before pagecpu3's cuts.
    assert queries_for(client, article.url) <= 8
    assert queries_for(client, ru_article.url) <= 8


def test_what_routing_remembers_is_renewed_when_another_process_invalidates(outlet):
    assert routing.restricted_paths() == ()
    # Another process adds a restriction (no signal reaches this one) and renews the generation.
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=outlet, restriction_type="login")])
    assert routing.restricted_paths() == ()  # still remembered here
    memo.invalidate()
    assert routing.restricted_paths() == (outlet.path,)


def test_with_a_cache_that_remembers_nothing_each_request_reads_restrictions_once(client, outlet, article):
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
        client.get(article.url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(article.url).status_code == 200
    restriction_reads = [q for q in context.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert len(restriction_reads) == 1


def test_without_a_shared_cache_a_restriction_added_elsewhere_holds_at_the_next_request(client, outlet, article):
    """With each worker's cache in its own memory (no Redis), no process keeps the private sections across
    requests: a restriction another worker adds (no signal, no shared generation) holds at once."""
    with override_settings(PUBLISHED_MEMO=False):
        assert client.get(article.url).status_code == 200
        PageViewRestriction.objects.bulk_create([PageViewRestriction(page=outlet, restriction_type="login")])
        response = client.get(article.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_front_pages_topics_follow_editors_topic_edits(client, home):
    topic = factories.TopicFactory(name="Мәдениет")
    assert "Мәдениет" in client.get(home.url).content.decode()
    topic.name = "Мәдениет және өнер"
    topic.save()
    factories.TopicFactory(name="Спорт")
    html = client.get(home.url).content.decode()
    assert "Мәдениет және өнер" in html and "Спорт" in html


def test_site_root_paths_are_wagtails_own_with_several_sites_and_languages(home):
    translate_page(home, "ru")
    other_home = factories.HomePageFactory(parent=home.get_parent(), title="Басқа сайт", slug="other")
    other_home.save_revision().publish()
    Site.objects.create(hostname="other.example", port=8080, root_page=other_home)
    Site.clear_site_root_paths_cache()
    ours = routing._read_site_root_paths()  # read from the database, then kept under Wagtail's key
    Site.clear_site_root_paths_cache()
    assert ours == Site.get_site_root_paths() and len(ours) == 3


def test_page_urls_are_the_ones_wagtails_reverse_gives(network, rf):
    request = rf.get("/")
    for code in ("kk", "ru", "ug-arab"):
        for name in ("home", "outlet_index", "outlet", "article"):
            page = network[code][name]
            assert page.get_url_parts() == page_urls._wagtail_get_url_parts(page)
            assert page.get_url_parts(request) == page_urls._wagtail_get_url_parts(page, request)
    article = network["kk"]["article"]
    article.url_path = article.url_path[:-1] + "-ақ/"  # a Unicode slug is quoted as reverse() quotes it
    assert article.get_url_parts() == page_urls._wagtail_get_url_parts(article)
    assert article.get_url_parts(request) == page_urls._wagtail_get_url_parts(article, request)
    with translation.override("ru"):  # the language's prefix kept on the request is the language's own
        ru_article = network["ru"]["article"]
        assert ru_article.get_url(request) == page_urls._wagtail_get_url_parts(ru_article, request)[2]


def test_a_new_translation_of_a_sites_home_is_in_the_remembered_site_root_paths(home):
    """Wagtail clears its site root paths when a site's home page is saved (a new draft translation too,
    no publish signal): what routing remembers is renewed with it."""
    from wagtail.models import Locale

    assert "ru" not in [path.language_code for path in routing._site_root_paths()]
    home.copy_for_translation(Locale.objects.get_or_create(language_code="ru")[0])
    assert "ru" in [path.language_code for path in routing._site_root_paths()]


@pytest.mark.parametrize("host", ["other.example", "other.example:8080", "localhost", "unknown.example", "testserver"])
def test_a_views_site_is_wagtails_own_and_read_without_a_query(home, rf, host):
    other_home = factories.HomePageFactory(parent=home.get_parent(), title="Басқа сайт", slug="other")
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    Site.objects.create(hostname="other.example", port=8080, root_page=other_home)
    routing.find_site(rf.get("/"))  # the site table, remembered for the request
    request = rf.get("/kk/search/", headers={"host": host})
    try:  # Wagtail's own answer, by its query
        expected = get_site_for_hostname(split_domain_port(request._get_raw_host())[0], request.get_port())
    except Site.DoesNotExist:
        expected = None
    with CaptureQueriesContext(connection) as queries:
        found = Site.find_for_request(request)
    assert len(queries) == 0
    assert found == expected
