"""Rows built once and shared by the tests of a module (or a whole worker), rolled back afterwards.

A fixture that builds many pages (the demo newsroom, a page network in every locale) costs seconds per
test; where a module's tests read what it builds, `shared_rows` builds it once inside a transaction that
stays open around those tests and is rolled back after the last. Each test still runs in its own
transaction (pytest-django's `db`, a savepoint inside this one), so what a test writes is rolled back
after it as usual and the next test sees the built rows unchanged. As in any non-transactional test,
`on_commit` callbacks of the build never run.
"""

from contextlib import contextmanager

from django.core.cache import cache
from django.db import connections, transaction


@contextmanager
def shared_rows(django_db_blocker, build):
    """`build()`'s result, its rows visible to the tests run inside the `with`; rolled back after them."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            cache.clear()
            value = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield value
    finally:
        with django_db_blocker.unblock():
            connection = connections["default"]
            if connection.in_atomic_block:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
            cache.clear()
