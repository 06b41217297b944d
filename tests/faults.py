"""Shared by the fault tests: running work at the same moment on separate database connections."""

import threading

from django.db import connection, connections

import pytest

needs_concurrent_database = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="the test database is SQLite in memory, one shared cache without row locks or concurrent "
    "writers: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name> (CI's PostgreSQL pass)",
)


def at_once(*jobs, timeout: float = 60) -> list:
    """Run each job in its own thread (its own connection), released together by a barrier; returns their
    results in order and re-raises the first exception a job raised."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list = []

    def run(index, job):
        try:
            barrier.wait(timeout)
            results[index] = job()
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a concurrent job did not finish"
    if errors:
        raise errors[0]
    return results
