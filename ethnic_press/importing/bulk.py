"""Publishing many new articles at once: the archive import's writer (and translations' script variants).

Wagtail makes a live page with `parent.add_child(instance=page)` and `page.save_revision().publish()`:
treebeard locks and re-reads the parent for every page, the page row is saved three times, and every
save and publication runs the receivers of the apps above (search index, Wagtail's reference and search
indexes, the page cache, script variants). That is ~400 ms of CPU per article: 11 hours for an archive of
100,000. `insert_articles` writes a batch of new, live articles with a few statements per batch instead:

1. Each parent's row is updated first (`numchild += n`). That takes the lock that makes the rest safe —
   a row lock on PostgreSQL, the database's write lock on SQLite — so no page can be added under the
   parent between our reading of its last child and our insert. The new tree paths are then the parent's
   path followed by the next steps (treebeard's materialised path: what `add_child` computes one by one).
2. Ids for every row up front (rows.py: the tables' own sequences on PostgreSQL, inside the write lock on
   SQLite), so each row is complete before anything is inserted: the page points at its revision, the
   revision's content holds the page's and its bylines' ids, and nothing is read back or updated after.
3. One revision per page with the content Wagtail's `save_revision` stores (`serializable_data()`, read
   by content.py, taken while the new page points at no revision, as Wagtail's is), so the admin edits,
   compares and reverts these pages like any other; it is the page's latest and live revision.
4. The wagtailcore_page rows, then the newsroom_articlepage rows with `page_ptr_id` = the same ids (Django's
   `bulk_create` refuses multi-table inheritance: an ArticlePage is a row in each table), the bylines and
   topics, and the "published" entry of each page's history: one COPY per table on PostgreSQL (rows.py).
5. Wagtail's reference index rows ("used by" of journalists, topics, regions: references.py, the rows
   Wagtail's own walk finds; the pages are new, so there is nothing to delete).

Then `bulk_published` is sent once for the batch, inside its transaction, with the page ids: the apps above
do for all the pages together what they do for one page on `page_published` (home starts a new page-cache
generation and purges the CDN at once; search enqueues one task that indexes the batch, run by the worker,
so the language analysis is not on the import's path). Script variants are the caller's (deferral.py).
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, F, Max, Q, Value, When
from django.db.models.functions import Length, Substr
from django.dispatch import Signal
from django.utils import timezone

from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from newsroom.models import ArticleByline, ArticlePage, ArticleTopic

from .content import children, serializable_data
from .instances import instance
from .references import references
from .rows import compress_quickly, dumped_json, insert_objects, insert_rows, reserve_ids

__all__ = [
    "available_slugs",
    "available_slugs_under",
    "bulk_published",
    "insert_articles",
    "insert_rows",
    "update_articles",
]

# Sent once per batch written by insert_articles or update_articles (inside its transaction): page_ids = the
# live ArticlePages written.
bulk_published = Signal()

# treebeard's alphabet and step length: a parent has at most 36⁴ − 1 children.
MAX_STEP = len(Page.alphabet) ** Page.steplen - 1
BODY = ArticlePage._meta.get_field("body")
CHILD_RELATIONS = [relation.get_accessor_name() for relation in get_all_child_relations(ArticlePage)]
EMPTY_RELATIONS = [
    name
    for name in (relation.get_accessor_name() for relation in get_all_child_relations(ArticlePage))
    if name not in {"bylines", "article_topics"}
]


def child_range(parent: Page) -> dict:
    """A filter for the children of `parent` that uses the path index (a LIKE 'path%' cannot on SQLite)."""
    return {"path__gt": parent.path, "path__lte": parent.path + Page.alphabet[-1] * Page.steplen}


def available_slugs(parent: Page, wanted: list[str]) -> list[str]:
    """Slugs for new children of `parent`, in order: each wanted slug, or it with -1, -2 … appended when a
    sibling (or an earlier one of `wanted`) has it — Wagtail's `find_available_slug`, one query per round."""
    return available_slugs_under([(parent, wanted)])[0]


def available_slugs_under(requests: list[tuple[Page, list[str]]]) -> list[list[str]]:
    """`available_slugs` for the new children of several parents (a batch spread over many outlets), with one
    query per round for all of them: the pages at those depths with one of the candidate slugs, each counted
    under its own parent only."""
    parent_of = {parent.path: number for number, (parent, _) in enumerate(requests)}
    depths = {parent.depth + 1 for parent, _ in requests}
    taken: list[set[str]] = [set() for _ in requests]
    chosen: list[list[str | None]] = [[None] * len(wanted) for _, wanted in requests]
    tries = {(number, index): 0 for number, (_, wanted) in enumerate(requests) for index in range(len(wanted))}
    while tries:
        candidates = {key: _numbered(requests[key[0]][1][key[1]], tried) for key, tried in tries.items()}
        siblings = Page.objects.filter(slug__in=set(candidates.values()), depth__in=depths).values_list("path", "slug")
        for path, slug in siblings:
            number = parent_of.get(path[: -Page.steplen])
            if number is not None:
                taken[number].add(slug)
        for (number, index), slug in candidates.items():
            if slug not in taken[number]:
                chosen[number][index] = slug
                taken[number].add(slug)
                del tries[number, index]
            else:
                tries[number, index] += 1
    return chosen


