"""Renditions are named once (newsroom/renditions.py): templates render what pages prefetch, listings
offer modern formats and sizes at a constant query cost, and each image's alt text is the one written
for the page, in its language."""

from pathlib import Path

from django.core.cache import cache
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from newsroom.models import ArticlePage
from newsroom.renditions import filter_specs, prefetch_renditions
from tests import factories
from tests.helpers import in_locale

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
    assert filter_specs("share") == ["fill-1200x630"]
    assert len(filter_specs("hero")) == 9 and "format-webp|fill-800x420" in filter_specs("hero")
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
    assert len(rendition_queries) == 1  # the page's own images (hero, bylines, body) and the cards together
    assert "<picture>" in html and "1200" in html and "960" in html


def test_article_cards_use_the_articles_alt_text_in_each_language(client, outlet):
    article = factories.ArticlePageFactory(
        parent=outlet, hero_image=photo("Фото"), hero_alt_text="Корей театрының актерлері сахнада"
    )
    russian = in_locale(article, "ru", hero_alt_text="Актёры Корейского театра на сцене")
    assert 'alt="Корей театрының актерлері сахнада"' in client.get(outlet.url).content.decode()
    russian_outlet = ArticlePage.objects.get(pk=russian.pk).get_parent()
    assert 'alt="Актёры Корейского театра на сцене"' in client.get(russian_outlet.url).content.decode()


def test_a_card_without_the_articles_own_alt_text_uses_the_images(client, outlet):
    factories.ArticlePageFactory(parent=outlet, hero_image=photo("Достық үйінің ғимараты"))
    assert 'alt="Достық үйінің ғимараты"' in client.get(outlet.url).content.decode()


def test_a_role_prefetched_again_adds_only_the_renditions_not_read_yet_and_wagtail_finds_them_without_a_query():
    image = photo()
    for spec in [*filter_specs("card"), *filter_specs("share")]:
        image.get_rendition(spec)
    fresh = type(image).objects.get(pk=image.pk)
    prefetch_renditions([fresh], "card")
    assert len(list(fresh.prefetched_renditions)) == 6  # Wagtail's renditions made from the rows read
    prefetch_renditions([fresh], "card", "share")
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        share = fresh.get_rendition("fill-1200x630")
    assert len(queries) == 0 and share.width == 1200
    assert len(list(fresh.prefetched_renditions)) == 7


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


def test_hero_alt_text_is_the_articles_own_in_each_language(client, outlet_a):
    image = factories.PressImageFactory(description="Театр сахнасы")
    article = factories.ArticlePageFactory(
        parent=outlet_a, hero_image=image, hero_alt_text="Корей театрының актерлері сахнада"
    )
    russian = in_locale(article, "ru", hero_alt_text="Актёры Корейского театра на сцене")
    assert 'alt="Корей театрының актерлері сахнада"' in client.get(article.url).content.decode()
    assert 'alt="Актёры Корейского театра на сцене"' in client.get(russian.url).content.decode()


def test_without_its_own_alt_text_the_article_uses_the_images(client, outlet_a):
    image = factories.PressImageFactory(description="Театр сахнасы")
    article = factories.ArticlePageFactory(parent=outlet_a, hero_image=image)
    assert 'alt="Театр сахнасы"' in client.get(article.url).content.decode()


def test_hero_alt_text_is_a_translatable_segment(outlet_a):
    article = factories.ArticlePageFactory(
        parent=outlet_a, hero_image=factories.PressImageFactory(), hero_alt_text="Сахнадағы актерлер"
    )
    source, _ = TranslationSource.get_or_create_from_instance(ArticlePage.objects.get(pk=article.pk))
    assert StringSegment.objects.filter(source=source, string__data="Сахнадағы актерлер").exists()


def add_articles(outlet, count: int) -> None:
    for _ in range(count):
        factories.ArticlePageFactory(
            parent=outlet,
            hero_image=factories.PressImageFactory(description="Сахна", file__width=1200, file__height=700),
        )


def test_cards_offer_modern_formats_and_sizes(client, outlet_a):
    add_articles(outlet_a, 1)
    html = client.get(outlet_a.url).content.decode()
    assert "<picture>" in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert " 960w" in html and " 480w" in html
    assert 'alt="Сахна"' in html


def test_card_renditions_are_prefetched(client, outlet_a):
    add_articles(outlet_a, 2)
    client.get(outlet_a.url)
    with CaptureQueriesContext(connection) as few:
        client.get(outlet_a.url)
    add_articles(outlet_a, 6)
    client.get(outlet_a.url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(outlet_a.url)
    assert response.content.decode().count("<picture>") == 8
    assert len(many) == len(few)
