"""Privacy follows a page to its script variants, translations and aliases, and so to every surface that
lists pages (search, the search API, the pages API, the journalist profile, listings, feeds, sitemaps)."""

from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import in_locale, login, make_user

from .conftest import body

pytestmark = pytest.mark.django_db

SECRET_WORDS = "Жабық мәжілісте құпия шешім қабылданды"


@pytest.fixture
def outlet(outlet):
    """The Kazakh outlet, published in Latin script too."""
    in_locale(outlet, "kk-latn")
    return outlet


@pytest.fixture
def reporter():
    return factories.JournalistFactory(name="Әлия Нұрова", name_latin="Äliia Nūrova", slug="aliia-nurova")


@pytest.fixture
def admin_client(db):
    user = make_user("site-admin")
    user.is_superuser = True
    user.save()
    return login(user)


def variant(page, code: str) -> ArticlePage:
    return ArticlePage.objects.get(translation_key=page.translation_key, locale__language_code=code)


def published_story(outlet, reporter, title="Құпия жиналыс"):
    article = factories.ArticlePageFactory(
        parent=outlet, title=title, lead=SECRET_WORDS, body=body(f"<p>{SECRET_WORDS}</p>")
    )
    factories.ArticleBylineFactory(page=article, journalist=reporter)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def set_password(client, page, password="sesame"):
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": password, "groups": []},
    )
    assert response.status_code == 200, response.content[:500]
    assert PageViewRestriction.objects.filter(page=page).exists()


def surfaces(client, latin) -> dict[str, str]:
    """What each public surface shows a reader of the Latin variant."""
    return {
        "variant page": client.get(latin.url).content.decode(),
        "search page": client.get("/kk-latn/search/", {"q": "jiynalys"}).content.decode(),
        "kk search page": client.get("/kk/search/", {"q": "жиналыс"}).content.decode(),
        "search API": client.get("/api/search/", {"q": "jiynalys", "lang": "kk-latn"}).content.decode(),
        "pages API": client.get("/api/v2/pages/", {"search": "jiynalys"}).content.decode(),
        "pages API by type": client.get("/api/v2/pages/", {"type": "newsroom.ArticlePage"}).content.decode(),
        "profile": client.get("/kk-latn/journalists/aliia-nurova/").content.decode(),
        "outlet": client.get(latin.get_parent().url).content.decode(),
        "feed": client.get("/kk-latn/feed/").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }


def test_password_on_a_kazakh_story_protects_its_latin_variant_everywhere(client, admin_client, outlet, reporter):
    article = published_story(outlet, reporter)
    latin = variant(article, "kk-latn")
    assert latin.live
    assert latin.title in client.get(latin.get_parent().url).content.decode()  # public before

    set_password(admin_client, article)

    latin_slug_url = latin.url
    for surface, html in surfaces(client, latin).items():
        assert latin.title not in html, surface
        assert article.title not in html or surface == "variant page", surface
        assert latin_slug_url not in html or surface == "variant page", surface
    page = client.get(latin.url)
    assert page.status_code == 200
    assert 'name="password"' in page.content.decode()
    assert "mäjılıste" not in page.content.decode()


def test_a_variant_published_after_the_password_starts_protected(client, admin_client, outlet, reporter):
    draft = factories.ArticlePageFactory(parent=outlet, title="Жабық кеңес", lead=SECRET_WORDS, live=False)
    factories.ArticleBylineFactory(page=draft, journalist=reporter)
    set_password(admin_client, draft)
    draft.save_revision().publish()
    latin = variant(draft, "kk-latn")
    assert latin.live
    assert PageViewRestriction.objects.filter(page=latin, restriction_type="password").exists()
    assert 'name="password"' in client.get(latin.url).content.decode()
    assert latin.title not in client.get("/kk-latn/feed/").content.decode()


def test_lifting_the_password_lifts_it_on_every_language_version(client, admin_client, outlet, reporter):
    article = published_story(outlet, reporter)
    set_password(admin_client, article)
    latin = variant(article, "kk-latn")
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[article.pk]), {"restriction_type": "none"}
    )
    assert response.status_code == 200
    assert not PageViewRestriction.objects.filter(page__translation_key=article.translation_key).exists()
    assert latin.title in client.get("/kk-latn/feed/").content.decode()


def test_a_translation_shares_the_restriction_of_its_source(client, admin_client, outlet, reporter):
    article = published_story(outlet, reporter)
    russian = in_locale(article, "ru", title="Закрытое собрание")
    set_password(admin_client, article)
    assert 'name="password"' in client.get(russian.url).content.decode()
    assert russian.title not in client.get("/ru/feed/").content.decode()
    assert russian.title not in client.get("/api/v2/pages/", {"type": "newsroom.ArticlePage"}).content.decode()


def test_deleting_a_translation_keeps_the_sources_restriction(admin_client, outlet, reporter):
    article = published_story(outlet, reporter)
    set_password(admin_client, article)
    variant(article, "kk-latn").delete()
    assert PageViewRestriction.objects.filter(page=article).exists()


def test_an_alias_shares_the_restriction_of_its_original(client, admin_client, outlet, outlet_a, reporter):
    article = published_story(outlet, reporter)
    alias = article.create_alias(parent=outlet_a)
    set_password(admin_client, article)
    assert PageViewRestriction.objects.filter(page=alias, restriction_type="password").exists()
    assert 'name="password"' in client.get(alias.url).content.decode()
