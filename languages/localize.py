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
from .compiled import private_sections, run_compiled


def localize_all(objects: Sequence[TranslatableMixin | None], language_code: str | None = None) -> list:
    """Each object's translation in the active (or given) language, or the object itself; None stays None.

    The result is in the order of `objects`. One query of rows for every model made of plain columns
    (numbers, text, UUIDs, booleans, foreign keys: the snippets pages show), whatever their number.
    """
    language_code = language_code or translation.get_language()
    by_model: dict[type, set] = {}
    for obj in objects:
        if obj is not None:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    plain = [model for model in by_model if _plain_fields(model) is not None]
    found = _read_translations(plain, by_model, language_code) if plain else {}
    for model, keys in by_model.items():
        if model not in plain:
            for translated in model.objects.filter(translation_key__in=keys, locale__language_code=language_code):
                found[(model, translated.translation_key)] = translated
    return [None if obj is None else found.get((type(obj), obj.translation_key), obj) for obj in objects]


# Column types read back as text and converted by the field (the same in SQLite and PostgreSQL).
_PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
    "CharField",
    "SlugField",
    "TextField",
    "UUIDField",
    "BooleanField",
}


def _plain_fields(model) -> list | None:
    """The model's concrete fields when every one is a plain column (a foreign key to an integer key counts)."""
    fields = model._meta.concrete_fields
    for field in fields:
        kind = field.get_internal_type()
        if field.is_relation:
            kind = field.target_field.get_internal_type()
        if kind not in _PLAIN_TYPES:
            return None
    return list(fields)


def _read_translations(models: list, keys_by_model: dict, language_code: str) -> dict:
    """{(model, translation key): translation in `language_code`} for the keys of each model, in one query:
    a SELECT per model, its columns as text (padded to the same width), joined by UNION ALL."""
    quote_name = connection.ops.quote_name
    fields_of = {model: _plain_fields(model) for model in models}
    width = max(len(fields) for fields in fields_of.values())
    parts, params = [], []
    for number, model in enumerate(models):
        fields = fields_of[model]
        columns = [f"CAST(t.{quote_name(field.column)} AS TEXT)" for field in fields]
        columns += ["NULL"] * (width - len(fields))
        key_field = model._meta.get_field("translation_key")
        keys = [key_field.get_db_prep_value(key, connection) for key in keys_by_model[model]]
        parts.append(
            f"SELECT {number}, {', '.join(columns)} FROM {quote_name(model._meta.db_table)} t"
            f" INNER JOIN {quote_name(Locale._meta.db_table)} l ON l.id = t.{quote_name('locale_id')}"
            f" WHERE l.{quote_name('language_code')} = %s"
            f" AND t.{quote_name(key_field.column)} IN ({', '.join(['%s'] * len(keys))})"
        )
        params += [language_code, *keys]
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    for number, *values in rows:
        model = models[number]
        fields = fields_of[model]
        converted = [_from_text(field, value) for field, value in zip(fields, values, strict=False)]
        obj = model.from_db(connection.alias, [field.attname for field in fields], converted)
        found[(model, obj.translation_key)] = obj
    return found


def _from_text(field, value):
    if value is None:
        return None
    if field.get_internal_type() == "BooleanField":
        return value.lower() in ("1", "t", "true")
    return field.to_python(value)


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
        # Compiled to SQL once per process (languages/compiled.py): every reader page reads it.
        versions = run_compiled(_live_versions, (private_sections(),), (page.translation_key,))
        remember_live_translations(page, versions)
    return page._live_translations


def _live_versions(private, translation_key):
    # Plain pages (no join to the page type's table, no body read): links and titles are what is shown.
    # In the language table's order (live_translations): no ORDER BY.
    versions = Page.objects.filter(translation_key=translation_key).live().exclude(private).select_related("locale")
    return versions.order_by()


def remember_live_translations(page: Page, versions) -> list[tuple]:
    """What `live_translations(page)` gives, from `versions` (the live, public pages of its translation key,
    locales selected) a caller has read with more of its own; kept on the page unless it has them already."""
    if not hasattr(page, "_live_translations"):
        by_code = {version.locale.language_code: version for version in versions}
        page._live_translations = [
            (language, by_code[language.code]) for language in LANGUAGES if language.code in by_code
        ]
    return page._live_translations
