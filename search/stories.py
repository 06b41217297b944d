"""One story, several outlets: which index rows are the same story, so search shows it once.

Rows of one translation_key are one story already (its language and script versions). Two stories
are the same story when
- one is republished from the other (ArticlePage.republished_from: the row's `original_key`), or
- their texts have similar fingerprints: copies imported or pasted without the link, even with a
  word changed here and there (MinHash, below).
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

import numpy as np

from .analysis.normalise import words
from .models import SearchDocument, SearchFingerprintBand

# The fingerprint covers the first FINGERPRINT_WORDS words of the text, so a reprint that adds an
# editor's note at the end of a longer text still matches; texts shorter than MIN_FINGERPRINT_WORDS
# get none, since two short notes ("Фото автора.") are not the same story.
FINGERPRINT_WORDS = 80
MIN_FINGERPRINT_WORDS = 12
# A group is walked this many links deep at most; real reprint chains are one or two links.
MAX_STEPS = 8

# MinHash over the text's word shingles (runs of SHINGLE words): SIGNATURE values, each the least of
# one hash function over the shingles. Two texts agree on a value with probability their Jaccard
# similarity, so a copy with a word changed here and there (one edit changes SHINGLE shingles) keeps
# most values, where an exact hash of the words changed entirely. Candidates are found by BANDS
# bands of ROWS values (a text has BANDS keys, so finding them costs the same for any text), then
# confirmed when at least SAME_STORY of the values agree.
SHINGLE = 3
SIGNATURE = 30
BANDS = 10
ROWS = SIGNATURE // BANDS
SAME_STORY = 0.6
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1
# Fixed coefficients of the hash functions h(x) = (a·x + b) mod p: the same on every machine and run.
_COEFFICIENTS = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % _PRIME | 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME,
    )
    for i in range(SIGNATURE)
]


def fingerprint(text: str) -> str:
    """The MinHash signature of the text's first words (SIGNATURE values as hex), whatever its
    punctuation, spacing, case or Unicode form; empty for a short text."""
    tokens = words(unicodedata.normalize("NFKC", text).casefold())[:FINGERPRINT_WORDS]
    if len(tokens) < MIN_FINGERPRINT_WORDS:
        return ""
    shingles = {
        int.from_bytes(hashlib.blake2b(" ".join(tokens[i : i + SHINGLE]).encode(), digest_size=8).digest(), "big")
        for i in range(len(tokens) - SHINGLE + 1)
    }
    return "".join(f"{value:08x}" for value in minima(list(shingles)).tolist())


# The MinHash values as arrays: every hash function over every shingle at once, in 64-bit integers, where
# Python's `min((a * x + b) % _PRIME for x in shingles)` took ~0.5 ms an article of the import worker's
# ~3.4 (its largest part after the analysers). numpy has no 128-bit product, so the arithmetic modulo the
# Mersenne prime 2**61 - 1 is done by hand on 31-bit halves (`minima` is tested against the formula above).
_A = np.array([a for a, _ in _COEFFICIENTS], dtype=np.uint64)[:, np.newaxis]
_B = np.array([b for _, b in _COEFFICIENTS], dtype=np.uint64)[:, np.newaxis]
_A_HIGH, _A_LOW = _A >> 31, _A & ((1 << 31) - 1)


def _modulo_prime(values: np.ndarray) -> np.ndarray:
    """`values % _PRIME` for any 64-bit values (2**61 ≡ 1, so the bits above 61 add to the rest)."""
    values = (values & _PRIME) + (values >> 61)
    return np.where(values >= _PRIME, values - _PRIME, values)


def minima(shingles: list[int]) -> np.ndarray:
    """For each hash function (a, b), `min((a * x + b) % _PRIME for x in shingles) & _MASK` (64-bit shingles).

    With x reduced below the prime, a = ah·2³¹ + al and x = xh·2³¹ + xl (ah, xh < 2³⁰; al, xl < 2³¹):
    a·x = ah·xh·2⁶² + (ah·xl + al·xh)·2³¹ + al·xl, where 2⁶² ≡ 2, and the middle m (< 2⁶²) times 2³¹ is
    (m >> 30)·2⁶¹ + (m mod 2³⁰)·2³¹ ≡ (m >> 30) + (m mod 2³⁰)·2³¹; the sum with b stays below 2⁶⁴."""
    x = _modulo_prime(np.array(shingles, dtype=np.uint64))[np.newaxis, :]
    x_high, x_low = x >> 31, x & ((1 << 31) - 1)
    middle = _A_HIGH * x_low + _A_LOW * x_high
    total = ((_A_HIGH * x_high) << 1) + (middle >> 30) + ((middle & ((1 << 30) - 1)) << 31) + _A_LOW * x_low + _B
    return _modulo_prime(total).min(axis=1) & _MASK


def _values(signature: str) -> list[str]:
    """A signature's values; none for anything else (an empty one, or one written by an older version)."""
    if len(signature) != SIGNATURE * 8:
        return []
    return [signature[i : i + 8] for i in range(0, len(signature), 8)]


