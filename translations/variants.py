"""Script-variant pages (kk-latn, ug-arab, uz-latn), made and kept in step with their base page.

Publishing a page in Kazakh, Uyghur or Uzbek publishes its variant: the page's wagtail-localize
source is refreshed, every segment without a translation in the variant locale is transliterated
(TransliterationTranslator), and the variant page is saved and published. Segments already
transliterated keep their text: a proof-reader's fix made in the translation editor survives later
syncs.

Variants follow the variant trees the network has: a page gets its variant when its parent has a
live one (the network's home page in kk-latn, ug-arab and uz-latn is created with the site, see the
demo seeding), and a home page is kept in sync once its variant exists. A site that does not publish
a script, or a test that builds a single locale, gets no variant pages.

Slugs are kept as they are in the base page: a reader switching script stays on the same URL path,
and an Arabic-script slug would not survive wagtail-localize's ASCII slugify anyway.
"""

import logging

from django.db import transaction

from wagtail.models import Locale, Page

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import languages
from languages.transliteration import transliterate_html

from .machine import TransliterationTranslator

logger = logging.getLogger(__name__)


def variants_of(code: str) -> list[str]:
    return [language.code for language in languages.VARIANTS if language.variant_of == code]


def _fill_strings(source: TranslationSource, locale: Locale) -> None:
    """Transliterated StringTranslations for every segment of `source` that has none in `locale`."""
    base, variant = source.locale.language_code, locale.language_code
    segments = (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
    )
    tool = str(TransliterationTranslator.display_name)
    for segment in segments:
        data = segment.string.data
        if segment.context.path != "slug":
            data = transliterate_html(data, base, variant)
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE, "tool_name": tool},
        )


def sync_variant(page: Page, locale: Locale) -> Page:
    """Create or update the live `locale` variant of `page` (whose locale is the variant's base)."""
    page = page.specific
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    _fill_strings(source, locale)
    translation.save_target(publish=False)
    # Published here rather than by save_target(publish=True), which defers it to the end of the
    # transaction: the variant is live as soon as its base page is.
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
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
