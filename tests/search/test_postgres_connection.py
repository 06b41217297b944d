"""The site's PostgreSQL connections run without JIT compilation (cms/settings/base.py): at scale the
planner's estimate for a reader search passes jit_above_cost, and compiling cost more than the statement."""

from django.db import connection

import pytest

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL setting")


def test_jit_is_off_for_the_sites_connections(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
