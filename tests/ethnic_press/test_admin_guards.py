"""Wagtail's page types usage report and wagtail-localize's translations report list pages network-wide;
cms/urls.py shadows their URLs with a guard.

The guard only works while it takes the exact paths of Wagtail's report: these tests fail if a
Wagtail upgrade moves or renames the report, instead of the report silently reopening to everyone.
"""

import warnings

from django.core.paginator import UnorderedObjectListWarning
from django.urls import resolve, reverse

from wagtail.models import Locale

import pytest
from wagtail_localize.models import Translation, TranslationSource

from ethnic_press.admin_guards import NetworkPageTypesUsageReportView, NetworkTranslationsReportView
from ethnic_press.permissions import JOURNALIST, ensure_network_editors
from tests import factories
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


def test_wagtail_localizes_translations_report_urls_are_answered_by_the_network_guard():
    for name in ("wagtail_localize:translations_report", "wagtail_localize:translations_report_results"):
        assert resolve(reverse(name)).func.view_class is NetworkTranslationsReportView


def test_the_translations_report_lists_newest_first_in_a_stable_order(outlet):
    """wagtail-localize's own report pages an unordered queryset (translations could repeat or go missing
    between its pages); the network's lists the newest translation first."""
    russian = Locale.objects.get(language_code="ru")
    titles = ["Бірінші мақала", "Екінші мақала", "Үшінші мақала"]
    for title in titles:
        source, _created = TranslationSource.get_or_create_from_instance(
            factories.ArticlePageFactory(parent=outlet, title=title)
        )
        Translation.objects.create(source=source, target_locale=russian)
    network_editor = make_user("network-editor")
    network_editor.groups.add(ensure_network_editors())
    client = login(network_editor)

    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        html = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert [html.index(title) for title in reversed(titles)] == sorted(html.index(title) for title in titles)
    assert_refused(
        login(make_user("journalist", outlet, JOURNALIST)).get(reverse("wagtail_localize:translations_report_results")),
        TO_DASHBOARD,
    )
