"""Script variants: made by transliteration when the base page is published, and kept in step."""

import datetime

from wagtail.models import Locale

import pytest
from wagtail_localize.models import StringTranslation, Translation

from languages.transliteration import transliterate
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import article_form, in_locale
from translations.machine import TransliterationTranslator
from translations.requests import open_request

from .conftest import body

pytestmark = pytest.mark.django_db


def variant(page, code: str) -> ArticlePage:
    return ArticlePage.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def outlet(outlet):
    """The Kazakh outlet, published in Latin script too."""
    in_locale(outlet, "kk-latn")
    return outlet


def test_publishing_a_kazakh_article_publishes_its_latin_variant(client, outlet):
    article = factories.ArticlePageFactory(
        parent=outlet,
        title="Алматыдағы Достық үйінде мереке өтті",
        lead="Қазақстан халқы Ассамблеясы жиналды.",
        body=body('<p>Ұйғыр театры <b>жаңа</b> қойылым <a href="https://example.kz/">дайындады</a>.</p>'),
    )
    article.save_revision().publish()

    latin = variant(article, "kk-latn")
    assert latin.live
    assert latin.title == "Almatydağy Dostyq üiınde mereke öttı"
    assert latin.lead == "Qazaqstan halqy Assambleiasy jinaldy."
    assert latin.slug == article.slug
    paragraph = str(latin.body[0].value)
    assert 'Ūiğyr teatry <b>jaña</b> qoiylym <a href="https://example.kz/">daiyndady</a>.' in paragraph

    response = client.get(latin.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="kk-latn" dir="ltr">' in html
    assert "Almatydağy Dostyq üiınde mereke öttı" in html


def test_uyghur_arabic_variant_renders_right_to_left(client, outlet_index):
    outlet = factories.OutletPageFactory(
        parent=outlet_index, title="Уйғур авази", slug="uyghur-avazi", languages=["ug"]
    )
    section = in_locale(outlet, "ug", title="Уйғур авази")
    in_locale(section, "ug-arab")
    article = ArticlePage(
        title="Уйғур театри йеңи тамаша тәйярлиди",
        slug="theatre",
        lead="Алмутидики уйғур театри йеңи тамаша тәйярлиди.",
        original_language="ug",
        locale=Locale.objects.get(language_code="ug"),
    )
    section.add_child(instance=article)
    article.save_revision().publish()

    arabic = variant(article, "ug-arab")
    assert arabic.title == "ئۇيغۇر تېئاترى يېڭى تاماشا تەييارلىدى"
    assert arabic.lead == "ئالمۇتىدىكى ئۇيغۇر تېئاترى يېڭى تاماشا تەييارلىدى."
    # The Uyghur mapping is reversible: the variant reads back as the original.
    assert transliterate(arabic.title, "ug-arab", "ug") == article.title
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert '<html lang="ug-arab" dir="rtl">' in response.content.decode()


def test_uzbek_latin_variant(outlet_index):
    outlet = factories.OutletPageFactory(
        parent=outlet_index, title="Жанубий Қозоғистон", slug="janubiy", languages=["uz"]
    )
    section = in_locale(outlet, "uz", title="Жанубий Қозоғистон")
    in_locale(section, "uz-latn")
    article = ArticlePage(
        title="Ўзбекистон ва Қозоғистон дўстлиги",
        slug="friendship",
        lead="Жанубий Қозоғистон газетаси 1991 йилдан чиқади.",
        original_language="uz",
        locale=Locale.objects.get(language_code="uz"),
    )
    section.add_child(instance=article)
    article.save_revision().publish()

    latin = variant(article, "uz-latn")
    assert latin.title == "Oʻzbekiston va Qozogʻiston doʻstligi"
    assert latin.lead == "Janubiy Qozogʻiston gazetasi 1991-yildan chiqadi."  # the official hyphen after a year
    assert transliterate(latin.title, "uz-latn", "uz") == article.title


def test_variant_follows_the_base_page_when_it_is_republished_through_the_admin(admin_client, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Достық үйінде мереке")
    article.save_revision().publish()
    assert variant(article, "kk-latn").title == "Dostyq üiınde mereke"

    response = admin_client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(article, title="Достық үйінде наурыз мерекесі", **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    latin = variant(article, "kk-latn")
    assert latin.title == "Dostyq üiınde nauryz merekesı"
    assert "Almatydağy merekege myñdağan adam jinaldy." in str(latin.body[0].value)


def test_a_proofread_variant_string_survives_the_next_sync(outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Абай оқулары", lead="Семейде Абай оқулары өтті.")
    article.save_revision().publish()
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale__language_code="kk-latn"
    )
    # A proof-reader prefers the customary spelling of the poet's name.
    StringTranslation.objects.filter(locale=translation.target_locale, data="Abai oqulary").update(data="Abay oqulary")
    article.lead = "Семейде Абай оқулары екінші рет өтті."
    article.save_revision().publish()

    latin = variant(article, "kk-latn")
    assert latin.title == "Abay oqulary"
    assert latin.lead == "Semeide Abai oqulary ekınşı ret öttı."


def test_no_variant_where_the_network_does_not_publish_that_script(outlet_index):
    outlet = factories.OutletPageFactory(parent=outlet_index, title="Достық", slug="dostyq-2")
    article = factories.ArticlePageFactory(parent=outlet, title="Абай оқулары")
    article.save_revision().publish()
    assert not ArticlePage.objects.filter(translation_key=article.translation_key, locale__language_code="kk-latn")


def test_translator_accepts_only_base_to_variant_pairs():
    translator = TransliterationTranslator({})
    locale = {code: Locale(language_code=code) for code in ("kk", "kk-latn", "ru", "ug", "ug-arab", "uz", "uz-latn")}
    assert translator.can_translate(locale["kk"], locale["kk-latn"])
    assert translator.can_translate(locale["ug"], locale["ug-arab"])
    assert translator.can_translate(locale["uz"], locale["uz-latn"])
    assert not translator.can_translate(locale["kk"], locale["ru"])
    assert not translator.can_translate(locale["kk-latn"], locale["kk"])
    assert not translator.can_translate(locale["ug"], locale["kk-latn"])


def test_machine_translate_view_refuses_a_real_translation(admin_client, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Достық үйінде мереке")
    article.save_revision().publish()
    in_locale(outlet, "ru")
    assignment = open_request(article, Locale.objects.get(language_code="ru"), due_date=datetime.date(2031, 1, 1))
    response = admin_client.post(
        f"/admin/localize/translate/{assignment.translation.pk}/machine_translate/", follow=True
    )
    # (Django's LocaleMiddleware answers an unprefixed 404 with a redirect to the /kk/ path, also a 404.)
    assert response.status_code == 404
    assert not StringTranslation.objects.filter(locale__language_code="ru").exists()


def test_readers_find_the_variant_in_the_language_switcher_and_hreflang(client, outlet):
    article = factories.ArticlePageFactory(parent=outlet, title="Наурыз тойы")
    article.save_revision().publish()
    latin = variant(article, "kk-latn")
    html = client.get(ArticlePage.objects.get(pk=article.pk).url).content.decode()
    assert 'hreflang="kk-latn"' in html
    assert latin.url in html
    # The variant names its original, linked.
    variant_html = client.get(latin.url).content.decode()
    assert f'href="{ArticlePage.objects.get(pk=article.pk).url}" hreflang="kk"' in variant_html
