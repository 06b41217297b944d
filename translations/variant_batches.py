"""Script variants of an archive import's articles, made in bulk (one background task per import batch).

An archive import publishes thousands of new articles at once; their variants are made in bulk
(`publish_variants`, one background task per import batch): the same transliterated texts, written by
ethnic_press.importing.bulk without wagtail-localize's per-page source, segments and translation. A re-import
that changes the article updates such variants in bulk too (transliterated afresh: no proof-reader's fix can
live in a translation that does not exist). The first time an editor publishes the base page, `sync_variant`
creates the source and translation and updates the variant page in place, as for any other page; from then
on its variants follow the page one by one through wagtail-localize, re-imports included.
"""

from django.db import transaction

from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page

from wagtail_localize.models import TranslationSource

import languages
from ethnic_press.importing import bulk
from languages.transliteration import transliterate, transliterate_html
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic

from .variants import sync_variants, variants_of

# Block types of an article body whose text bulk variants transliterate; a body with any other block (an
# image's caption, a quote, a fact box) is synced page by page.
PLAIN_BLOCKS, RICH_BLOCKS = {"heading"}, {"paragraph"}
# An article's child relations bulk variants copy (synchronised fields); one with anything else
# (corrections, translated) is synced page by page.
COPIED_RELATIONS = {"bylines", "article_topics"}
RELATIONS = {relation.get_accessor_name() for relation in get_all_child_relations(ArticlePage)}


def publish_variants(page_ids: list[int]) -> int:
    """Publish the script variants of these pages (an import batch's); returns how many were made or updated.

    New articles get theirs in bulk; pages that have a variant already, and pages that are not plain
    articles, go through `sync_variants` one by one. Pages no longer live are skipped.
    """
    # Only articles in a language that has script variants are read (with their relations): the others of
    # the batch (most of it) would be passed over below.
    articles = list(
        ArticlePage.objects.filter(
            pk__in=page_ids,
            live=True,
            locale__language_code__in={language.variant_of for language in languages.VARIANTS},
        )
        .select_related("locale")
        .prefetch_related(*RELATIONS)
        .order_by("path")
    )
    others = Page.objects.filter(pk__in=page_ids, live=True).not_type(ArticlePage)
    one_by_one = list(others.specific())
    codes = {page.locale.language_code for page in articles}
    locales = {code: list(Locale.objects.filter(language_code__in=variants_of(code))) for code in codes}
    existing = set(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in articles],
            locale__in=[locale for group in locales.values() for locale in group],
        ).values_list("translation_key", "locale_id")
    )
    refreshable = _bulk_refreshable([page for page in articles if _bulk_ready(page)], existing)
    parents: dict[tuple, Page | None] = {}
    by_parent: dict[int, tuple[Page, list[ArticlePage]]] = {}
    refreshed: list[ArticlePage] = []
    for page in articles:
        targets = locales[page.locale.language_code]
        if not targets:
            continue
        if any((page.translation_key, locale.pk) in existing for locale in targets):
            if page.pk in refreshable:
                refreshed += [_refreshed(variant, page) for variant in refreshable[page.pk]]
            else:
                one_by_one.append(page)
            continue
        if not _bulk_ready(page):
            one_by_one.append(page)
            continue
        parent_path = page.path[: -Page.steplen]
        for locale in targets:
            if (parent_path, locale.pk) not in parents:
                parent_key = Page.objects.filter(path=parent_path).values_list("translation_key", flat=True).first()
                parents[parent_path, locale.pk] = Page.objects.filter(
                    translation_key=parent_key, locale=locale, live=True
                ).first()
            parent = parents[parent_path, locale.pk]
            if parent is not None:  # the network publishes this outlet in that script
                by_parent.setdefault(parent.pk, (parent, []))[1].append(_variant(page, locale))
    with transaction.atomic():
        items = []
        for parent, variants in by_parent.values():
            slugs = bulk.available_slugs(parent, [variant.slug for variant in variants])
            for variant, slug in zip(variants, slugs, strict=True):
                variant.slug = slug
                items.append((parent, variant))
        made = len(bulk.insert_articles(items)) + len(bulk.update_articles(refreshed))
    for page in one_by_one:
        made += len(sync_variants(page))
    return made


