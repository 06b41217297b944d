"""Script-variant pages (kk-latn, ug-arab, uz-latn), made and kept in step with their base page.

Publishing a page in Kazakh, Uyghur or Uzbek publishes its variant: the page's wagtail-localize
source is refreshed, every segment without a translation in the variant locale is transliterated
(TransliterationTranslator), and the variant page is saved and published. Segments already
transliterated keep their text: a proof-reader's fix made in the translation editor survives later
syncs. A page's first variant is made in one step (`_first_variant`: what wagtail-localize's save_target
would make, copied live at once and logged as its translation), its source's rows written in bulk
(`_new_source`); the demo seeding makes its 431 variants this way.

Variants follow the variant trees the network has: a page gets its variant when its parent has a
live one (the network's home page in kk-latn, ug-arab and uz-latn is created with the site, see the
demo seeding), and a home page is kept in sync once its variant exists. A site that does not publish
a script, or a test that builds a single locale, gets no variant pages.

Slugs are kept as they are in the base page: a reader switching script stays on the same URL path,
and an Arabic-script slug would not survive wagtail-localize's ASCII slugify anyway.

An archive import's variants are made in bulk: translations/variant_batches.py.
"""

import copy
import json
import logging
import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page

from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import StringValue

import languages
from languages.transliteration import transliterate_html

from .copying import publish_copy
from .machine import TransliterationTranslator

logger = logging.getLogger(__name__)


def variants_of(code: str) -> list[str]:
    return [language.code for language in languages.VARIANTS if language.variant_of == code]


def _fill_strings(source: TranslationSource, locale: Locale, variant_exists: bool = True) -> tuple[list, dict]:
    """Transliterated StringTranslations for every segment of `source` that has none in `locale`, written
    in one insert (machine translations: no receiver of translations/signals.py acts on them); a new title
    becomes the variant page's draft title when that page exists (`variant_exists`). Returns the segments
    that had none and the translations made, by (string, context)."""
    base, variant = source.locale.language_code, locale.language_code
    segments = (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
    )
    tool = str(TransliterationTranslator.display_name)
    untranslated, missing = [], {}
    for segment in segments:
        data = segment.string.data
        if segment.context.path != "slug":
            data = transliterate_html(data, base, variant)
        untranslated.append(segment)
        missing.setdefault(
            (segment.string_id, segment.context_id),
            StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=tool,
            ),
        )
    StringTranslation.objects.bulk_create(missing.values())
    for string_translation in missing.values():
        # what wagtail-localize's post_save receiver does
        if variant_exists and string_translation.context.path == "title":
            Page.objects.filter(translation_key=source.object_id, locale=locale).update(
                draft_title=string_translation.data
            )
    return untranslated, missing


def sync_variant(page: Page, locale: Locale) -> Page:
    """Create or update the live `locale` variant of `page` (whose locale is the variant's base)."""
    page = page.specific
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale_id=page.locale_id).first()
    original, rows = None, None
    if source is None:
        source, original, rows = _new_source(page)
    else:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    variant_exists = Page.objects.filter(translation_key=page.translation_key, locale=locale).exists()
    untranslated, made = _fill_strings(source, locale, variant_exists)
    parent = page.get_parent()
    if not parent.is_root() and not variant_exists:
        segments = _new_segments(rows, untranslated, made, locale) if rows is not None else None
        return _first_variant(source, parent.get_translation(locale), locale, original, segments)
    translation.save_target(publish=False)
    # Published here rather than by save_target(publish=True), which defers it to the end of the
    # transaction: the variant is live as soon as its base page is.
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return target


