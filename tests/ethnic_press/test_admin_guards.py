"""Wagtail's page types usage report lists pages network-wide; cms/urls.py shadows its URLs with a guard.

The guard only works while it takes the exact paths of Wagtail's report: these tests fail if a
Wagtail upgrade moves or renames the report, instead of the report silently reopening to everyone.
"""

from django.contrib.auth import get_user_model
from django.urls import resolve, reverse

import pytest

from ethnic_press.admin_guards import NetworkPageTypesUsageReportView
from ethnic_press.permissions import JOURNALIST, add_member, ensure_network_editors
from ethnic_press.provisioning import access_for

pytestmark = pytest.mark.django_db

WAGTAIL_REPORT_URLS = ("wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results")


@pytest.mark.parametrize("name", WAGTAIL_REPORT_URLS)
def test_wagtails_page_types_report_urls_are_answered_by_the_network_guard(name):
    assert resolve(reverse(name)).func.view_class is NetworkPageTypesUsageReportView


def test_outlet_staff_are_refused_the_report_and_network_editors_get_it(client, outlet):
    """Refused the way Wagtail refuses (to the dashboard, with a message), and left out of the menu."""
    User = get_user_model()
    journalist = User.objects.create_user("journalist", password="x")
    add_member(journalist, access_for(outlet), JOURNALIST)
    network_editor = User.objects.create_user("network", password="x")
    network_editor.groups.add(ensure_network_editors())
    url = reverse("wagtailadmin_reports:page_types_usage")

    client.force_login(journalist)
    refused = client.get(url)
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(network_editor)
    assert client.get(url).status_code == 200
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    url = reverse("wagtailadmin_reports:page_types_usage")
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
