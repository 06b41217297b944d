"""Navigation every reader page has: header, search box, language picker, menus, breadcrumbs, footer."""

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home.menus import Menu, MenuItem
from tests import factories
from tests.helpers import in_locale


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def nav_links(html: str, css_class: str) -> list[tuple[str, str]]:
    block = html[html.index(f'class="{css_class}"') :].split("</ul>")[0]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', block)


def picker_row(html: str, code: str) -> str:
    picker = html[html.index('class="language-picker__list"') :].split("</ul>")[0]
    return next(row for row in picker.split("<li>") if f'hreflang="{code}"' in row)


def test_every_page_has_the_search_box_the_picker_and_a_skip_link(client, article):
    html = client.get(article.url).content.decode()
    assert 'action="/kk/search/"' in html and 'name="q"' in html
    assert 'class="language-picker"' in html
    assert '<a class="skip-link" href="#main">' in html and 'id="main"' in html


def test_picker_groups_script_variants_with_their_language(client, article):
    latin = in_locale(article, "kk-latn", title="Dostyq üiinde mereke")
    html = client.get(article.url).content.decode()
    kazakh_row = picker_row(html, "kk")
    assert "Qazaqşa" in kazakh_row  # Қазақша · Qazaqşa on one row
    assert f"next={latin.url.replace('/', '%2F')}" in kazakh_row
    uyghur_row = picker_row(html, "ug")
    assert "ئۇيغۇرچە" in uyghur_row


def test_picker_links_to_the_language_front_page_when_the_page_is_not_translated(client, article):
    html = client.get(article.url).content.decode()
    assert "next=%2Fko%2F" in picker_row(html, "ko")


def test_without_menus_the_navigation_comes_from_the_home_sections(client, home, outlet_index, article):
    factories.StandardPageFactory(parent=home, title="Біз туралы", slug="about")
    html = client.get(article.url).content.decode()
    primary = nav_links(html, "primary-nav__list")
    assert (outlet_index.url, outlet_index.title) in primary
    assert ("/kk/topics/", "Topics") in primary or any(url == "/kk/topics/" for url, _ in primary)
    assert any(url == "/kk/editions/" for url, _ in primary)
    assert ("/kk/about/", "Біз туралы") in primary
    footer = nav_links(html, "site-footer__links")
    assert ("/kk/about/", "Біз туралы") in footer
    assert any(url == "/kk/feed/" for url, _ in footer)


def test_network_editors_menu_shows_each_page_in_the_readers_language(client, home, outlet_index, article):
    menu = Menu.objects.create(slot=Menu.Slot.PRIMARY, locale=home.locale)
    MenuItem.objects.create(menu=menu, link_page=outlet_index, sort_order=0)
    MenuItem.objects.create(menu=menu, link_path="/topics/", label="Тақырыптар", sort_order=1)
    russian_index = in_locale(outlet_index, "ru", title="Издания")
    russian_article = in_locale(article, "ru", title="Праздник в Доме дружбы")

    kazakh = nav_links(client.get(article.url).content.decode(), "primary-nav__list")
    assert kazakh == [(outlet_index.url, outlet_index.title), ("/kk/topics/", "Тақырыптар")]
    # No Russian menu yet: the Kazakh one, with the Russian page under its Russian title.
    russian = nav_links(client.get(russian_article.url).content.decode(), "primary-nav__list")
    assert russian[0] == (russian_index.url, "Издания")
    assert russian[1] == ("/ru/topics/", "Тақырыптар")


def test_a_translated_menu_replaces_the_default_one_in_its_language(client, home, outlet_index, article):
    menu = Menu.objects.create(slot=Menu.Slot.PRIMARY, locale=home.locale)
    MenuItem.objects.create(menu=menu, link_path="/topics/", label="Тақырыптар", sort_order=0)
    russian_article = in_locale(article, "ru", title="Праздник в Доме дружбы")
    russian_menu = menu.copy_for_translation(factories.locale("ru"))
    russian_menu.save()
    item = russian_menu.items.get()
    item.label = "Темы"
    item.save()
    assert nav_links(client.get(russian_article.url).content.decode(), "primary-nav__list") == [("/ru/topics/", "Темы")]


def test_unpublished_pages_drop_out_of_the_menu(client, home, outlet_index, article):
    menu = Menu.objects.create(slot=Menu.Slot.PRIMARY, locale=home.locale)
    hidden = factories.StandardPageFactory(parent=home, title="Жасырын бет", slug="hidden")
    MenuItem.objects.create(menu=menu, link_page=hidden, sort_order=0)
    assert "Жасырын бет" in client.get(article.url).content.decode()
    hidden.unpublish()
    assert "Жасырын бет" not in client.get(article.url).content.decode()


def test_menus_cost_no_query_once_built_and_an_edit_shows_at_once(client, home, outlet_index, article):
    menu = Menu.objects.create(slot=Menu.Slot.PRIMARY, locale=home.locale)
    for number in range(10):
        MenuItem.objects.create(menu=menu, link_page=outlet_index, label=f"Бөлім {number}", sort_order=number)
    client.get(article.url)
    with CaptureQueriesContext(connection) as context:
        client.get(article.url)
    assert not any("home_menu" in query["sql"] for query in context.captured_queries)
    MenuItem.objects.create(menu=menu, link_path="/feed/", label="Жаңа бөлім", sort_order=20)
    assert "Жаңа бөлім" in client.get(article.url).content.decode()


def test_menu_item_needs_a_page_or_a_path_with_a_label(home):
    from django.core.exceptions import ValidationError

    menu = Menu.objects.create(slot=Menu.Slot.FOOTER, locale=home.locale)
    for item in (
        MenuItem(menu=menu),
        MenuItem(menu=menu, link_path="topics/", label="Тақырыптар"),
        MenuItem(menu=menu, link_path="//evil.example/", label="x"),
        MenuItem(menu=menu, link_path="/topics/"),
    ):
        with pytest.raises(ValidationError):
            item.clean()


def test_article_has_breadcrumbs_from_the_front_page(client, home, outlet_index, outlet, article):
    html = client.get(article.url).content.decode()
    crumbs = html[html.index('class="breadcrumbs"') :].split("</nav>")[0]
    assert re.findall(r'href="([^"]+)"', crumbs) == [home.url, outlet_index.url, outlet.url]


def test_chosen_language_is_remembered_for_the_root(client, article):
    latin = in_locale(article, "kk-latn", title="Dostyq üiinde mereke")
    response = client.get(f"/language/kk-latn/?next={latin.url}")
    assert response.status_code == 302 and response["Location"] == latin.url
    assert response.cookies["django_language"].value == "kk-latn"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru")["Location"] == "/kk-latn/"


def test_language_switch_refuses_other_hosts_and_unknown_languages(client, home):
    response = client.get("/language/ru/?next=https://evil.example/")
    assert response["Location"] == "/ru/"
    assert client.get("/language/xx/?next=/kk/").status_code == 404
