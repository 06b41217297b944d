"""Django's Redis cache, except that an unreachable Redis means "nothing cached" rather than a server error.

Every cache user of the project (the page cache, menus, names, renditions) then keeps working, uncached,
while Redis is down. After a failure the backend does not try Redis again for RETRY_SECONDS, so a dead
server costs one refused connection per process every few seconds, not one per cache call.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


def _tolerant(default_from):
    """Wrap a cache method: while Redis is unreachable, answer what `default_from(args, kwargs)` gives."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self.unavailable:
                return default_from(args, kwargs)
            try:
                return method(self, *args, **kwargs)
            except (RedisConnectionError, RedisTimeoutError):
                logger.warning("Redis unreachable: cache %s skipped for %s s", method.__name__, RETRY_SECONDS)
                self._down_until = time.monotonic() + RETRY_SECONDS
                return default_from(args, kwargs)

        return wrapper

    return decorate


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    @property
    def unavailable(self) -> bool:
        return time.monotonic() < self._down_until

    get = _tolerant(_default)(RedisCache.get)
    get_many = _tolerant(lambda args, kwargs: {})(RedisCache.get_many)
    has_key = _tolerant(lambda args, kwargs: False)(RedisCache.has_key)
    set = _tolerant(lambda args, kwargs: None)(RedisCache.set)
    add = _tolerant(lambda args, kwargs: False)(RedisCache.add)
    touch = _tolerant(lambda args, kwargs: False)(RedisCache.touch)
    set_many = _tolerant(lambda args, kwargs: [])(RedisCache.set_many)
    delete = _tolerant(lambda args, kwargs: False)(RedisCache.delete)
    delete_many = _tolerant(lambda args, kwargs: None)(RedisCache.delete_many)
    incr = _tolerant(lambda args, kwargs: kwargs.get("delta", args[1] if len(args) > 1 else 1))(RedisCache.incr)
    clear = _tolerant(lambda args, kwargs: False)(RedisCache.clear)
