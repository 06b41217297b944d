"""Content in another locale: pages translated into a locale, snippets shown in the reader's language.

Snippets: show synchronised snippets in the reader's language without a query per object.

Pages point at the source-locale snippet (region, community, topic, journalist are synchronised
fields), so a translated page must look up the translation of each. TranslatableMixin.localized does
that one object at a time; this does it for a whole list in one query per model.
"""

from collections.abc import Sequence

from django.db import connection
from django.db.models import JSONField, Subquery
from django.db.models.functions import JSONObject
from django.utils import translation

from wagtail.models import Locale, Page, TranslatableMixin

from . import LANGUAGES


def localize_all(objects: Sequence[TranslatableMixin | None], language_code: str | None = None) -> list:
    """Each object's translation in the active (or given) language, or the object itself; None stays None.

    The result is in the order of `objects`.
    """
    language_code = language_code or translation.get_language()
    by_model: dict[type, set] = {}
    for obj in objects:
        if obj is not None:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    found = {}
    for model, keys in by_model.items():
        for translated in model.objects.filter(translation_key__in=keys, locale__language_code=language_code):
            found[(model, translated.translation_key)] = translated
    return [None if obj is None else found.get((type(obj), obj.translation_key), obj) for obj in objects]


def translation_row(model: type[TranslatableMixin], translation_key, language_code: str | None = None) -> Subquery:
    """An annotation: the row (JSON) of `model`'s object with `translation_key` (an OuterRef, e.g.
    OuterRef("topic__translation_key")) in the active (or given) language, or NULL: `localize_all` for
    objects read by a query of their own, in that query. `localized(model, row, obj)` makes the object."""
    language_code = language_code or translation.get_language()
    fields = {field.attname: field.attname for field in model._meta.concrete_fields}
    rows = model._default_manager.filter(translation_key=translation_key, locale__language_code=language_code)
    return Subquery(rows.order_by().values(row=JSONObject(**fields))[:1], output_field=JSONField())


def localized(model: type[TranslatableMixin], row: dict | None, obj):
    """The object a `translation_row` annotation describes, or `obj` itself when it has no translation there."""
    if row is None or obj is None:
        return obj
    fields = model._meta.concrete_fields
    return model.from_db(
        connection.alias, [field.attname for field in fields], [field.to_python(row[field.attname]) for field in fields]
    )


def get_locale(language_code: str) -> Locale:
    return Locale.objects.get(language_code=language_code)


def translate_page(page: Page, language_code: str, **fields) -> Page:
    """The live translation of `page` in `language_code`, created (and published) if missing.

    The parent's translation must exist already. Synchronised fields and child relations are
    copied by Wagtail; `fields` sets the translated ones (title, lead, …).
    """
    locale = get_locale(language_code)
    page = page.specific
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale)
    translated = translated.specific
    for name, value in fields.items():
        setattr(translated, name, value)
    if fields or not translated.live:
        translated.save_revision().publish()
        translated.refresh_from_db()  # publish() saves a copy built from the revision, not this object
    return translated


def live_translations(page: Page) -> list[tuple]:
    """(Language, page) for each live, public version of `page` (itself included), in the table's order.

    One query, remembered on the page object: the article's "read in", its "translated from", the
    language picker and the hreflang alternates all read it.
    """
    if not hasattr(page, "_live_translations"):
        # Plain pages (no join to the page type's table, no body read): links and titles are what is shown.
        versions = Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
        remember_live_translations(page, versions)
    return page._live_translations


def remember_live_translations(page: Page, versions) -> list[tuple]:
    """What `live_translations(page)` gives, from `versions` (the live, public pages of its translation key,
    locales selected) a caller has read with more of its own; kept on the page unless it has them already."""
    if not hasattr(page, "_live_translations"):
        by_code = {version.locale.language_code: version for version in versions}
        page._live_translations = [
            (language, by_code[language.code]) for language in LANGUAGES if language.code in by_code
        ]
    return page._live_translations
