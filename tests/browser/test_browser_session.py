"""The browser's event loop leaves the tests their own database connection."""

from django.db import connections

import pytest

from .conftest import BEFORE_THE_BROWSER

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_tests_beside_the_browser_use_the_connection_the_test_database_was_set_up_on(chromium):
    # Without keep_the_tests_connection, Django looked connections up in the event loop's context and gave a
    # second connection object, lacking what serialized_rollback restores the migrations' rows from.
    assert connections["default"] is BEFORE_THE_BROWSER["connection"]
    assert connections["default"].vendor == BEFORE_THE_BROWSER["connection"].vendor
