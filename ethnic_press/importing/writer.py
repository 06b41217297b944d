"""Writing validated lines: the outlet's page in the line's locale, journalists, the published article.

`write_batch` writes a batch of lines in one go (new articles inserted and re-imported ones updated through
bulk.py, unchanged ones skipped); `write` writes one line through Wagtail's publish, the way a batch that
failed is retried line by line.
"""

import re
from uuid import uuid4

from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page

import languages
from ethnic_press.models import OutletPage
from languages.localize import translate_page
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist

from . import bulk, deferral
from .errors import LineError
from .instances import instance
from .lookups import Lookups
from .validation import ArticleLine

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SLUG_MAX_LENGTH = 80
_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def existing_article(line: ArticleLine) -> ArticlePage | None:
    """The article this line updates: same outlet, same archive id, same language."""
    if line.outlet.page is None:
        return None
    article = ArticlePage.objects.child_of(line.outlet.page).filter(source_id=line.source_id).first()
    if article is not None and not article.live:
        # An editor took it down (a correction, a legal request); a re-run must not put it back.
        raise LineError(f"article {article.title!r} was unpublished by an editor; not updated")
    return article


def write(line: ArticleLine, lookups: Lookups) -> str:
    """Create or update the article of a line and publish it; returns CREATED or UPDATED."""
    article = existing_article(line)
    if article is None:
        outlet = line.outlet.page or _translate_outlet(line)
        article = ArticlePage(
            locale=line.locale,
            slug=find_available_slug(outlet, _slug(line.title)),
            live=False,
            # Wagtail's "first published" is the archive's date, not the day of the import.
            first_published_at=line.published_at,
        )
        sibling = _same_story_in_another_language(line, outlet)
        if sibling is not None:
            # One story in several languages is one translation family (search shows it once).
            article.translation_key = sibling.translation_key
        _fill(article, line, lookups)
        outlet.add_child(instance=article)
        outcome = CREATED
    elif unchanged(article, line):
        return UNCHANGED
    else:
        # The slug stays: the article's URL must survive a corrected title.
        _fill(article, line, lookups)
        outcome = UPDATED
    article.save_revision().publish()
    return outcome


def _translate_outlet(line: ArticleLine) -> OutletPage:
    for ancestor in line.outlet.missing_ancestors:
        translate_page(ancestor, line.language)
    return translate_page(line.outlet.source, line.language)


def _same_story_in_another_language(line: ArticleLine, outlet: OutletPage) -> ArticlePage | None:
    family = OutletPage.objects.filter(translation_key=outlet.translation_key).exclude(pk=outlet.pk)
    for other_outlet in family:
        sibling = ArticlePage.objects.child_of(other_outlet).filter(source_id=line.source_id).first()
        if sibling is not None and not sibling.get_translations().filter(locale=line.locale).exists():
            return sibling
    return None


def _fill(article: ArticlePage, line: ArticleLine, lookups: Lookups, created: dict | None = None) -> None:
    article.title = line.title
    article.lead = line.lead
    article.body = line.body
    article.published_at = line.published_at
    article.region = line.region
    article.source_id = line.source_id
    # Two spellings of one name (Cyrillic and Latin) credit the journalist once.
    journalists = {}
    for name, journalist in line.authors:
        if journalist is None and created is not None:
            # A batch credits a new name on several lines: one journalist.
            journalist = created.get(name) or created.setdefault(name, _create_journalist(name, lookups))
        journalist = journalist or _create_journalist(name, lookups)
        journalists.setdefault(journalist.pk, journalist)
    article.bylines = [
        instance(ArticleByline, journalist=journalist, role=ArticleByline.Role.AUTHOR, sort_order=index)
        for index, journalist in enumerate(journalists.values())
    ]
    article.article_topics = [
        instance(ArticleTopic, topic=topic, sort_order=index) for index, topic in enumerate(line.topics)
    ]


