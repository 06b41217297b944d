"""Wagtail's page types usage report lists pages network-wide; cms/urls.py shadows its URLs with a guard.

The guard only works while it takes the exact paths of Wagtail's report: these tests fail if a
Wagtail upgrade moves or renames the report, instead of the report silently reopening to everyone.
"""

from django.urls import resolve, reverse

import pytest

from ethnic_press.admin_guards import NetworkPageTypesUsageReportView
from ethnic_press.permissions import JOURNALIST, ensure_network_editors
from tests.helpers import TO_DASHBOARD, TO_LOGIN, assert_refused, login, make_user

pytestmark = pytest.mark.django_db

WAGTAIL_REPORT_URLS = ("wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results")


@pytest.mark.parametrize("name", WAGTAIL_REPORT_URLS)
def test_wagtails_page_types_report_urls_are_answered_by_the_network_guard(name):
    assert resolve(reverse(name)).func.view_class is NetworkPageTypesUsageReportView


def test_outlet_staff_are_refused_the_report_and_network_editors_get_it(outlet):
    """Refused the way Wagtail refuses (to the dashboard, with a message), and left out of the menu."""
    journalist = login(make_user("journalist", outlet, JOURNALIST))
    network_editor = make_user("network-editor")
    network_editor.groups.add(ensure_network_editors())
    url = reverse("wagtailadmin_reports:page_types_usage")

    assert_refused(journalist.get(url), TO_DASHBOARD)
    assert url not in journalist.get(reverse("wagtailadmin_home")).content.decode()

    network = login(network_editor)
    assert network.get(url).status_code == 200
    assert url in network.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    assert_refused(client.get(reverse("wagtailadmin_reports:page_types_usage")), TO_LOGIN)
