"""A journalist of outlet A, logged in to the admin, can neither see nor touch outlet B's pages.

Every rule goes through HTTP with the Django test client, including the bypasses Wagtail has had
advisories for (preview POST, revision compare and history, copy, copy-for-translation). Each refusal
is the one Wagtail gives for it (tests/helpers.py: assert_refused); listings that stay open show
nothing of outlet B.
"""

from django.urls import reverse

from wagtail.models import Locale, Page

import pytest

from newsroom.models import ArticlePage
from tests.helpers import TO_DASHBOARD, article_form, assert_refused, login, make_user

pytestmark = pytest.mark.django_db

SECRET = "Ұйғыр театрының жабық жоспары"


@pytest.fixture
def draft_b(article_b):
    """B's article with an unpublished draft whose text must never reach A's staff."""
    article_b.lead = SECRET
    article_b.save_revision()
    return article_b


def shows(response, text: str) -> bool:
    return text in response.content.decode()


def open_without(response, text: str) -> bool:
    """A listing open to the journalist that leaves outlet B's page out."""
    return response.status_code == 200 and not shows(response, text)


def test_journalist_sees_own_outlet_but_not_others_in_explorer(journalist_client, article_a, draft_b, outlet_a):
    own = journalist_client.get(reverse("wagtailadmin_explore", args=[outlet_a.pk]))
    assert own.status_code == 200 and shows(own, article_a.title)
    other = journalist_client.get(reverse("wagtailadmin_explore", args=[draft_b.get_parent().pk]))
    # Refused before Wagtail's explorer can name the page (ethnic_press/admin_guards.py).
    assert_refused(other, TO_DASHBOARD)
    root = journalist_client.get(reverse("wagtailadmin_explore_root"), follow=True)
    assert not shows(root, draft_b.title)
    assert not shows(root, "Уйғур авази")


def test_admin_search_finds_own_articles_only(journalist_client, article_a, draft_b):
    response = journalist_client.get(reverse("wagtailadmin_pages:search"), {"q": "театр"})
    assert response.status_code == 200
    assert shows(response, article_a.title)
    assert not shows(response, draft_b.title)


def test_page_chooser_hides_other_outlets(journalist_client, article_a, draft_b):
    browse = journalist_client.get(reverse("wagtailadmin_choose_page_child", args=[draft_b.get_parent().pk]))
    assert open_without(browse, draft_b.title)
    search = journalist_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "театр"})
    assert search.status_code == 200
    assert shows(search, article_a.title)
    assert not shows(search, draft_b.title)


@pytest.mark.parametrize("report", ["aging_pages", "workflow", "workflow_tasks"])
def test_reports_open_to_journalists_do_not_list_other_outlets_pages(journalist_client, draft_b, editor_b, report):
    login(editor_b).post(reverse("wagtailadmin_pages:lock", args=[draft_b.pk]))
    assert open_without(journalist_client.get(reverse(f"wagtailadmin_reports:{report}")), draft_b.title)


@pytest.mark.parametrize("report", ["locked_pages", "page_types_usage", "site_history"])
def test_network_wide_reports_are_closed_to_journalists(journalist_client, draft_b, editor_b, report):
    login(editor_b).post(reverse("wagtailadmin_pages:lock", args=[draft_b.pk]))
    assert_refused(journalist_client.get(reverse(f"wagtailadmin_reports:{report}")), TO_DASHBOARD)


def test_journalist_cannot_preview_others_draft(journalist_client, draft_b):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[draft_b.pk])
    assert_refused(
        journalist_client.post(url, {"title": draft_b.title, "slug": draft_b.slug, "lead": SECRET}), TO_DASHBOARD
    )
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    assert_refused(journalist_client.get(reverse("wagtailadmin_pages:view_draft", args=[draft_b.pk])), TO_DASHBOARD)


def test_journalist_cannot_edit_others_article(journalist_client, draft_b):
    url = reverse("wagtailadmin_pages:edit", args=[draft_b.pk])
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    journalist_client.post(url, {"title": "Өзгертілген", "slug": draft_b.slug, "action-publish": "1"})
    draft_b.refresh_from_db()
    assert draft_b.title != "Өзгертілген"
    assert draft_b.get_latest_revision().content["lead"] == SECRET


def test_journalist_cannot_copy_out_of_another_outlet(journalist_client, draft_b, outlet_a):
    url = reverse("wagtailadmin_pages:copy", args=[draft_b.pk])
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    journalist_client.post(
        url, {"new_title": "Көшірме", "new_slug": "kopiya", "new_parent_page": outlet_a.pk, "publish_copies": ""}
    )
    assert not Page.objects.filter(slug="kopiya").exists()


def test_journalist_cannot_copy_into_another_outlet(journalist_client, article_a, outlet_b):
    journalist_client.post(
        reverse("wagtailadmin_pages:copy", args=[article_a.pk]),
        {"new_title": "Көшірме", "new_slug": "kopiya", "new_parent_page": outlet_b.pk},
    )
    assert not Page.objects.filter(slug="kopiya").exists()