def bands(signature: str) -> list[str]:
    """The keys under which a signature is found: one per band of ROWS values."""
    values = _values(signature)
    if not values:
        return []
    return [
        f"{band:x}"
        + hashlib.blake2b("".join(values[band * ROWS : (band + 1) * ROWS]).encode(), digest_size=8).hexdigest()[:15]
        for band in range(BANDS)
    ]


def similar(a: str, b: str) -> bool:
    """Whether two signatures are of the same story: at least SAME_STORY of their values agree."""
    first, second = _values(a), _values(b)
    if not first or not second:
        return False
    return sum(x == y for x, y in zip(first, second, strict=True)) >= SAME_STORY * SIGNATURE


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
    fingerprints = {band for row in new_rows for band in bands(row.fingerprint)}
    signatures = {row.fingerprint for row in new_rows if row.fingerprint}
    former_groups = {story for _key, story in removed}
    originals = {row.original_key for row in new_rows if row.original_key}
    for _ in range(MAX_STEPS):
        condition = (
            Q(translation_key__in=keys | originals)
            | Q(original_key__in=keys)
            | Q(pk__in=SearchFingerprintBand.objects.filter(band__in=fingerprints).values("document_id"))
            | Q(story_key__in=former_groups)
        )
        found = [
            row
            for row in SearchDocument.objects.filter(condition)
            .exclude(pk__in=saved)
            .only("id", "page_id", "translation_key", "original_key", "fingerprint", "story_key", "published_at")
            if _linked(row, keys, originals, former_groups, signatures)
        ]
        if not found:
            break
        saved.update((row.pk, row) for row in found)
        former_groups = set()
        keys |= {row.translation_key for row in found}
        originals |= {row.original_key for row in found if row.original_key}
        fingerprints |= {band for row in found for band in bands(row.fingerprint)}
        signatures |= {row.fingerprint for row in found if row.fingerprint}
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


def _linked(row: SearchDocument, keys: set, originals: set, former_groups: set, signatures: set[str]) -> bool:
    """Whether a row found by the walk's query belongs to it: by a key, or, found by a shared band
    only, when its text is similar to one the walk holds (a band alone is a candidate, not a link)."""
    if row.translation_key in keys | originals or row.original_key in keys or row.story_key in former_groups:
        return True
    return any(similar(row.fingerprint, signature) for signature in signatures)


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
    by_band: dict[str, list[tuple[str, uuid.UUID]]] = {}
    for row in rows:
        story = stories.setdefault(row.translation_key, _Story(row.translation_key, False, row.published_at))
        story.republished = story.republished or row.original_key is not None
        story.published_at = min(story.published_at, row.published_at)
        find(row.translation_key)
        if row.original_key:
            union(row.translation_key, row.original_key)
        for band in bands(row.fingerprint):
            candidates = by_band.setdefault(band, [])
            for signature, key in candidates:
                if key != row.translation_key and similar(signature, row.fingerprint):
                    union(row.translation_key, key)
            candidates.append((row.fingerprint, row.translation_key))
    best: dict[uuid.UUID, _Story] = {}
    for story in stories.values():
        root = find(story.key)
        if root not in best or story.rank() < best[root].rank():
            best[root] = story
    return {key: best[find(key)].key for key in stories}
