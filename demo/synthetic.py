"""Synthetic articles for benchmarks: `seed_demo --articles N`.

Wagtail creates pages one at a time (tree bookkeeping, revision, search index, signals), which takes
hours for 100,000 articles. Here pages are written in bulk: Page rows with their tree paths computed in
advance, then the ArticlePage rows, bylines and topics; each batch's articles are then indexed (both search
indexes) as an archive import's are, so only the new pages are analysed, not every page of the network.
The text is recombined from the demo stories of the same language, so every language's analyser and
every outlet get realistic load. Each run adds N more (numbered after the previous ones).
"""

import datetime
import random
import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page

import languages
from ethnic_press.models import OutletPage
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist, Topic
from search.tasks import index_imported_articles_task

from . import loader

BATCH = 2000
SLUG_PREFIX = "bench-"


def _targets() -> list[OutletPage]:
    """Outlet pages in each locale the outlet publishes in, interleaved so that consecutive articles
    go to different languages (a small N is still spread over all of them)."""
    outlets = OutletPage.objects.live().select_related("locale").prefetch_related("outlet_languages").order_by("path")
    by_language = defaultdict(list)
    for outlet in outlets:
        if outlet.locale.language_code in {item.language for item in outlet.outlet_languages.all()}:
            by_language[outlet.locale.language_code].append(outlet)
    queues = [by_language[code] for code in sorted(by_language)]
    return [queue[i] for i in range(max(map(len, queues), default=0)) for queue in queues if i < len(queue)]


def add_synthetic_articles(count: int, seed: int, log=print, index: bool = True) -> int:
    """Write `count` more synthetic articles; with `index`, each batch is indexed once written (both search
    indexes: the reader's and Wagtail's admin index). bench/scale_corpus.py passes False and builds the
    reader index of 100,000 articles at once, faster than batch by batch."""
    targets = _targets()
    if not targets:
        raise RuntimeError("Seed the demo network first: there are no outlets to add articles to.")
    rng = random.Random(seed * 7919 + count)
    pools = {code: loader.articles(code) for code in {outlet.locale.language_code for outlet in targets}}
    journalists = list(Journalist.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE))
    topics = list(Topic.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE))
    content_type = ContentType.objects.get_for_model(ArticlePage)
    already = Page.objects.filter(content_type=content_type, slug__startswith=SLUG_PREFIX).count()
    now = timezone.now()

    # Where the next child of each outlet goes in the tree.
    next_step = {}
    for outlet in targets:
        last = outlet.get_last_child()
        next_step[outlet.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1

    added = 0
    while added < count:
        size = min(BATCH, count - added)
        with transaction.atomic():
            page_ids = _write_batch(
                size, already + added, targets, pools, journalists, topics, content_type, next_step, rng, now
            )
            if index:
                index_imported_articles_task.call(page_ids)
        added += size
        log(f"  {added}/{count} synthetic articles written{' and indexed' if index else ''}")
    return added


def _write_batch(size, first_number, targets, pools, journalists, topics, content_type, next_step, rng, now):
    """Write one batch of articles; returns their page ids."""
    pages, details, children_added = [], [], defaultdict(int)
    for offset in range(size):
        number = first_number + offset
        outlet = targets[number % len(targets)]
        pool = pools[outlet.locale.language_code]
        story, other = rng.choice(pool), rng.choice(pool)
        title = f"{story['title']} ({number + 1})"[:255]
        slug = f"{SLUG_PREFIX}{number + 1}"
        step = next_step[outlet.pk]
        next_step[outlet.pk] += 1
        children_added[outlet.pk] += 1
        published = now - datetime.timedelta(minutes=rng.randint(60, 60 * 24 * 365 * 3))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale_id=outlet.locale_id,
                path=Page._get_path(outlet.path, outlet.depth + 1, step),
                depth=outlet.depth + 1,
                numchild=0,
                url_path=f"{outlet.url_path}{slug}/",
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
            )
        )
        paragraphs = story["body"][:2] + other["body"][1:3]
        details.append(
            {
                "lead": story["lead"],
                "body": [
                    {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
                    for text in paragraphs
                ],
                "published_at": published,
                "original_language": outlet.locale.language_code,
                "region_id": outlet.region_id,
            }
        )
    Page.objects.bulk_create(pages)
    if pages[0].pk is None:  # backends that do not return ids from bulk inserts
        by_path = dict(Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk"))
        for page in pages:
            page.pk = page.id = by_path[page.path]
    articles = [ArticlePage(page_ptr_id=page.pk, **detail) for page, detail in zip(pages, details, strict=True)]
    # Django cannot bulk_create multi-table-inheritance models; the parent rows exist, so insert the
    # child table's rows directly (the same call bulk_create makes for a single table).
    child_fields = [field for field in ArticlePage._meta.local_concrete_fields]
    ArticlePage.objects._insert(articles, fields=child_fields)
    if journalists:
        ArticleByline.objects.bulk_create(
            [ArticleByline(page_id=page.pk, journalist=rng.choice(journalists), sort_order=0) for page in pages]
        )
    if topics:
        ArticleTopic.objects.bulk_create(
            [ArticleTopic(page_id=page.pk, topic=rng.choice(topics), sort_order=0) for page in pages]
        )
    for outlet_pk, added in children_added.items():
        Page.objects.filter(pk=outlet_pk).update(numchild=F("numchild") + added)
    return [page.pk for page in pages]
