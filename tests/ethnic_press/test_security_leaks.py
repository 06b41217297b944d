"""No admin response names a page or person of another outlet: the explorer, its results and its owner
filter, workflow previews, bulk actions, wagtail-localize's translations report; a revision that is not
the page's is a 404, never a server error."""

import json

from django.urls import reverse

from wagtail.models import Task

import pytest

from ethnic_press.permissions import ensure_network_editors
from tests import factories
from tests.helpers import TO_DASHBOARD, assert_refused, in_locale, login, make_user

pytestmark = pytest.mark.django_db

SECRET = "Құпия жоба: жаңа газет"


@pytest.fixture
def secret_draft(outlet_a, outlet_b, editor_b):
    """Outlet B's draft, with both outlets in several locales (staff then hold grants in every locale tree,
    and Wagtail takes the tree's root as their explorable root)."""
    for outlet, codes in ((outlet_a, ("ko", "ru")), (outlet_b, ("ru",))):
        for code in codes:
            in_locale(outlet, code)
    return factories.ArticlePageFactory(parent=outlet_b, title=SECRET, live=False, owner=editor_b)


def shows(client, url) -> str:
    response = client.get(url, follow=True)
    assert response.status_code < 500, url
    return response.content.decode()


def test_explorer_refuses_another_outlets_page_without_naming_it(journalist_client, secret_draft, article_a):
    for url in (
        reverse("wagtailadmin_explore", args=[secret_draft.pk]),
        reverse("wagtailadmin_explore_results", args=[secret_draft.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[secret_draft.pk]),
        reverse("wagtailadmin_pages:workflow_preview", args=[secret_draft.pk, Task.objects.first().pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[secret_draft.pk]),
    ):
        assert_refused(journalist_client.get(url), TO_DASHBOARD, url)
        assert SECRET not in shows(journalist_client, url), url
    own = journalist_client.get(reverse("wagtailadmin_explore", args=[article_a.get_parent().pk]))
    assert own.status_code == 200
    assert article_a.title in own.content.decode()


def test_bulk_actions_do_not_list_another_outlets_titles(journalist_client, secret_draft, article_a):
    for action in ("delete", "publish", "unpublish", "move"):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        html = shows(journalist_client, f"{url}?id={secret_draft.pk}&id={article_a.pk}")
        assert SECRET not in html, action


def test_explorer_owner_filter_lists_only_people_of_the_viewers_outlet(journalist_a, secret_draft, article_a):
    article_a.owner = journalist_a
    article_a.save()
    client = login(journalist_a)
    for page in (article_a.get_parent(), article_a.get_parent().get_parent()):
        html = shows(client, reverse("wagtailadmin_explore", args=[page.pk]))
        assert "uyghur-editor" not in html
    assert "uyghur-editor" not in shows(client, reverse("wagtailadmin_explore_root"))


def test_translations_report_is_for_network_editors_only(journalist_client, secret_draft):
    url = reverse("wagtail_localize:translations_report")
    assert_refused(journalist_client.get(url, {"source_title": "газет"}), TO_DASHBOARD)
    network_editor = make_user("network-editor")
    network_editor.groups.add(ensure_network_editors())
    assert login(network_editor).get(url).status_code == 200


def test_a_revision_that_is_not_the_pages_is_a_404(journalist_client, article_a, secret_draft):
    revision = secret_draft.save_revision()
    for revision_id in (0, revision.pk):
        url = reverse("wagtailadmin_pages:revisions_revert", args=[article_a.pk, revision_id])
        assert journalist_client.get(url).status_code == 404
    other = reverse("wagtailadmin_pages:revisions_revert", args=[secret_draft.pk, 0])
    assert_refused(journalist_client.get(other), TO_DASHBOARD)


def test_the_admin_pages_api_does_not_find_another_outlets_draft(journalist_client, secret_draft, outlet_b):
    for params in ({"search": "Құпия"}, {"child_of": outlet_b.pk}, {"descendant_of": outlet_b.pk}, {}):
        response = journalist_client.get("/admin/api/main/pages/", params)
        assert response.status_code < 500, params
        assert SECRET not in json.dumps(response.json(), ensure_ascii=False), params
    assert journalist_client.get(f"/admin/api/main/pages/{secret_draft.pk}/").status_code in (302, 403, 404)