def _bulk_refreshable(pages: list[ArticlePage], existing: set) -> dict[int, list[ArticlePage]]:
    """The variants bulk can bring up to date, by base page id: a re-imported article's, when every variant
    it has is a live plain article and the base page has no wagtail-localize source (its variants were all
    made in bulk, so no proof-reader's fix lives in a translation to keep; otherwise `sync_variant`)."""
    with_variants = [page for page in pages if any(key == page.translation_key for key, _ in existing)]
    if not with_variants:
        return {}
    sourced = set(
        TranslationSource.objects.filter(object_id__in=[page.translation_key for page in with_variants]).values_list(
            "object_id", flat=True
        )
    )
    candidates = [page for page in with_variants if page.translation_key not in sourced]
    variants: dict[object, list[Page]] = {}
    for variant in (
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in candidates],
            locale__language_code__in=[language.code for language in languages.VARIANTS],
        )
        .select_related("locale")
        .specific()
    ):
        variants.setdefault(variant.translation_key, []).append(variant)
    found = {}
    for page in candidates:
        mine = variants.get(page.translation_key, [])
        wanted = set(variants_of(page.locale.language_code))
        if mine and all(
            type(variant) is ArticlePage and variant.live and variant.locale.language_code in wanted for variant in mine
        ):
            found[page.pk] = mine
    return found


def _refreshed(variant: ArticlePage, page: ArticlePage) -> ArticlePage:
    """The saved `variant` with the texts, date, region, bylines and topics of its re-imported base `page`."""
    fresh = _variant(page, variant.locale)
    for name in ("title", "lead", "body", "published_at", "region_id"):
        setattr(variant, name, getattr(fresh, name))
    for name in bulk.CHILD_RELATIONS:
        source = fresh if name in COPIED_RELATIONS else variant
        setattr(variant, name, list(getattr(source, name).all()))
    return variant


def _bulk_ready(page: Page) -> bool:
    if type(page) is not ArticlePage:
        return False
    if any(block.block_type not in PLAIN_BLOCKS | RICH_BLOCKS for block in page.body):
        return False
    return not any(getattr(page, name).all() for name in RELATIONS - COPIED_RELATIONS)


def _variant(page: ArticlePage, locale: Locale) -> ArticlePage:
    """The `locale` variant of a new article: its texts transliterated, everything else as in the base page."""
    base, code = page.locale.language_code, locale.language_code

    def plain(text: str) -> str:
        return transliterate(text, base, code) if text else text

    body = []
    for block in page.body.raw_data:
        value = block["value"]
        value = plain(value) if block["type"] in PLAIN_BLOCKS else transliterate_html(value, base, code)
        body.append({**block, "value": value})
    variant = ArticlePage(
        locale=locale,
        slug=page.slug,
        translation_key=page.translation_key,
        title=plain(page.title),
        seo_title=plain(page.seo_title),
        search_description=plain(page.search_description),
        lead=plain(page.lead),
        body=body,
        hero_image_id=page.hero_image_id,
        hero_caption=plain(page.hero_caption),
        hero_alt_text=plain(page.hero_alt_text),
        region_id=page.region_id,
        published_at=page.published_at,
        original_language=page.original_language,
        source_id=page.source_id,
        republished_from_id=page.republished_from_id,
        first_published_at=page.first_published_at,
    )
    variant.bylines = [
        ArticleByline(journalist_id=byline.journalist_id, role=byline.role, sort_order=byline.sort_order)
        for byline in page.bylines.all()
    ]
    variant.article_topics = [
        ArticleTopic(topic_id=topic.topic_id, sort_order=topic.sort_order) for topic in page.article_topics.all()
    ]
    return variant
