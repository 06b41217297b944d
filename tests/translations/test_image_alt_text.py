"""Alt text of photos in an article body is translated with the article, block by block."""

from wagtail.models import Locale

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests import factories
from tests.helpers import in_locale


def test_body_photo_alt_text_is_a_translatable_segment_and_renders_per_language(
    client, outlet, django_capture_on_commit_callbacks
):
    photo = factories.PressImageFactory(description="Фото")
    article = factories.ArticlePageFactory(
        parent=outlet,
        body=[
            {"type": "paragraph", "value": "<p>Корей театрында жаңа қойылым.</p>"},
            {
                "type": "image",
                "value": {
                    "image": photo.pk,
                    "alt_text": "Сахнадағы актерлер тағзым етіп тұр",
                    "caption": "",
                    "credit": "",
                },
            },
        ],
    )
    in_locale(outlet, "ru")
    source, _ = TranslationSource.get_or_create_from_instance(article)
    segments = {segment.string.data: segment for segment in StringSegment.objects.filter(source=source)}
    assert "Сахнадағы актерлер тағзым етіп тұр" in segments

    russian = Locale.objects.get(language_code="ru")
    translation = Translation.objects.create(source=source, target_locale=russian)
    for text, translated in {
        "Корей театрында жаңа қойылым.": "Новый спектакль в Корейском театре.",
        "Сахнадағы актерлер тағзым етіп тұр": "Актёры кланяются на сцене",
        article.title: "Праздник в Доме дружбы",
    }.items():
        segment = segments[text]
        StringTranslation.objects.create(
            translation_of=segment.string, locale=russian, context=segment.context, data=translated
        )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)

    kazakh_html = client.get(article.url).content.decode()
    russian_page = article.get_translation(russian)
    russian_html = client.get(russian_page.url).content.decode()
    assert 'alt="Сахнадағы актерлер тағзым етіп тұр"' in kazakh_html
    assert 'alt="Актёры кланяются на сцене"' in russian_html


def test_body_photo_without_its_own_alt_text_uses_the_images_and_still_translates(client, outlet):
    photo = factories.PressImageFactory(description="Достық үйінің ғимараты")
    # A block stored before the alt-text field existed has no such key at all.
    article = factories.ArticlePageFactory(parent=outlet, body=[{"type": "image", "value": {"image": photo.pk}}])
    assert 'alt="Достық үйінің ғимараты"' in client.get(article.url).content.decode()
    source, _ = TranslationSource.get_or_create_from_instance(article)  # segments extract without error
    assert StringSegment.objects.filter(source=source).exists()
