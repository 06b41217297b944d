"""Show synchronised snippets in the reader's language without a query per object.

Pages point at the source-locale snippet (region, community, topic, journalist are synchronised
fields), so a translated page must look up the translation of each. TranslatableMixin.localized does
that one object at a time; this does it for a whole list in one query per model.
"""

from collections.abc import Iterable

from django.utils import translation

from wagtail.models import TranslatableMixin


def localize_all(objects: Iterable[TranslatableMixin | None], language_code: str | None = None) -> dict:
    """Map each object's pk to its translation in the active (or given) language, or to itself."""
    objects = [obj for obj in objects if obj is not None]
    result = {obj.pk: obj for obj in objects}
    language_code = language_code or translation.get_language()
    by_model: dict[type, list[TranslatableMixin]] = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, items in by_model.items():
        translations = {
            translated.translation_key: translated
            for translated in model.objects.filter(
                translation_key__in={obj.translation_key for obj in items},
                locale__language_code=language_code,
            )
        }
        for obj in items:
            result[obj.pk] = translations.get(obj.translation_key, obj)
    return result
