"""Each test's start, end and CPU, one JSON line per test, for bench/schedule.py.

Registered only when asked (tests/conftest.py): `TEST_TIMELINE=/tmp/timeline make test`. Each pytest-xdist
worker appends to `<TEST_TIMELINE>.<worker>` (gw0, gw1), the controller (or a run without workers) to
`.main`. A test's CPU is the worker's own (`time.process_time`: the test, the live server's threads); a
browser's or a subprocess's is not in it. The `scope` is what `--dist loadgroup` schedules as one unit: the
test's xdist_group, else the test.
"""

import json
import os
import time

import pytest


def _path() -> str | None:
    base = os.environ.get("TEST_TIMELINE")
    return f"{base}.{os.environ.get('PYTEST_XDIST_WORKER', 'main')}" if base else None


def _write(record: dict) -> None:
    path = _path()
    if path:
        with open(path, "a") as file:
            file.write(json.dumps(record) + "\n")


def pytest_sessionstart(session):
    _write({"event": "start", "at": time.time(), "cpu": time.process_time()})


def pytest_collection_finish(session):
    _write({"event": "collected", "at": time.time(), "cpu": time.process_time(), "items": len(session.items)})


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start, cpu = time.time(), time.process_time()
    try:
        return (yield)
    finally:
        group = item.get_closest_marker("xdist_group")
        scope = (group.args[0] if group.args else group.kwargs.get("name")) if group else item.nodeid
        _write(
            {
                "event": "test",
                "id": item.nodeid,
                "scope": scope,
                "start": start,
                "end": time.time(),
                "cpu": time.process_time() - cpu,
            }
        )


def pytest_sessionfinish(session):
    _write({"event": "finish", "at": time.time(), "cpu": time.process_time()})
