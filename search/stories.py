"""One story, several outlets: which index rows are the same story, so search shows it once.

Rows of one translation_key are one story already (its language and script versions). Two stories
are the same story when
- one is republished from the other (ArticlePage.republished_from: the row's `original_key`), or
- their text has the same fingerprint: copies imported or pasted without the link.
Those links join stories into groups; every row of a group gets the group's `story_key`, the
translation_key of its original: the story that is not itself a republication, else the earliest
published, then the smallest key (so the choice does not depend on indexing order).

`assign` is called by search/indexing.py for each batch of rewritten rows, before they are saved:
it walks the links from the batch's stories (and from the groups they belonged to before) through
the saved rows, and updates the saved rows whose group or original changed.
"""

import hashlib
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q

from .analysis.normalise import words
from .models import SearchDocument

# The fingerprint covers the first FINGERPRINT_WORDS words of the text, so a reprint that adds an
# editor's note at the end of a longer text still matches (one that rewrites the first sentences
# does not); texts shorter than MIN_FINGERPRINT_WORDS get none, since two short notes
# ("Фото автора.") are not the same story.
FINGERPRINT_WORDS = 40
MIN_FINGERPRINT_WORDS = 12
# A group is walked this many links deep at most; real reprint chains are one or two links.
MAX_STEPS = 8


def fingerprint(text: str) -> str:
    """A hash of the text's words, whatever its punctuation, spacing, case or Unicode form."""
    tokens = words(unicodedata.normalize("NFKC", text).casefold())
    if len(tokens) < MIN_FINGERPRINT_WORDS:
        return ""
    return hashlib.blake2b(" ".join(tokens[:FINGERPRINT_WORDS]).encode(), digest_size=16).hexdigest()


@dataclass
class _Story:
    key: uuid.UUID
    republished: bool
    published_at: object

    def rank(self) -> tuple:
        return (self.republished, self.published_at, str(self.key))


def assign(new_rows: list[SearchDocument], removed: Iterable[tuple[uuid.UUID, uuid.UUID]]) -> set[int]:
    """Set `story_key` on `new_rows` (not saved yet) and on the saved rows of their groups.

    `removed` holds (translation_key, story_key) of the rows the batch deleted: their former groups
    are regrouped too. Returns the page ids of saved rows whose story_key changed.
    """
    saved: dict[int, SearchDocument] = {}
    keys = {row.translation_key for row in new_rows} | {key for key, _story in removed}
    fingerprints = {row.fingerprint for row in new_rows if row.fingerprint}
    former_groups = {story for _key, story in removed}
    originals = {row.original_key for row in new_rows if row.original_key}
    for _ in range(MAX_STEPS):
        condition = (
            Q(translation_key__in=keys | originals)
            | Q(original_key__in=keys)
            | Q(fingerprint__in=fingerprints)
            | Q(story_key__in=former_groups)
        )
        found = [
            row
            for row in SearchDocument.objects.filter(condition)
            .exclude(pk__in=saved)
            .only("id", "page_id", "translation_key", "original_key", "fingerprint", "story_key", "published_at")
        ]
        if not found:
            break
        saved.update((row.pk, row) for row in found)
        former_groups = set()
        keys |= {row.translation_key for row in found}
        originals |= {row.original_key for row in found if row.original_key}
        fingerprints |= {row.fingerprint for row in found if row.fingerprint}
    leaders = _leaders([*new_rows, *saved.values()])
    for row in new_rows:
        row.story_key = leaders[row.translation_key]
    changed: dict[uuid.UUID, list[int]] = {}
    for row in saved.values():
        leader = leaders[row.translation_key]
        if row.story_key != leader:
            changed.setdefault(leader, []).append(row.pk)
    pages = set()
    for leader, ids in changed.items():
        SearchDocument.objects.filter(pk__in=ids).update(story_key=leader)
        pages |= {saved[pk].page_id for pk in ids}
    return pages


def _leaders(rows: list[SearchDocument]) -> dict[uuid.UUID, uuid.UUID]:
    """translation_key -> story_key, by union-find over the links between these rows."""
    parent: dict[uuid.UUID, uuid.UUID] = {}

    def find(key: uuid.UUID) -> uuid.UUID:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: uuid.UUID, b: uuid.UUID) -> None:
        parent[find(a)] = find(b)

    stories: dict[uuid.UUID, _Story] = {}
    by_fingerprint: dict[str, uuid.UUID] = {}
    for row in rows:
        story = stories.setdefault(row.translation_key, _Story(row.translation_key, False, row.published_at))
        story.republished = story.republished or row.original_key is not None
        story.published_at = min(story.published_at, row.published_at)
        find(row.translation_key)
        if row.original_key:
            union(row.translation_key, row.original_key)
        if row.fingerprint:
            union(row.translation_key, by_fingerprint.setdefault(row.fingerprint, row.translation_key))
    best: dict[uuid.UUID, _Story] = {}
    for story in stories.values():
        root = find(story.key)
        if root not in best or story.rank() < best[root].rank():
            best[root] = story
    return {key: best[find(key)].key for key in stories}
