"""Related stories for an article page: other outlets' stories on the same subject, in the reader's
language family, found with the same analysers and index as reader search.

The subject is the article's own index row: the distinct terms of its title, then the commonest
longer terms of its text, at most SUBJECT_TERMS. A story is related when its rows hold any of them
(one OR query), ranked as search ranks (BM25 on SQLite, ts_rank on PostgreSQL, Elasticsearch's score),
so stories sharing the rarer words of the title come first. The article's own story (its translations
and republications) and its own outlet are left out: the page shows those already.

Fixed cost whatever the archive size: one query for the article's row (none when the article was read
with it: `index_row_annotation`), one ranked query, one for the
stories' live articles with their index rows and outlets, one for the cards' renditions.
"""

import uuid
from collections import Counter

from django.db import connection
from django.db.models import Case, F, JSONField, OuterRef, Subquery, When, Window
from django.db.models.functions import JSONObject, RowNumber

import languages
from languages.compiled import private_sections, run_compiled
from newsroom.models import ArticlePage
from newsroom.models.listing import CARD_FIELDS
from newsroom.renditions import prefetch_renditions

from .analysis import profile
from .backends import get_backend
from .backends.base import as_uuid
from .models import SearchDocument

RELATED = 4
SUBJECT_TERMS = 8
# Shorter terms are mostly function words (и, на, ve, in); Korean morphemes are short by nature.
MIN_TERM_LENGTH = 4
MIN_MORPHEME_LENGTH = 2
# How far into the text the subject is looked for (the lead and first paragraphs).
TEXT_TERMS = 80


def subject_terms(row: SearchDocument) -> list[str]:
    """The terms a related story may share with `row`: its title's, then its text's commonest."""
    shortest = MIN_MORPHEME_LENGTH if profile(row.language).morphology == "morphemes" else MIN_TERM_LENGTH
    chosen = dict.fromkeys(term for term in row.title_terms.split() if len(term) >= shortest)
    counts = Counter(term for term in row.terms.split()[:TEXT_TERMS] if len(term) >= shortest)
    for term, _count in counts.most_common():
        if len(chosen) >= SUBJECT_TERMS:
            break
        chosen.setdefault(term, None)
    return list(chosen)[:SUBJECT_TERMS]


# The index row's fields the subject and the ranking read.
ROW_FIELDS = ("id", "language", "story_key", "outlet_key", "title_terms", "terms")


def index_row_annotation() -> Subquery:
    """An annotation of an article's query: its index row (ROW_FIELDS as JSON, or NULL), which
    `related_stories` then reads from the article instead of a query of its own (home/routing.py reads it
    with the article's row)."""
    rows = SearchDocument.objects.filter(page_id=OuterRef("pk"), part=0, kind=SearchDocument.Kind.ARTICLE)
    return Subquery(
        rows.order_by().values(row=JSONObject(**{name: name for name in ROW_FIELDS}))[:1], output_field=JSONField()
    )


def _index_row(page) -> SearchDocument | None:
    if "related_index_row" in page.__dict__:  # read with the page (index_row_annotation)
        found = page.__dict__["related_index_row"]
        if found is None:
            return None
        fields = [SearchDocument._meta.get_field(name) for name in ROW_FIELDS]
        values = [field.to_python(found[field.name]) for field in fields]
        return SearchDocument.from_db(connection.alias, [field.attname for field in fields], values)
    return (
        SearchDocument.objects.filter(page_id=page.pk, part=0, kind=SearchDocument.Kind.ARTICLE)
        .only(*ROW_FIELDS)
        .first()
    )


def related_stories(page, limit: int = RELATED) -> list[ArticlePage]:
    """Up to `limit` live articles of other outlets on the subject of `page`, in its language family."""
    row = _index_row(page)
    if row is None:
        return []
    terms = subject_terms(row)
    if not terms:
        return []
    keys = get_backend().related(row.language, terms, as_uuid(row.story_key), row.outlet_key, limit)
    return _articles(keys, row.language)


def _articles(keys: list[uuid.UUID], language: str) -> list[ArticlePage]:
    """One article per story, in the reader's locale where the story has it, else its original: the live
    articles of the stories' index rows in the language family, read with their rows in one query."""
    if not keys:
        return []
    family = languages.family(language)
    # Compiled once per process (languages/compiled.py).
    shape = (private_sections(), len(keys), len(family))
    articles = run_compiled(_related_rows, shape, (*(as_uuid(key) for key in keys), *family, language))
    ArticlePage.finish_listing(articles, renditions=False)
    # The query keeps each story's best article already (`_related_rows`); the same ranking, as a check.
    best: dict[uuid.UUID, tuple] = {}
    for article in articles:
        key = as_uuid(article.related_story_key)
        row_language = article.related_language
        rank = (row_language != language, as_uuid(article.related_translation_key) != key, family.index(row_language))
        if key not in best or (*rank, article.pk) < (*best[key][0], best[key][1].pk):
            best[key] = (rank, article)
    chosen = [best[key][1] for key in keys if key in best]
    prefetch_renditions([article.hero_image for article in chosen], "card")
    return chosen


def _related_rows(private, key_count: int, family_size: int, *values):
    """The query of `_articles`, built by languages/compiled.py with markers for `values` (the stories' keys,
    then the language family, then the reader's language; the counts and `private`, what `public()` excludes,
    are its shape): each story's live article to show, in the reader's language, else the story's original,
    else the first of the family, read for its card. Only those rows are read: the others' model instances
    (page, image, locale) were half of the related stories' cost."""
    keys, family, language = values[:key_count], values[key_count:-1], values[-1]
    document = "search_documents__"
    best_first = [
        Case(When(**{f"{document}language": language}, then=0), default=1),
        Case(When(**{f"{document}translation_key": F(f"{document}story_key")}, then=0), default=1),
        Case(*(When(**{f"{document}language": code}, then=n) for n, code in enumerate(family)), default=len(family)),
        F("pk"),
    ]
    found = (
        ArticlePage.objects.live()
        .exclude(private)
        .filter(
            search_documents__story_key__in=keys,
            search_documents__language__in=family,
            search_documents__kind=SearchDocument.Kind.ARTICLE,
        )
        .order_by()  # in the stories' order by _articles
        .annotate(
            related_story_key=F("search_documents__story_key"),
            related_language=F("search_documents__language"),
            related_translation_key=F("search_documents__translation_key"),
            story_place=Window(RowNumber(), partition_by=[F(f"{document}story_key")], order_by=best_first),
        )
        .filter(story_place=1)
    )
    return ArticlePage.listing_queryset(found).only(*CARD_FIELDS)
