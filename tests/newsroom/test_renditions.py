"""Renditions are named once (newsroom/renditions.py): templates render what pages prefetch, and each
image's alt text is the one written for the page, in its language."""

from pathlib import Path

from django.core.cache import cache
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext

import pytest

from languages.localize import translate_page
from newsroom.models import ArticlePage
from newsroom.renditions import filter_specs
from tests import factories

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def photo(description: str = "Театр сахнасы"):
    return factories.PressImageFactory(description=description, file__width=1300, file__height=800)


def test_templates_name_renditions_by_role_never_by_spec():
    direct = [
        f"{path.relative_to(TEMPLATES)}: {tag}"
        for path in TEMPLATES.rglob("*.html")
        for tag in ("{% image ", "{% picture ", "{% srcset_image ")
        if tag in path.read_text(encoding="utf-8")
    ]
    assert not direct, direct


def test_each_role_expands_to_the_renditions_wagtail_makes():
    assert filter_specs("hero") == ["fill-1200x630"]
    assert len(filter_specs("card")) == 6 and "format-avif|fill-960x540" in filter_specs("card")


def test_an_article_page_renders_only_renditions_it_prefetched(client, outlet):
    body = [{"type": "image", "value": {"image": photo().pk, "alt_text": "", "caption": "", "credit": ""}}]
    article = factories.ArticlePageFactory(parent=outlet, hero_image=photo(), body=body)
    factories.ArticlePageFactory(parent=outlet, hero_image=photo())  # a sibling card
    client.get(article.url)  # renditions are made on the first view
    cache.clear()  # Wagtail also caches renditions; without the prefetch each would be a query
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.url).content.decode()
    rendition_queries = [query["sql"] for query in queries if "pressrendition" in query["sql"]]
    assert len(rendition_queries) == 3  # one prefetch each for the hero, the body photos and the cards
    assert "<picture>" in html and "1200" in html and "960" in html


def test_article_cards_use_the_articles_alt_text_in_each_language(client, outlet):
    article = factories.ArticlePageFactory(
        parent=outlet, hero_image=photo("Фото"), hero_alt_text="Корей театрының актерлері сахнада"
    )
    for ancestor in article.get_ancestors().filter(depth__gt=1):
        translate_page(ancestor, "ru")
    russian = translate_page(article, "ru", hero_alt_text="Актёры Корейского театра на сцене")
    assert 'alt="Корей театрының актерлері сахнада"' in client.get(outlet.url).content.decode()
    russian_outlet = ArticlePage.objects.get(pk=russian.pk).get_parent()
    assert 'alt="Актёры Корейского театра на сцене"' in client.get(russian_outlet.url).content.decode()


def test_a_card_without_the_articles_own_alt_text_uses_the_images(client, outlet):
    factories.ArticlePageFactory(parent=outlet, hero_image=photo("Достық үйінің ғимараты"))
    assert 'alt="Достық үйінің ғимараты"' in client.get(outlet.url).content.decode()


@pytest.mark.parametrize("tag", ['{% rendition image "thumbnail" %}', "{% rendition image card %}", "{% rendition %}"])
def test_the_rendition_tag_refuses_unknown_roles_and_bare_specs(tag):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load press_images %}" + tag)


def test_the_rendition_tag_renders_wagtails_tags_with_the_roles_spec():
    image = photo()
    html = Template('{% load press_images %}{% rendition image "portrait" class="profile__photo" %}').render(
        Context({"image": image})
    )
    assert 'class="profile__photo"' in html and 'width="240"' in html