def test_journalist_cannot_move_pages_between_outlets(journalist_client, article_a, draft_b, outlet_a, outlet_b):
    assert_refused(journalist_client.get(reverse("wagtailadmin_pages:move", args=[draft_b.pk])), TO_DASHBOARD)
    journalist_client.post(reverse("wagtailadmin_pages:move_confirm", args=[draft_b.pk, outlet_a.pk]))
    journalist_client.post(reverse("wagtailadmin_pages:move_confirm", args=[article_a.pk, outlet_b.pk]))
    assert Page.objects.get(pk=draft_b.pk).get_parent().pk == outlet_b.pk
    assert Page.objects.get(pk=article_a.pk).get_parent().pk == outlet_a.pk


def test_journalist_cannot_delete_others_article(journalist_client, draft_b):
    url = reverse("wagtailadmin_pages:delete", args=[draft_b.pk])
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    journalist_client.post(url)
    assert ArticlePage.objects.filter(pk=draft_b.pk).exists()


def test_journalist_cannot_unpublish_others_article(journalist_client, draft_b):
    url = reverse("wagtailadmin_pages:unpublish", args=[draft_b.pk])
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    journalist_client.post(url)
    assert Page.objects.get(pk=draft_b.pk).live


def test_journalist_cannot_publish_others_draft_via_revisions(journalist_client, draft_b):
    revision = draft_b.get_latest_revision()
    journalist_client.post(reverse("wagtailadmin_pages:revisions_revert", args=[draft_b.pk, revision.pk]))
    journalist_client.post(reverse("wagtailadmin_pages:lock", args=[draft_b.pk]))
    draft_b.refresh_from_db()
    assert draft_b.lead != SECRET
    assert not draft_b.locked


def test_journalist_cannot_translate_others_article(journalist_client, draft_b):
    url = reverse("wagtail_localize:submit_page_translation", args=[draft_b.pk])
    assert_refused(journalist_client.get(url), TO_DASHBOARD)
    russian = Locale.objects.get(language_code="ru")
    journalist_client.post(url, {"locales": [russian.pk]})
    assert not draft_b.get_translations().filter(locale=russian).exists()


def test_journalist_cannot_see_history_or_compare_revisions_of_others(journalist_client, draft_b):
    first = draft_b.revisions.order_by("pk").first()
    latest = draft_b.get_latest_revision()
    history = reverse("wagtailadmin_pages:history", args=[draft_b.pk])
    urls = [
        history,
        reverse("wagtailadmin_pages:revisions_view", args=[draft_b.pk, latest.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[draft_b.pk, first.pk, latest.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[draft_b.pk, "live", "latest"]),
        reverse("wagtailadmin_pages:workflow_history", args=[draft_b.pk]),
        reverse("wagtailadmin_pages:usage", args=[draft_b.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[draft_b.pk]),
    ]
    for url in urls:
        assert_refused(journalist_client.get(url), TO_DASHBOARD)


def test_journalist_is_not_offered_publish_on_own_article(journalist_client, article_a):
    response = journalist_client.get(reverse("wagtailadmin_pages:edit", args=[article_a.pk]))
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    assert 'name="action-submit"' in response.content.decode()


def test_journalist_posting_publish_does_not_publish(journalist_client, article_a):
    article_a.save_revision().publish()
    journalist_client.post(
        reverse("wagtailadmin_pages:edit", args=[article_a.pk]),
        article_form(article_a, title="Жарияланбауы тиіс тақырып", **{"action-publish": "1"}),
    )
    article_a.refresh_from_db()
    assert article_a.title != "Жарияланбауы тиіс тақырып"
    # The form itself was valid: the text was kept as a draft, just not published.
    assert article_a.get_latest_revision().content["title"] == "Жарияланбауы тиіс тақырып"
    journalist_client.post(reverse("wagtailadmin_pages:unpublish", args=[article_a.pk]))
    assert Page.objects.get(pk=article_a.pk).live


def test_workflow_views_of_others_pages_are_closed(journalist_client, editor_a, draft_b):
    draft_b.get_workflow().start(draft_b, make_user("uyghur-journalist"))
    page = Page.objects.get(pk=draft_b.pk)
    task_state = page.current_workflow_task_state
    state = page.current_workflow_state
    preview = reverse("wagtailadmin_pages:workflow_preview", args=[draft_b.pk, task_state.task_id])
    for url in (preview, reverse("wagtailadmin_pages:workflow_history_detail", args=[draft_b.pk, state.pk])):
        assert_refused(journalist_client.get(url), TO_DASHBOARD)
    editor = login(editor_a)  # an editor, but of another outlet
    collect = reverse("wagtailadmin_pages:collect_workflow_action_data", args=[draft_b.pk, "approve", task_state.pk])
    assert_refused(editor.get(collect), TO_DASHBOARD)
    assert_refused(editor.get(preview), TO_DASHBOARD)
