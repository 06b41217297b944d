"""The hero photo's alt text is translated with the article, falling back to the image's own."""

import pytest

from languages.localize import translate_page
from newsroom.models import ArticlePage
from tests import factories

pytestmark = pytest.mark.django_db


def test_hero_alt_text_is_the_articles_own_in_each_language(client, outlet_a):
    image = factories.PressImageFactory(description="Театр сахнасы")
    article = factories.ArticlePageFactory(
        parent=outlet_a, hero_image=image, hero_alt_text="Корей театрының актерлері сахнада"
    )
    for ancestor in article.get_ancestors().filter(depth__gt=1):
        translate_page(ancestor, "ru")
    russian = translate_page(article, "ru", hero_alt_text="Актёры Корейского театра на сцене")
    assert 'alt="Корей театрының актерлері сахнада"' in client.get(article.url).content.decode()
    assert 'alt="Актёры Корейского театра на сцене"' in client.get(russian.url).content.decode()


def test_without_its_own_alt_text_the_article_uses_the_images(client, outlet_a):
    image = factories.PressImageFactory(description="Театр сахнасы")
    article = factories.ArticlePageFactory(parent=outlet_a, hero_image=image)
    assert 'alt="Театр сахнасы"' in client.get(article.url).content.decode()


def test_hero_alt_text_is_a_translatable_segment(outlet_a):
    from wagtail_localize.models import StringSegment, TranslationSource

    article = factories.ArticlePageFactory(
        parent=outlet_a, hero_image=factories.PressImageFactory(), hero_alt_text="Сахнадағы актерлер"
    )
    source, _ = TranslationSource.get_or_create_from_instance(ArticlePage.objects.get(pk=article.pk))
    assert StringSegment.objects.filter(source=source, string__data="Сахнадағы актерлер").exists()