def _new_source(page: Page) -> tuple[TranslationSource, Page, dict]:
    """What TranslationSource.get_or_create_from_instance makes of a page that has no source yet (the source,
    its segments, strings, templates and contexts), with each kind of row written in one insert instead of
    refresh_segments' get_or_create per segment. Returns the source, the instance it was extracted from and the
    segments written, by model, in the order of the extraction."""
    translatable, _ = TranslatableObject.objects.get_or_create_from_instance(page)
    source = TranslationSource.objects.create(
        object=translatable,
        locale=page.locale,
        specific_content_type=ContentType.objects.get_for_model(page.__class__),
        object_repr=str(page)[:200],
        content_json=page.to_json(),
        schema_version=get_schema_version(page._meta.app_label),
        last_updated_at=timezone.now(),
    )
    instance = _as_instance(source, page)
    values = extract_segments(instance)

    strings = {String._get_data_hash(v.string.data): v.string.data for v in values if isinstance(v, StringSegmentValue)}
    strings = _get_or_create_all(
        String.objects.filter(locale=source.locale),
        "data_hash",
        strings,
        lambda key, data: String(locale=source.locale, data_hash=key, data=data),
    )
    templates = {_template_uuid(v): v for v in values if isinstance(v, TemplateSegmentValue)}
    templates = _get_or_create_all(
        Template.objects.all(),
        "uuid",
        templates,
        lambda key, v: Template(uuid=key, template=v.template, template_format=v.format, string_count=v.string_count),
    )
    paths = {TranslationContext._get_path_id(v.path): v.path for v in values}
    contexts = _get_or_create_all(
        TranslationContext.objects.filter(object=translatable),
        "path_id",
        paths,
        lambda key, path: TranslationContext(object=translatable, path_id=key, path=path, field_path=""),
        objects=True,
    )
    for context in contexts.values():
        context.get_field_path(instance)  # as refresh_segments pre-populates it (one update each)

    rows = defaultdict(list)
    for v in values:
        common = {"source": source, "context": contexts[TranslationContext._get_path_id(v.path)], "order": v.order}
        if isinstance(v, TemplateSegmentValue):
            template = Template(pk=templates[_template_uuid(v)], template=v.template, template_format=v.format)
            template.string_count = v.string_count
            rows[TemplateSegment].append(TemplateSegment(template=template, **common))
        elif isinstance(v, RelatedObjectSegmentValue):
            related, _ = TranslatableObject.objects.get_or_create(
                content_type=v.content_type, translation_key=v.translation_key
            )
            rows[RelatedObjectSegment].append(RelatedObjectSegment(object=related, **common))
        elif isinstance(v, OverridableSegmentValue):
            data = json.dumps(v.data, cls=DjangoJSONEncoder)
            rows[OverridableSegment].append(OverridableSegment(data_json=data, **common))
        else:
            string = strings[String._get_data_hash(v.string.data)]
            attrs = json.dumps(v.attrs, cls=DjangoJSONEncoder)
            rows[StringSegment].append(StringSegment(string_id=string, attrs=attrs, **common))
    for model, objects in rows.items():
        model.objects.bulk_create(objects)
    return source, instance, rows


def _new_segments(rows: dict, untranslated: list, made: dict, locale: Locale) -> list | None:
    """What `source._get_segments_for_translation(locale, fallback=True)` reads back for a source just made
    (`rows`: its segments, by model) whose every string segment has just been given its transliteration
    (`untranslated`, `made`): the same values in the same order (strings, templates, related objects that
    exist in `locale`; overridable segments only where `locale` overrides them), without reading them again.
    None, to let wagtail-localize read them, if some string segment had a translation already or `locale`
    has an override for one of the source's contexts."""
    if len(untranslated) != len(rows[StringSegment]):
        return None
    overridable = [segment.context for segment in rows[OverridableSegment]]
    if overridable and SegmentOverride.objects.filter(locale=locale, context__in=overridable).exists():
        return None
    segments = [
        StringSegmentValue(
            segment.context.path,
            StringValue(made[(segment.string_id, segment.context_id)].data),
            attrs=json.loads(segment.attrs),
        ).with_order(segment.order)
        for segment in untranslated
    ]
    for segment in rows[TemplateSegment]:
        template = segment.template
        segments.append(
            TemplateSegmentValue(
                segment.context.path,
                template.template_format,
                template.template,
                template.string_count,
                order=segment.order,
            )
        )
    for segment in rows[RelatedObjectSegment]:
        if segment.object.has_translation(locale):
            segments.append(
                RelatedObjectSegmentValue(
                    segment.context.path,
                    segment.object.content_type,
                    segment.object.translation_key,
                    order=segment.order,
                )
            )
    return segments


