"""A journalist's public profile lists their live articles across outlets and languages, in the reader's script."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests import factories
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter():
    return factories.JournalistFactory(
        name="Ким Ен Ун", name_cyrillic="Ким Ен Ун", name_latin="Kim Yen Un", name_hangul="김영운", slug="kim-yen-un"
    )


def byline(page, journalist, role="author"):
    return factories.ArticleBylineFactory(page=page, journalist=journalist, role=role)


def test_profile_lists_live_articles_from_every_outlet(client, reporter, article_a, article_b, outlet_a):
    byline(article_a, reporter)
    byline(article_b, reporter, role="photographer")
    draft = factories.ArticlePageFactory(parent=outlet_a, title="Жарияланбаған жоба", live=False)
    byline(draft, reporter)
    other = factories.ArticlePageFactory(parent=outlet_a, title="Басқа автордың мақаласы")
    response = client.get("/kk/journalists/kim-yen-un/")
    assert response.status_code == 200
    html = response.content.decode()
    assert article_a.title in html and article_b.title in html
    assert draft.title not in html and other.title not in html
    assert "Коре ильбо" in html and "Уйғур авази" in html


def test_one_entry_per_story_in_the_readers_language(client, reporter, article_a):
    byline(article_a, reporter)
    russian = in_locale(article_a, "ru", title="В Алматы открылся сезон Корейского театра")
    response = client.get("/ru/journalists/kim-yen-un/")
    html = response.content.decode()
    assert russian.title in html
    assert article_a.title not in html
    assert 'lang="kk"' in html  # "also in Kazakh"
    kazakh = client.get("/kk/journalists/kim-yen-un/").content.decode()
    assert article_a.title in kazakh and russian.title not in kazakh


def test_name_is_shown_in_the_readers_script(client, reporter, article_a):
    byline(article_a, reporter)
    assert "김영운" in client.get("/ko/journalists/kim-yen-un/").content.decode()
    assert "Kim Yen Un" in client.get("/de/journalists/kim-yen-un/").content.decode()
    assert "Ким Ен Ун" in client.get("/ru/journalists/kim-yen-un/").content.decode()


def test_article_bylines_link_to_the_profile(client, reporter, article_a):
    byline(article_a, reporter)
    html = client.get(article_a.url).content.decode()
    assert 'href="/kk/journalists/kim-yen-un/"' in html


def test_unknown_journalist_is_404(client, home):
    assert client.get("/kk/journalists/nobody/").status_code == 404


def test_profile_queries_do_not_grow_with_articles(client, reporter, outlet_a, outlet_b):
    def add(count):
        for number in range(count):
            page = factories.ArticlePageFactory(parent=outlet_a if number % 2 else outlet_b)
            page.hero_image = factories.PressImageFactory()
            page.save()
            byline(page, reporter)
            byline(page, factories.JournalistFactory(), role="photographer")

    add(2)
    client.get("/kk/journalists/kim-yen-un/")
    with CaptureQueriesContext(connection) as few:
        client.get("/kk/journalists/kim-yen-un/")
    add(8)
    client.get("/kk/journalists/kim-yen-un/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/kk/journalists/kim-yen-un/")
    assert response.content.decode().count('class="card"') == 10
    assert len(many) == len(few)


def test_an_outlet_is_named_once_in_the_readers_language(client, reporter, outlet_a):
    # A Korean story with no Kazakh version is listed in Korean on the Kazakh profile; the outlet it
    # belongs to is still named once, in Kazakh (was: "Коре ильбо, 고려일보").
    korean_section = in_locale(outlet_a, "ko", title="고려일보")
    korean = factories.ArticlePageFactory(parent=korean_section, title="고려극장 새 시즌 개막")
    kazakh = factories.ArticlePageFactory(parent=outlet_a, title="Алматыда Корей театрының маусымы ашылды")
    byline(korean, reporter)
    byline(kazakh, reporter)
    html = client.get("/kk/journalists/kim-yen-un/").content.decode()
    assert korean.title in html and kazakh.title in html
    writes_for = html.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert writes_for.count("<a ") == 1 and "Коре ильбо" in writes_for and "고려일보" not in writes_for
    korean_reader = client.get("/ko/journalists/kim-yen-un/").content.decode()
    writes_for = korean_reader.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert writes_for.count("<a ") == 1 and "고려일보" in writes_for
