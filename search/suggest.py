"""Search-as-you-type: stories, outlets, topics and journalists for the first letters a reader types.

`suggest(text, language)` reads the words typed so far as search does (search.analysis): the complete
words must match as in a search, and the word being typed matches any index term it begins (its letters
folded to the language's canonical script, so a Latin-typed Kazakh prefix finds Cyrillic titles, and
without diacritics where the language has folds). Stories are matched on their titles only, newest
first, one per story, in the reader's locale where the story has it; outlets, topics and journalists by
any word of their name in the reader's language (or any script of a journalist's name).

Stories come from the database's full-text index (SQLite FTS5 or the PostgreSQL title tsvector), which
is kept whatever the configured search backend, Elasticsearch included. Fixed cost: one query for the
stories, one for their pages' URLs, one each for outlets, topics and journalists.
"""

import functools
import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import languages
from ethnic_press.models import OutletPage
from newsroom.models import Journalist, Topic

from .analysis import analyse_query, prefixes
from .backends.base import as_uuid, checked
from .backends.sqlite_schema import TABLE
from .filters import SearchParams, documents

MIN_LETTERS = 2
MAX_LENGTH = 200
MAX_WORDS = 6
STORIES = 5
OTHERS = 3
# Rows read to find STORIES distinct stories (a story has a row per script and outlet).
ROWS = 40
# Which name field a journalist is shown with, by the script of the reader's locale.
NAME_FIELDS = {"Cyrl": "name_cyrillic", "Latn": "name_latin", "Arab": "name_arabic", "Hang": "name_hangul"}


@dataclass
class Suggestion:
    kind: str  # story, outlet, topic, journalist
    label: str
    url: str
    detail: str = ""

    def as_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "url": self.url, "detail": self.detail}


@dataclass
class Typed:
    """The words typed: the complete ones as query terms, the last one as prefixes (if still typed)."""

    groups: list[tuple[str, ...]]
    prefixes: tuple[str, ...]


def read(text: str, language: str) -> Typed | None:
    if len(text.strip()) < MIN_LETTERS:
        return None
    words = text.split()
    typing = not text[-1:].isspace()
    complete = words[:-1] if typing else words
    groups = analyse_query(" ".join(complete), language, MAX_WORDS) if complete else []
    typed_prefixes = prefixes(words[-1], language) if typing else ()
    if not groups and not typed_prefixes:
        return None
    return Typed(groups, typed_prefixes)


def suggest(text: str, language: str, request=None) -> list[Suggestion]:
    typed, names = read(text, language), _typed_words(text, language)
    return [
        *(_stories(typed, language, request) if typed else []),
        *(
            [*_outlets(names, language, request), *_topics(names, language), *_journalists(names, language)]
            if names
            else []
        ),
    ]


def _fts5(typed: Typed) -> str:
    parts = [" OR ".join(f'title_terms : "{term}"' for term in checked(list(group))) for group in typed.groups]
    if typed.prefixes:
        last = [f'title_terms : "{prefix}"*' for prefix in checked(list(typed.prefixes))]
        parts.append(" OR ".join(last))
    return " AND ".join(f"({part})" for part in parts)


def _tsquery(typed: Typed) -> str:
    parts = [" | ".join(checked(list(group))) for group in typed.groups]
    if typed.prefixes:
        parts.append(" | ".join(f"{prefix}:*" for prefix in checked(list(typed.prefixes))))
    return " & ".join(f"({part})" for part in parts)


def _stories(typed: Typed, language: str, request) -> list[Suggestion]:
    rows = documents(SearchParams(q="", language=language), live=False)
    if connection.vendor == "postgresql":
        match = RawSQL(
            "search_searchdocument.title_vector @@ to_tsquery('simple', %s)", [_tsquery(typed)], BooleanField()
        )
        rows = rows.filter(match)
    else:
        rows = rows.filter(id__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [_fts5(typed)]))
    found = list(
        rows.order_by("-published_at", "-id").values_list(
            "story_key", "page_id", "title", "outlet_title", "language", "translation_key"
        )[:ROWS]
    )
    family = languages.family(language)
    best: dict[uuid.UUID, tuple] = {}
    for story_key, page_id, title, outlet, row_language, translation_key in found:
        key = as_uuid(story_key)
        rank = (row_language != language, as_uuid(translation_key) != key, family.index(row_language))
        if key not in best or rank < best[key][0]:
            best[key] = (rank, page_id, title, outlet)
    chosen = list(best.values())[:STORIES]
    pages = Page.objects.filter(pk__in=[page_id for _rank, page_id, _title, _outlet in chosen]).only(
        "pk", "url_path", "depth", "path", "locale_id"
    )
    urls = {page.pk: page.get_url(request) or "" for page in pages}
    return [
        Suggestion("story", title, urls.get(page_id, ""), outlet)
        for _rank, page_id, title, outlet in chosen
        if urls.get(page_id)
    ]


@functools.lru_cache(maxsize=20_000)
def _name_words(name: str, language: str) -> tuple[tuple[str, ...], ...]:
    """Each word of a name as the prefixes it begins with (the same folds as the typed word)."""
    return tuple(prefixes(word, language) for word in name.split() if prefixes(word, language))


def _matches(name: str, typed: Typed, language: str) -> bool:
    """Every typed word begins some word of the name (`typed` from _typed_words: letters, not stems)."""
    words = _name_words(name, language)
    wanted = [*typed.groups, typed.prefixes]
    return bool(words) and all(
        any(any(part.startswith(prefix) for part in word for prefix in alternatives) for word in words)
        for alternatives in wanted
    )


def _typed_words(text: str, language: str) -> Typed | None:
    """All words typed, as prefixes: names are matched letter by letter, not by stems."""
    words = [prefixes(word, language) for word in text.split()]
    words = [word for word in words if word]
    return Typed(words[:-1], words[-1]) if words and len(text.strip()) >= MIN_LETTERS else None


def _outlets(typed: Typed, language: str, request) -> list[Suggestion]:
    outlets = (
        OutletPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .only("pk", "title", "url_path", "depth", "path", "locale_id")
    )
    found = [outlet for outlet in outlets if _matches(outlet.title, typed, language)][:OTHERS]
    return [Suggestion("outlet", outlet.title, outlet.get_url(request) or "") for outlet in found]


def _topics(typed: Typed, language: str) -> list[Suggestion]:
    topics = Topic.objects.filter(locale__language_code=language).only("name", "slug")
    found = [topic for topic in topics if _matches(topic.name, typed, language)][:OTHERS]
    with translation.override(language):
        return [Suggestion("topic", topic.name, reverse("topic", args=[topic.slug])) for topic in found]


def _journalists(typed: Typed, language: str) -> list[Suggestion]:
    shown = NAME_FIELDS.get(languages.BY_CODE[language].script, "name")
    fields = ("name", *NAME_FIELDS.values())
    found: dict[str, Journalist] = {}
    # A journalist's profile is one page whatever the locale; names are kept in every script.
    for journalist in Journalist.objects.only("slug", *fields).order_by("slug", "pk"):
        names = [getattr(journalist, field) for field in fields if getattr(journalist, field)]
        if journalist.slug not in found and any(_matches(name, typed, language) for name in names):
            found[journalist.slug] = journalist
            if len(found) >= OTHERS:
                break
    with translation.override(language):
        return [
            Suggestion(
                "journalist",
                getattr(journalist, shown) or journalist.name,
                reverse("journalist_profile", args=[journalist.slug]),
            )
            for journalist in found.values()
        ]