def _as_instance(source: TranslationSource, page: Page) -> Page:
    """`source.as_instance()` for the page in hand that `source` was just made from: Wagtail's
    `page.with_content_json` of the source's JSON, without reading the page back from the database and
    without asking for each foreign key of the page and its child objects whether its row exists (modelcluster's
    `check_fks`): they were saved with the page in this transaction, and a key to a missing row could not be
    committed. The page's comments are left out: neither the extraction nor the copy reads them."""
    instance = page.specific_class.from_serializable_data(json.loads(source.content_json), check_fks=False)
    instance.id = instance.pk = page.pk
    instance.content_type_id = page.content_type_id
    instance.path, instance.depth, instance.numchild = page.path, page.depth, page.numchild
    instance.set_url_path(page.get_parent())
    for field in _KEPT_BY_WITH_CONTENT_JSON:
        setattr(instance, field, getattr(page, field))
    if instance.first_published_at is None:
        instance.first_published_at = page.first_published_at
    return instance


# What Wagtail's `Page.with_content_json` keeps of the page rather than of the JSON.
_KEPT_BY_WITH_CONTENT_JSON = (
    "draft_title",
    "live",
    "has_unpublished_changes",
    "owner_id",
    "locked",
    "locked_by_id",
    "locked_at",
    "latest_revision_id",
    "latest_revision_created_at",
    "translation_key",
    "locale_id",
    "alias_of_id",
)


def _template_uuid(value: TemplateSegmentValue):
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def _get_or_create_all(queryset, key: str, wanted: dict, build, objects: bool = False) -> dict:
    """The rows of `queryset` whose `key` is in `wanted`, the missing ones made by `build(key, value)` in one
    insert: {key: pk} (or {key: row} with `objects`). Where the database returns the new rows' ids from the
    insert (SQLite 3.35+, PostgreSQL), the new rows are not read back."""

    def found():
        rows = queryset.filter(**{f"{key}__in": list(wanted)})
        return {getattr(row, key): row for row in rows} if objects else dict(rows.values_list(key, "pk"))

    known = found()
    missing = [build(k, value) for k, value in wanted.items() if k not in known]
    if missing:
        queryset.model.objects.bulk_create(missing)
        if not connections[queryset.db].features.can_return_rows_from_bulk_insert:
            return found()
        known.update((getattr(row, key), row if objects else row.pk) for row in missing)
    return known


def _first_variant(
    source: TranslationSource, parent: Page, locale: Locale, original: Page | None = None, segments: list | None = None
) -> Page:
    """A new variant, live at once: the page wagtail-localize's save_target would make from the source and
    its translated strings (the source's instance with the strings ingested), copied into the variant tree
    in one step (one copy, one revision, one publication) instead of a draft copy that is then saved,
    revised and published; logged for wagtail-localize as save_target logs it."""
    original = original or source.as_instance()  # ingest_segments changes it: not used afterwards
    # The source's instance again, copied rather than rebuilt from the source's JSON (which reads the page and
    # checks each foreign key with a query).
    translated = copy.deepcopy(original)
    copy_synchronised_fields(original, translated)
    if segments is None:
        segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, translated, source.locale, locale, segments)

    target = publish_copy(
        translated,
        parent,
        slug=find_available_slug(parent, slugify(translated.slug)),
        live=True,
        has_unpublished_changes=False,
    )
    TranslationLog.objects.create(source=source, locale=locale, revision=target.live_revision)
    return target


def has_variant_tree(page: Page, locale: Locale) -> bool:
    """Whether the network publishes `page` in `locale`: its parent's variant is live (or, for a home
    page, its own variant exists)."""
    parent = page.get_parent()
    if parent.is_root():
        return Page.objects.filter(translation_key=page.translation_key, locale=locale).exists()
    return Page.objects.filter(translation_key=parent.translation_key, locale=locale, live=True).exists()


def sync_variants(page: Page) -> list[Page]:
    """Publish every script variant of `page`; a variant that fails is logged and left as it was."""
    codes = variants_of(page.locale.language_code)
    if not codes:
        return []
    synced = []
    for locale in Locale.objects.filter(language_code__in=codes):
        if not has_variant_tree(page, locale):
            continue
        try:
            with transaction.atomic():
                synced.append(sync_variant(page, locale))
        except Exception:
            # The editor's publication of the base page must not fail because of its variant.
            logger.exception("Could not sync the %s variant of page %s", locale.language_code, page.pk)
    return synced
