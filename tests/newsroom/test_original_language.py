"""A story's original language is the locale its first page is written in: nobody fills it in, and
its translations can never pass for the original."""

from django.urls import reverse
from django.utils import timezone

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import article_form, in_locale

pytestmark = pytest.mark.django_db


def test_an_article_written_in_the_korean_section_is_a_korean_original(outlet_a, journalist_client):
    section = in_locale(outlet_a, "ko", title="고려일보")
    draft = ArticlePage(title="알마티 고려극장 새 시즌", slug="new-season", published_at=timezone.now())
    add = reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", section.pk])

    form = journalist_client.get(add).content.decode()
    response = journalist_client.post(add, article_form(draft, lead="고려극장이 새 시즌을 열었다."))

    assert 'name="original_language"' not in form
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="new-season")
    assert article.original_language == "ko"
    assert article.is_source and not article.is_translation


def test_a_translation_keeps_the_storys_original_language(outlet_a):
    korean = factories.ArticlePageFactory(parent=in_locale(outlet_a, "ko"), title="고려극장", slug="theatre")
    kazakh = in_locale(korean, "kk", title="Корей театры")

    assert korean.original_language == "ko"
    assert kazakh.original_language == "ko"
    assert korean.is_source and kazakh.is_translation


def test_a_script_variant_is_written_in_its_base_language(outlet_b):
    section = in_locale(outlet_b, "ug-arab")
    article = factories.ArticlePageFactory(parent=section, title="ئۇيغۇر تىياتىرى")
    assert article.original_language == "ug"


def test_an_emptied_original_language_is_restored_on_save(outlet_a):
    korean = factories.ArticlePageFactory(parent=in_locale(outlet_a, "ko"), title="고려극장", slug="theatre")
    kazakh = in_locale(korean, "kk")
    ArticlePage.objects.filter(pk=kazakh.pk).update(original_language="")

    kazakh.refresh_from_db()
    kazakh.save_revision().publish()

    assert ArticlePage.objects.get(pk=kazakh.pk).original_language == "ko"