def _numbered(slug: str, number: int) -> str:
    return f"{slug}-{number}" if number else slug


def insert_articles(items: Iterable[tuple[Page, ArticlePage]]) -> list[ArticlePage]:
    """Write new live articles, each under its parent; call inside a transaction.

    Each ArticlePage comes filled (title, slug unique in its parent, locale, translation_key, fields),
    with its bylines and topics set as in-memory child objects (`page.bylines = [...]`); its other child
    relations (corrections, comments) start empty. Returns the pages, saved, with their ids and revisions.
    """
    items = list(items)
    if not items:
        return []
    for _, page in items:
        # Set in memory so that serialising the revision does not query each new page's empty relations.
        for name in EMPTY_RELATIONS:
            setattr(page, name, [])
    now = timezone.now()
    compress_quickly(Revision)
    article_type = ContentType.objects.get_for_model(ArticlePage)

    # 1. Tree paths, under each parent's lock.
    by_parent: dict[int, list[ArticlePage]] = defaultdict(list)
    parents = {}
    for parent, page in items:
        by_parent[parent.pk].append(page)
        parents[parent.pk] = parent
    # One statement for every parent of the batch (a batch may spread over a hundred outlets' pages), then their
    # last children and URL paths read under those locks.
    Page.objects.filter(pk__in=list(by_parent)).update(
        numchild=F("numchild")
        + Case(*(When(pk=pk, then=Value(len(pages))) for pk, pages in by_parent.items()), default=Value(0))
    )
    last_paths = dict(
        Page.objects.filter(
            reduce(or_, (Q(**child_range(parent), depth=parent.depth + 1) for parent in parents.values()))
        )
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .order_by()
        .values("parent_path")
        .annotate(last=Max("path"))
        .values_list("parent_path", "last")
    )
    url_paths = dict(Page.objects.filter(pk__in=list(by_parent)).values_list("pk", "url_path"))
    for parent_pk, pages in by_parent.items():
        parent = parents[parent_pk]
        last = last_paths.get(parent.path)
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        if step + len(pages) > MAX_STEP:
            raise ValueError(f"page {parent_pk} cannot have more than {MAX_STEP} children")
        url_path = url_paths[parent_pk]
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{url_path}{page.slug}/"
            page.content_type = article_type
            page.draft_title = page.title
            page.live, page.has_unpublished_changes = True, False
            page.last_published_at = page.latest_revision_created_at = now
            if page.first_published_at is None:
                page.first_published_at = now
    pages = [page for _, page in items]

    # 2. Ids for the pages (then their bylines and topics, their revisions: _child_rows, _publish_revisions), so
    # that every row is complete before the first insert and nothing is read back or updated afterwards.
    for page, pk in zip(pages, reserve_ids(Page, len(pages)), strict=True):
        page.pk = page.id = page.page_ptr_id = pk
        page.latest_revision = page.live_revision = None
    bylines, topics = _child_rows(pages)
    # Each body's JSON made once, for its revision (which stores it as text) and for its row.
    bodies = [BODY.value_to_string(page) for page in pages]
    revisions = _publish_revisions(pages, now, bodies)
    # 3. The wagtailcore_page rows, then the newsroom_articlepage rows that share their ids (Django's
    # bulk_create refuses a multi-table model: it could not give the second table the first one's ids).
    insert_objects(Page, pages)
    insert_objects(ArticlePage, pages, local=True, given={"body": [dumped_json(ArticlePage, body) for body in bodies]})
    insert_objects(ArticleByline, bylines)
    insert_objects(ArticleTopic, topics)
    _log_entries(pages, revisions, now)

    # 4. Reference index.
    _reference_index(pages)

    bulk_published.send(sender=ArticlePage, page_ids=[page.pk for page in pages])
    return pages


# What a re-import changes in a live article (as Wagtail's publish of a new revision would), besides its
# bylines and topics.
UPDATED_FIELDS = [
    "title",
    "draft_title",
    "lead",
    "body",
    "published_at",
    "region",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision_created_at",
    "latest_revision",
    "live_revision",
]


