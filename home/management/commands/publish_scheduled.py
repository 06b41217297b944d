"""`publish_scheduled`: Wagtail's command, one run at a time.

Two runs at once (cron on two hosts, a run still going when the next starts) would each read the same
due revisions and publish them twice (two publish log entries, two rounds of signals, cache purges and
index updates). A run here first takes a lock that lasts while it runs: a PostgreSQL advisory lock, or on
SQLite an exclusive lock on a file beside the database. The second run waits, then finds nothing left to
publish. An in-memory SQLite database (the test suite) has no other process to exclude.
"""

import contextlib
import fcntl
from pathlib import Path

from django.db import connection

from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled

# Any fixed 64-bit number, the same in every process of the site: "publish_scheduled" in a PostgreSQL
# advisory lock's key space.
ADVISORY_LOCK_KEY = 0x7075626C_73636864


@contextlib.contextmanager
def one_run_at_a_time():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
        return
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or connection.is_in_memory_db() or not Path(name).parent.is_dir():
        yield
        return
    with open(f"{name}.publish_scheduled.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Command(WagtailPublishScheduled):
    def handle(self, *args, **options):
        with one_run_at_a_time():
            return super().handle(*args, **options)