def _create_journalist(name: str, lookups: Lookups) -> Journalist:
    """An author the network does not know yet: created in the default locale, for editors to complete."""
    base = slugify(name, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "journalist"
    slug, number = base, 1
    taken = Journalist.objects.filter(locale=lookups.default_locale)
    while taken.filter(slug=slug).exists():
        number += 1
        slug = f"{base[: SLUG_MAX_LENGTH - len(str(number)) - 1]}-{number}"
    journalist = Journalist.objects.create(name=name, slug=slug, locale=lookups.default_locale)
    lookups.journalist_created(name, journalist)
    return journalist


def _slug(title: str) -> str:
    return slugify(title, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "article"


def write_batch(lines: list[ArticleLine], lookups: Lookups) -> list[str]:
    """Create or update the articles of several lines (no two of them for the same article); returns each
    line's outcome. Call inside one transaction: any error leaves the whole batch to be retried line by line.

    New articles are inserted in bulk, changed ones updated in bulk (bulk.update_articles), and a line that
    would change nothing in its live article is skipped (UNCHANGED): re-running an import is cheap."""
    outlets = [_outlet_page(line) for line in lines]
    known = _articles_with_source_ids(lines)
    outcomes: list[str] = []
    new: list[tuple[ArticleLine, OutletPage]] = []
    existing: list[tuple[ArticleLine, ArticlePage]] = []
    for line, outlet in zip(lines, outlets, strict=True):
        article = known.get((outlet.path, line.source_id))
        if article is None:
            new.append((line, outlet))
            outcomes.append(CREATED)
            continue
        if not article.live:
            raise LineError(f"article {article.title!r} was unpublished by an editor; not updated")
        line.outlet.page = outlet
        existing.append((line, article))
        outcomes.append(UPDATED)
    created_journalists: dict[str, Journalist] = {}
    if existing:
        full = {
            page.pk: page
            for page in ArticlePage.objects.filter(pk__in=[article.pk for _, article in existing]).prefetch_related(
                *bulk.CHILD_RELATIONS
            )
        }
        changed = []
        for index, (line, article) in zip(
            [index for index, outcome in enumerate(outcomes) if outcome == UPDATED], existing, strict=True
        ):
            page = full[article.pk]
            if unchanged(page, line):
                outcomes[index] = UNCHANGED
                continue
            _fill(page, line, lookups, created_journalists)
            changed.append(page)
        for page in bulk.update_articles(changed):
            deferral.defer_variants(page)
    if new:
        pages = bulk.insert_articles(_new_articles(new, known.values(), lookups, created_journalists))
        for page in pages:
            deferral.defer_variants(page)
    return outcomes


def unchanged(article: ArticlePage, line: ArticleLine) -> bool:
    """Whether publishing `line` would leave the live `article` as it is (same texts, date, region, authors
    and topics, and no editor's draft pending): a re-import skips it."""
    if article.has_unpublished_changes or (article.title, article.draft_title, article.lead) != (
        line.title,
        line.title,
        line.lead,
    ):
        return False
    if article.published_at != line.published_at or article.region_id != (line.region.pk if line.region else None):
        return False
    if any(journalist is None for _, journalist in line.authors):
        return False  # a new author to create
    authors = list(dict.fromkeys(journalist.pk for _, journalist in line.authors))
    if [(byline.journalist_id, byline.role) for byline in article.bylines.all()] != [
        (pk, ArticleByline.Role.AUTHOR) for pk in authors
    ]:
        return False
    if [topic.topic_id for topic in article.article_topics.all()] != [topic.pk for topic in line.topics]:
        return False
    # Draftail's block keys are random: the same paragraph converted twice differs only by them.
    stored = [(block["type"], _BLOCK_KEY.sub("", block["value"])) for block in article.body.raw_data]
    return stored == [(kind, _BLOCK_KEY.sub("", getattr(value, "source", value))) for kind, value in line.body]


def _outlet_page(line: ArticleLine) -> OutletPage:
    """The outlet's page in the line's locale: as validated, made by an earlier line since, or made now."""
    if line.outlet.page is None:
        line.outlet.page = OutletPage.objects.filter(
            translation_key=line.outlet.source.translation_key, locale=line.locale
        ).first() or _translate_outlet(line)
    return line.outlet.page


def _articles_with_source_ids(lines: list[ArticleLine]) -> dict[tuple[str, str], ArticlePage]:
    """Every article carrying one of the lines' archive ids, by (its outlet page's path, source_id)."""
    found = ArticlePage.objects.filter(source_id__in={line.source_id for line in lines}).only(
        "path", "live", "title", "source_id", "translation_key", "locale_id", "original_language"
    )
    return {(article.path[: -Page.steplen], article.source_id): article for article in found}


def _new_articles(new: list[tuple[ArticleLine, OutletPage]], known, lookups: Lookups, created_journalists: dict):
    """(outlet page, unsaved ArticlePage) for each new line, with slug, translation family and bylines."""
    outlet_keys = dict(
        OutletPage.objects.filter(path__in={article.path[: -Page.steplen] for article in known}).values_list(
            "path", "translation_key"
        )
    )
    # The stories these archive ids already have, per outlet (whatever its locale): translation_key →
    # the locales it is published in and its original language.
    stories: dict[tuple, dict] = {}
    for article in sorted(known, key=lambda article: article.pk):
        key = (outlet_keys.get(article.path[: -Page.steplen]), article.source_id)
        story = stories.setdefault(key, {}).setdefault(
            article.translation_key, {"locales": set(), "original": article.original_language}
        )
        story["locales"].add(article.locale_id)
    slugs = {}
    by_outlet: dict[int, list[int]] = {}
    for index, (_, outlet) in enumerate(new):
        by_outlet.setdefault(outlet.pk, []).append(index)
    chosen = bulk.available_slugs_under(
        [(new[indexes[0]][1], [_slug(new[index][0].title) for index in indexes]) for indexes in by_outlet.values()]
    )
    for indexes, outlet_slugs in zip(by_outlet.values(), chosen, strict=True):
        slugs.update(zip(indexes, outlet_slugs, strict=True))
    items = []
    for index, (line, outlet) in enumerate(new):
        family = stories.setdefault((outlet.translation_key, line.source_id), {})
        # One story in several languages is one translation family (search shows it once).
        translation_key, story = next(
            ((key, story) for key, story in family.items() if line.locale.pk not in story["locales"]), (None, None)
        )
        if story is None:
            code = line.language
            translation_key = uuid4()
            story = family[translation_key] = {"locales": set(), "original": languages.BY_CODE[code].variant_of or code}
        story["locales"].add(line.locale.pk)
        article = instance(
            ArticlePage,
            locale=line.locale,
            slug=slugs[index],
            translation_key=translation_key,
            original_language=story["original"],
            # Wagtail's "first published" is the archive's date, not the day of the import.
            first_published_at=line.published_at,
        )
        _fill(article, line, lookups, created_journalists)
        items.append((outlet, article))
    return items
