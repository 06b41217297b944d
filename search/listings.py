"""Listings of articles (home, topic pages) that show each story once, like search does.

`one_per_story(queryset, limit)` reads the listing's articles in their order, groups them by the
search index's story_key (reprints and pasted copies join their original, search/stories.py), keeps
one article per story (the original when the listing has it, in the place of the story's first
article), and sets `article.also_in` to the other outlets carrying the story in the same language:
[{"outlet": title, "url": url}], the first MAX_ALSO_IN of them. A fixed number of queries, whatever
the listing holds, and a bounded number of rows read, whatever the number of copies of a story.
"""

import uuid

from django.db import connection
from django.db.models import F, OuterRef, QuerySet, Subquery, UUIDField, Window
from django.db.models.functions import RowNumber

from wagtail.models import Page

from languages.compiled import run_compiled
from newsroom.models import ArticlePage

from .engine import MAX_ALSO_IN
from .models import SearchDocument

# Articles read per story shown: enough for a listing where some stories are carried by several outlets.
READ_AHEAD = 3


def one_per_story(
    queryset: QuerySet, limit: int, request=None, renditions: bool = True, copies: bool = True
) -> list[ArticlePage]:
    """At most `limit` articles of `queryset` (ordered, not sliced), one per story, with `also_in`.

    `renditions=False`: the caller prefetches the cards' renditions with its own (one query).
    `copies=False`: no `also_in` and no `outlet` yet; the caller sets `article.outlet` and calls
    `attach_copies` with the articles it shows.
    """
    chosen = {story_key: row[0] for story_key, row in story_rows(queryset, limit).items()}
    articles = {
        article.pk: article
        for article in ArticlePage.prefetch_for_listing(
            queryset.filter(pk__in=chosen.values()), renditions=renditions, outlets=copies
        )
    }
    listed = [articles[pk] for pk in chosen.values() if pk in articles]
    for key, pk in chosen.items():
        if pk in articles:
            articles[pk].story_key = key
    if copies:
        attach_copies(listed, request)
    return listed


def story_rows(queryset: QuerySet, limit: int, *fields: str) -> dict:
    """{story key: (pk, *fields)} of at most `limit` stories of `queryset` (ordered, not sliced), in the
    order the stories first appear, each by its original when the listing has it: `one_per_story`'s
    choice as plain rows, for a caller that instantiates only the few articles it shows (two queries)."""
    return choose_story_rows(list(story_rows_query(queryset, limit, *fields)), limit)


def story_rows_query(queryset: QuerySet, limit: int, *fields: str) -> QuerySet:
    """The rows `story_rows` chooses from: (pk, *fields, story key, translation key) of `queryset`'s first
    articles, as many as `limit` stories may need."""
    # Each row's story and translation keys from its index row, read with it (correlated subqueries on the
    # index's page_id: one query, not a second one for the window's index rows).
    documents = SearchDocument.objects.filter(page_id=OuterRef("pk")).order_by()
    return queryset.annotate(
        listed_story_key=Subquery(documents.values("story_key")[:1], output_field=UUIDField()),
        listed_translation_key=Subquery(documents.values("translation_key")[:1], output_field=UUIDField()),
    ).values_list("pk", *fields, "listed_story_key", "listed_translation_key")[: limit * READ_AHEAD]


def choose_story_rows(rows: list, limit: int) -> dict:
    """`story_rows` of the rows of a `story_rows_query`."""
    chosen: dict = {}  # story key -> row, in the order the stories first appear
    for *row, story_key, translation_key in rows:
        row = tuple(row)
        if story_key is None:  # not indexed: a story of its own
            story_key = row[0]
        if story_key in chosen:
            if translation_key == story_key:  # the original takes the place of a copy listed before it
                chosen[story_key] = row
        elif len(chosen) < limit:
            chosen[story_key] = row
    return chosen


def attach_copies(articles: list[ArticlePage], request=None) -> None:
    """Set `also_in` on articles that `one_per_story` listed (one query, compiled once per process)."""
    if not articles:
        return
    story_of: dict[int, uuid.UUID] = {article.pk: article.story_key for article in articles}
    language = {article.pk: article.locale.language_code for article in articles}
    # An article not in the index is a story of its own (its key is its id): no copies to look for.
    keys = sorted({key for key in story_of.values() if isinstance(key, uuid.UUID)})
    languages, excluded = sorted(set(language.values())), sorted(story_of)
    # Each copy's page fields its URL needs come with it (a query of their own before).
    rows = run_compiled(_copies_with_urls, (len(keys), len(languages)), (*keys, *languages, *excluded)) if keys else []
    copies: dict[tuple, list[tuple]] = {}  # (story, language): (outlet key, outlet title, URL) in the rows' order
    # A page's URL is made of its url_path alone (and the sites' root paths): one page, given each copy's
    # url_path in turn, makes every copy's URL (a page built per copy was ~7 µs each, ~40 on a front page).
    page = None
    for page_id, story_key, copy_language, outlet_key, outlet_title, url_path, path, depth in rows:
        if page is None:
            page = Page.from_db(connection.alias, ["id", "path", "depth", "url_path"], [page_id, path, depth, url_path])
        page.pk, page.path, page.depth, page.url_path = page_id, path, depth, url_path
        copies.setdefault((story_key, copy_language), []).append((outlet_key, outlet_title, page.get_url(request)))
    for article in articles:
        seen = {getattr(article.outlet, "translation_key", None)}
        article.also_in = []
        for outlet_key, outlet_title, url in copies.get((story_of[article.pk], language[article.pk]), ()):
            if outlet_key not in seen and len(article.also_in) < MAX_ALSO_IN:
                seen.add(outlet_key)
                article.also_in.append({"outlet": outlet_title, "url": url})


def _copies_with_urls(key_count: int, language_count: int, *values):
    keys, languages, excluded = (
        values[:key_count],
        values[key_count:][:language_count],
        values[key_count + language_count :],
    )
    return copy_rows(keys, languages, exclude=excluded, url_fields=True)


def copy_rows(story_keys, languages, exclude, url_fields: bool = False) -> QuerySet:
    """(page_id, story_key, language, outlet_key, outlet_title) of the earliest copy in each outlet, at
    most MAX_ALSO_IN + 1 outlets per story and language (one may be the listed article's own outlet),
    whatever the number of copies: two nested window functions, one query. `url_fields`: each row ends with
    the copy's page url_path, path and depth (what its URL is made of)."""
    order = [F("published_at").asc(), F("page_id").asc()]
    per_outlet = (
        SearchDocument.objects.filter(story_key__in=story_keys, language__in=languages)
        .exclude(page_id__in=exclude)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("story_key"), F("language"), F("outlet_key")], order_by=order)
        )
        .filter(rank=1)
    )
    return (
        SearchDocument.objects.filter(pk__in=per_outlet.values("pk"))
        .annotate(rank=Window(RowNumber(), partition_by=[F("story_key"), F("language")], order_by=order))
        .filter(rank__lte=MAX_ALSO_IN + 1)
        .order_by("published_at", "page_id")
        .values_list(
            "page_id",
            "story_key",
            "language",
            "outlet_key",
            "outlet_title",
            *(("page__url_path", "page__path", "page__depth") if url_fields else ()),
        )
    )