def update_articles(pages: list[ArticlePage]) -> list[ArticlePage]:
    """Publish new content of live articles (a re-import's, or their script variants'); call inside a transaction.

    Each ArticlePage is the saved page with its new texts and fields set in memory, its bylines and topics
    set as new in-memory child objects (`page.bylines = [...]`) and its other child relations loaded. What
    Wagtail's `save_revision().publish()` writes for each, in a few statements for all: the page and article
    rows, the bylines and topics replaced, a new revision (latest and live), the "published" history entry,
    the reference index; then one `bulk_published` for the search indexes and the page cache. The slug, the
    tree path and the URL stay.
    """
    if not pages:
        return []
    now = timezone.now()
    compress_quickly(Revision)
    ids = [page.pk for page in pages]
    for page in pages:
        page.draft_title = page.title
        page.has_unpublished_changes = False
        page.last_published_at = page.latest_revision_created_at = now
    ArticleByline.objects.filter(page_id__in=ids).delete()
    ArticleTopic.objects.filter(page_id__in=ids).delete()
    bylines, topics = _child_rows(pages)
    insert_objects(ArticleByline, bylines)
    insert_objects(ArticleTopic, topics)
    revisions = _publish_revisions(pages, now)
    ArticlePage.objects.bulk_update(pages, UPDATED_FIELDS, batch_size=100)
    _log_entries(pages, revisions, now)
    ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in ids]
    ).delete()
    _reference_index(pages)
    bulk_published.send(sender=ArticlePage, page_ids=ids)
    return pages


def _child_rows(pages: list[ArticlePage]) -> tuple[list[ArticleByline], list[ArticleTopic]]:
    """The bylines and topics set in memory on each page (which has its id), with their own ids reserved: the
    revision serialised next stores them, as Wagtail's would. The caller inserts them."""
    bylines = [byline for page in pages for byline in children(page, "bylines")]
    topics = [topic for page in pages for topic in children(page, "article_topics")]
    for page in pages:
        for child in (*children(page, "bylines"), *children(page, "article_topics")):
            child.page_id = page.pk
    for model, rows in ((ArticleByline, bylines), (ArticleTopic, topics)):
        for child, pk in zip(rows, reserve_ids(model, len(rows)), strict=True):
            child.pk = pk
    return bylines, topics


def _publish_revisions(pages: list[ArticlePage], now, bodies: list[str] | None = None) -> list[Revision]:
    """Insert a revision per page with what Wagtail's `save_revision` stores (the page serialised as it is:
    for a new page, before it points at any revision), and make it the page's latest and live revision (in
    memory: the caller writes the page row). `bodies`: each page's body as `value_to_string` gives it, if made."""
    page_type = ContentType.objects.get_for_model(Page)
    article_type = ContentType.objects.get_for_model(ArticlePage)
    revisions = [
        instance(
            Revision,
            pk=pk,
            content_type=article_type,
            base_content_type=page_type,
            object_id=str(page.pk),
            created_at=now,
            object_str=page.title,
            content=serializable_data(page, {"body": body} if body is not None else None),
        )
        for page, pk, body in zip(pages, reserve_ids(Revision, len(pages)), bodies or [None] * len(pages), strict=True)
    ]
    insert_objects(Revision, revisions)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
    return revisions


def _log_entries(pages: list[ArticlePage], revisions: list[Revision], now) -> None:
    """The "published" entry of each page's history: one entry made as the others (`instance`) and its row
    prepared once, then each page's row is that row with its own id, page, label, revision and uuid (nothing
    reads the entries back: no instance per page)."""
    common = instance(
        PageLogEntry,
        content_type=ContentType.objects.get_for_model(ArticlePage),
        action="wagtail.publish",
        data={},
        timestamp=now,
        content_changed=True,
    )
    fields = PageLogEntry._meta.concrete_fields
    names = [field.name for field in fields]
    row = [field.pre_save(common, True) for field in fields]
    # The data's JSON dumped once for all, as Django's adapt_json_value dumps it.
    data = PageLogEntry._meta.get_field("data")
    row[names.index("data")] = dumped_json(PageLogEntry, json.dumps(common.data, cls=data.encoder))
    at = {name: names.index(name) for name in ("id", "page", "label", "revision", "uuid")}
    rows = []
    for page, revision, pk in zip(pages, revisions, reserve_ids(PageLogEntry, len(pages)), strict=True):
        own = row.copy()
        own[at["id"]], own[at["page"]], own[at["label"]] = pk, page.pk, page.title
        own[at["revision"]], own[at["uuid"]] = revision.pk, uuid.uuid4()
        rows.append(own)
    insert_rows(PageLogEntry, names, rows)


def _reference_index(pages: list[ArticlePage]) -> None:
    """Wagtail's reference index rows of the pages ("used by" of journalists, topics, regions), as
    `ReferenceIndex.create_or_update_for_object` would write them for new pages (references.py)."""
    page_type = ContentType.objects.get_for_model(Page)
    article_type = ContentType.objects.get_for_model(ArticlePage)
    insert_rows(
        ReferenceIndex,
        [
            "content_type",
            "base_content_type",
            "object_id",
            "to_content_type",
            "to_object_id",
            "model_path",
            "content_path",
            "content_path_hash",
        ],
        (
            (
                article_type.pk,
                page_type.pk,
                str(page.pk),
                to_type,
                to_id,
                model_path,
                content_path,
                ReferenceIndex._get_content_path_hash(content_path),
            )
            for page in pages
            for to_type, to_id, model_path, content_path in set(references(page))
        ),
        ignore_conflicts=True,
    )
