"""Rows built once and shared by the tests of a module (or a whole worker), rolled back afterwards.

A fixture that builds many pages (the demo newsroom, a page network in every locale) costs seconds per
test; where a module's tests read what it builds, `shared_rows` builds it once inside a transaction that
stays open around those tests and is rolled back after the last. Each test still runs in its own
transaction (pytest-django's `db`, a savepoint inside this one), so what a test writes is rolled back
after it as usual and the next test sees the built rows unchanged. As in any non-transactional test,
`on_commit` callbacks of the build never run.

The build's foreign keys are checked once, right after it, in the outer transaction. Django's TestCase checks
them after every test (`check_constraints`, inside the test's savepoint); on PostgreSQL that fires every
deferred check still pending in the transaction, and rolling the savepoint back marks them pending again, so
each test's teardown re-checked every row of the build: 15–21 s a test after `seed_demo` on a 2-core machine.
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
            connections["default"].check_constraints()
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


def shared_site_pages(items, pages: tuple[str, ...], fixture: str) -> dict[str, tuple[str, ...]]:
    """{module: the names among `pages` (tests/conftest.py's fixtures) that every database test of the module
    uses}, for the modules whose database tests (two or more) all use at least the first two, none of them
    transactional or using another module-scoped fixture of ours (`fixture` is the one that shares them): each
    of their tests then sees only pages it would have built itself. A module with fixtures of its own for those
    pages (tests/translations) is left alone."""
    by_module = {}
    for item in items:
        by_module.setdefault(item.nodeid.split("::")[0], []).append(item)
    shared = {}
    for module, module_items in by_module.items():
        tests = [item for item in module_items if "django_db_setup" in getattr(item, "fixturenames", ())]
        if len(tests) < 2 or any(not _shareable(item, pages, fixture) for item in tests):
            continue
        names = set.intersection(*(set(item.fixturenames) for item in tests))
        if set(pages[:2]) <= names:
            shared[module] = tuple(name for name in pages if name in names)
    return shared


def _shareable(item, pages: tuple[str, ...], fixture: str) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker and any(marker.kwargs.get(key) for key in ("transaction", "serialized_rollback", "reset_sequences")):
        return False
    if {"transactional_db", "live_server", "network"} & set(item.fixturenames):
        return False
    definitions = item._fixtureinfo.name2fixturedefs
    if any(definitions[name][-1].baseid != "tests" for name in pages if name in definitions):
        return False  # tests/conftest.py's fixtures have the base id "tests"
    return not any(
        definition.scope in {"module", "package", "class"} and definition.baseid and definition.argname != fixture
        for definition in (overrides[-1] for overrides in definitions.values() if overrides)
    )
