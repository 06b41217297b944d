"""What reader pages read that changes only when editors publish, remembered in each process.

`remembered(name, build)` keeps `build()`'s value in this process under a generation key in the shared
cache; `invalidate` (connected to publish, unpublish, move, delete, view restriction, site, locale and
topic edits in home/signals.py) renews the generation, so every process rebuilds at its next request.
With a cache that remembers nothing (DummyCache, benchmarks of the cold path), or when the cache is not
shared by every server process (settings.PUBLISHED_MEMO off: no Redis), a value is kept for the current
request only: a process that cannot hear of another's publish must not keep, say, an old list of private
sections.
"""

import uuid

from django.conf import settings
from django.core.cache import cache

from asgiref.local import Local

GENERATION_KEY = "reader-published:generation"
_remembered: dict[str, tuple[str, object]] = {}
# With a cache that remembers nothing, values are kept for the current request only.
_this_request = Local()


def remembered(name: str, build):
    """`build()`'s value, kept in this process until the generation in the shared cache changes."""
    generation = cache.get(GENERATION_KEY) if settings.PUBLISHED_MEMO else None
    if generation is None and settings.PUBLISHED_MEMO:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    if generation is None:  # no shared cache that remembers: no way to hear of other processes' changes
        values = getattr(_this_request, "values", None)
        if values is None:  # outside a request
            return build()
        if name not in values:
            values[name] = build()
        return values[name]
    kept = _remembered.get(name)
    if kept is not None and kept[0] == generation:
        return kept[1]
    value = build()
    _remembered[name] = (generation, value)
    return value


def start_request(**kwargs) -> None:
    """Signal receiver (request_started): a new request remembers nothing of the last one's values."""
    _this_request.values = {}


def invalidate(**kwargs) -> None:
    """Forget what every process remembers (signal receiver). A new random generation, not a counter:
    a flushed cache must not bring back a generation some process still holds."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
