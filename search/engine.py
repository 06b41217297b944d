"""A reader's search, from validated parameters to a page of grouped, highlighted results.

Shared by the reader page and the JSON API, so both give the same answer. The work per search is a
fixed number of queries: count, ranked story keys, four facets, the rows of the page's stories,
their pages' URLs, facet labels and editor's picks.
"""

import datetime
import math
import uuid
from dataclasses import dataclass, field

from django.db.models import BooleanField, ExpressionWrapper, F, Q, Value, Window
from django.db.models.functions import RowNumber

from wagtail.models import Page

import languages
from languages.compiled import run_compiled

from .analysis import analyse_query, flat
from .backends import get_backend
from .backends.base import as_uuid
from .filters import SearchParams, facet_conditions
from .models import SearchDocument
from .snippets import highlight

MAX_QUERY_LENGTH = 500
MAX_TERMS = 12
PER_PAGE = 10
MAX_PAGE = 100
SORTS = ("relevance", "date")
# "Also in" links per result, and the rows read per story and language: one per outlet, the reader's
# chosen outlet and the original first, so that a story copied in dozens of outlets costs what a
# story republished in a handful does.
MAX_ALSO_IN = 5
ROWS_PER_LANGUAGE = MAX_ALSO_IN + 2
# What a result shows of each row of its story.
SHOWN_FIELDS = (
    "page_id",
    "part",
    "kind",
    "language",
    "translation_key",
    "story_key",
    "outlet_key",
    "outlet_title",
    "published_at",
    "title",
)


@dataclass
class Result:
    title: str
    url: str
    outlet: str
    language: str
    published_at: datetime.datetime
    snippet: str
    translations: list[dict] = field(default_factory=list)
    also_in: list[dict] = field(default_factory=list)  # other outlets carrying the story
    kind: str = SearchDocument.Kind.ARTICLE
    part: int = 0  # the page number of a print edition page
    page_id: int = 0  # the indexed page (for a print page: its edition)


@dataclass
class SearchPage:
    count: int = 0
    results: list[Result] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    page: int = 1
    num_pages: int = 0
    terms: list[str] = field(default_factory=list)
    # False when a very common word's count (facet counts) covered only part of its matches
    # (search.backends.base.Hits): `count` is then a lower bound.
    exact: bool = True
    facets_exact: bool = True

    @property
    def more_than(self) -> int:
        """What a lower-bound count is shown as: "more than" a round number below it (two significant
        digits, strictly below `count`, so that "more than" holds)."""
        below = max(self.count - 1, 0)
        step = 10 ** max(len(str(below)) - 2, 0)
        return below // step * step


def search(params: SearchParams, request=None) -> SearchPage:
    terms = analyse_query(params.q[:MAX_QUERY_LENGTH], params.language, MAX_TERMS)
    if not terms:
        return SearchPage(page=params.page)
    offset = (params.page - 1) * PER_PAGE
    hits = get_backend().search(params, terms, limit=PER_PAGE, offset=offset)
    return SearchPage(
        count=hits.count,
        results=_results(params, hits.keys, flat(terms), request),
        facets=hits.facets,
        page=params.page,
        num_pages=math.ceil(hits.count / PER_PAGE),
        terms=flat(terms),
        exact=hits.exact,
        facets_exact=hits.facets_exact,
    )


def _results(params: SearchParams, keys: list[uuid.UUID], terms: list[str], request) -> list[Result]:
    if not keys:
        return []
    # One live row of these stories per outlet and language (the chosen outlet's, else the original,
    # else the earliest), and at most ROWS_PER_LANGUAGE outlets per language: the best one to show,
    # its other languages, and some of the other outlets that carry the story.
    # Compiled to SQL once per process (languages/compiled.py) when no outlet is chosen, as the pages' read.
    chosen_outlet = facet_conditions(params).get("outlet")
    if chosen_outlet is None:
        rows = run_compiled(_story_rows_of, (len(keys),), tuple(as_uuid(key) for key in keys))
    else:
        rows = list(story_rows(keys, chosen_outlet))
    family = languages.family(params.language)
    by_story: dict[uuid.UUID, list[SearchDocument]] = {}
    for row in rows:
        by_story.setdefault(as_uuid(row.story_key), []).append(row)
    term_set = frozenset(terms)
    chosen = []
    for key in keys:
        story = by_story.get(key, [])
        in_family = [row for row in story if row.language in family]
        if not in_family:
            continue
        shown = min(in_family, key=lambda row: _preference(row, key, params.language, family))
        translations = [row for row in story if row.translation_key == shown.translation_key and row is not shown]
        chosen.append((shown, translations, _also_in(shown, in_family, params.language, family)))
    # Only the pages a result links to.
    shown_ids = {row.page_id for shown, translations, also_in in chosen for row in (shown, *translations, *also_in)}
    pages = {page.pk: page for page in run_compiled(_linked_pages, (len(shown_ids),), tuple(sorted(shown_ids)))}
    return [
        Result(
            title=shown.title,
            url=_url(pages.get(shown.page_id), request),
            outlet=shown.outlet_title,
            language=shown.language,
            published_at=shown.published_at,
            snippet=highlight(_text(shown) or shown.title, shown.language, term_set),
            kind=shown.kind,
            part=shown.part,
            page_id=shown.page_id,
            translations=[
                {"language": row.language, "title": row.title, "url": _url(pages.get(row.page_id), request)}
                for row in translations
            ],
            also_in=[
                {"outlet": row.outlet_title, "title": row.title, "url": _url(pages.get(row.page_id), request)}
                for row in also_in
            ],
        )
        for shown, translations, also_in in chosen
    ]


def story_rows(keys: list[uuid.UUID], chosen_outlet: Q | None):
    """The live rows `_results` reads of the stories `keys`: one per outlet and language, at most
    ROWS_PER_LANGUAGE per story and language, whatever the number of copies (two nested window
    functions, one query; SQLite >= 3.25 and PostgreSQL)."""
    preference = [F("is_original").desc(), F("published_at").asc(), F("page_id").asc()]
    if chosen_outlet is not None:
        preference.insert(0, F("in_chosen_outlet").desc())
    flags = {
        # (A constant when no outlet is chosen: an always-false condition would empty the window.)
        "in_chosen_outlet": ExpressionWrapper(chosen_outlet, BooleanField())
        if chosen_outlet is not None
        else Value(False, BooleanField()),
        "is_original": ExpressionWrapper(Q(translation_key=F("story_key")), BooleanField()),
    }
    per_outlet = (
        SearchDocument.objects.filter(story_key__in=keys, page__live=True)
        .annotate(**flags)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("story_key"), F("outlet_key"), F("language")], order_by=preference)
        )
        .filter(rank=1)
    )
    return (
        SearchDocument.objects.filter(pk__in=per_outlet.values("pk"))
        .annotate(**flags)
        .annotate(rank=Window(RowNumber(), partition_by=[F("story_key"), F("language")], order_by=preference))
        .filter(rank__lte=ROWS_PER_LANGUAGE)
        .select_related("body")
        .only(*SHOWN_FIELDS, "body__text")
        .order_by("language", "published_at", "page_id")
    )


def _story_rows_of(count: int, *keys: uuid.UUID):
    """`story_rows` of the `count` keys with no outlet chosen (built by languages/compiled.py)."""
    return story_rows(list(keys), None)


def _linked_pages(count: int, *ids: int):
    """The `count` pages results link to, with what their URLs need (built by languages/compiled.py)."""
    pages = Page.objects.filter(pk__in=ids).select_related("locale")
    return pages.only("pk", "url_path", "locale__language_code", "depth", "path")


def _preference(row: SearchDocument, story_key, language: str, family: list[str]) -> tuple:
    """The row a result shows: the copy in the outlet the reader chose, else the original, in the
    reader's own locale first, then its script variants."""
    return (
        not row.in_chosen_outlet,
        row.translation_key != story_key,
        row.language != language,
        family.index(row.language),
    )


def _also_in(shown: SearchDocument, rows: list[SearchDocument], language: str, family) -> list[SearchDocument]:
    """The first MAX_ALSO_IN other outlets that carry the story, one row each (in the reader's locale
    where it exists)."""
    best: dict = {}
    for row in rows:
        if row.outlet_key == shown.outlet_key or row.translation_key == shown.translation_key:
            continue
        current = best.get(row.outlet_key)
        rank = (row.language != language, family.index(row.language))
        if current is None or rank < current[0]:
            best[row.outlet_key] = (rank, row)
    ordered = sorted(best.values(), key=lambda item: (item[1].published_at, item[1].page_id))
    return [row for _rank, row in ordered[:MAX_ALSO_IN]]


def _text(document: SearchDocument) -> str:
    # The reverse one-to-one raises (an AttributeError) when a document has no text row.
    body = getattr(document, "body", None)
    return body.text if body is not None else ""


def _url(page: Page | None, request) -> str:
    return (page.get_url(request) or "") if page is not None else ""
