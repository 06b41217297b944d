"""The editorial flow through the admin: draft, submit, approve or request changes, schedule, lock."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, TaskState

import pytest

from ethnic_press.permissions import NETWORK_EDITORS, ensure_network_editors
from tests import factories
from tests.helpers import TO_DASHBOARD, article_form, assert_refused, login, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_a(outlet_a, journalist_a):
    """A new article the journalist has written but nobody has published."""
    page = factories.ArticlePageFactory.build(title="Корей мәдени орталығы жаңа студия ашты", slug="studio", live=False)
    page.owner = journalist_a
    outlet_a.add_child(instance=page)
    page.save_revision(user=journalist_a)
    return page


def submit(client, page, **fields):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), article_form(page, **{"action-submit": "1", **fields})
    )


def workflow_action(client, page, action: str, **data):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), data)


def test_submitted_draft_waits_for_the_outlet_editor_and_goes_live_on_approval(journalist_a, editor_a, draft_a):
    submit(login(journalist_a), draft_a, lead="Студия жастарға корей тілін үйретеді.")
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live
    assert page.current_workflow_task.name == "Review by Коре ильбо editors"
    workflow_action(login(editor_a), page, "approve", comment="")
    page = Page.objects.get(pk=draft_a.pk).specific
    assert page.live
    assert page.lead == "Студия жастарға корей тілін үйретеді."
    assert page.current_workflow_state is None


def test_editor_asks_for_changes_and_the_journalist_sees_the_comment(journalist_a, editor_a, draft_a):
    journalist = login(journalist_a)
    submit(journalist, draft_a)
    workflow_action(login(editor_a), draft_a, "reject", comment="Студияның мекенжайын көрсетіңіз.")
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live
    assert TaskState.objects.get(status=TaskState.STATUS_REJECTED).comment == "Студияның мекенжайын көрсетіңіз."
    edit = journalist.get(reverse("wagtailadmin_pages:edit", args=[draft_a.pk]))
    assert "Студияның мекенжайын көрсетіңіз." in edit.content.decode()


def test_editor_of_another_outlet_cannot_approve(journalist_a, editor_b, draft_a):
    submit(login(journalist_a), draft_a)
    other = login(editor_b)
    assert_refused(workflow_action(other, draft_a, "approve", comment=""), TO_DASHBOARD)
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    dashboard = other.get(reverse("wagtailadmin_home"))
    assert draft_a.title not in dashboard.content.decode()


def test_journalist_cannot_approve_own_submission(journalist_a, draft_a):
    journalist = login(journalist_a)
    submit(journalist, draft_a)
    workflow_action(journalist, draft_a, "approve", comment="")
    assert not Page.objects.get(pk=draft_a.pk).live


def test_network_editor_sees_every_outlet(article_a, article_b):
    network_editor = make_user("network-editor")
    network_editor.groups.add(ensure_network_editors())
    assert network_editor.groups.get().name == NETWORK_EDITORS
    client = login(network_editor)
    for article in (article_a, article_b):
        explorer = client.get(reverse("wagtailadmin_explore", args=[article.get_parent().pk]))
        assert article.title in explorer.content.decode()
        assert client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).status_code == 200


def test_edits_during_review_need_the_submission_withdrawn_and_approved_again(journalist_a, editor_a, draft_a):
    journalist = login(journalist_a)
    url = reverse("wagtailadmin_pages:edit", args=[draft_a.pk])
    submit(journalist, draft_a, lead="Бірінші нұсқа.")
    # Under review the article is locked for its author: the editor reviews what was submitted.
    journalist.post(url, article_form(draft_a, lead="Түзетілген нұсқа."))
    assert Page.objects.get(pk=draft_a.pk).get_latest_revision().content["lead"] == "Бірінші нұсқа."
    # Withdrawing the submission unlocks it; the corrected text needs a new submission and approval.
    journalist.post(url, article_form(draft_a, lead="Түзетілген нұсқа.", **{"action-cancel-workflow": "1"}))
    assert Page.objects.get(pk=draft_a.pk).current_workflow_state is None
    submit(journalist, draft_a, lead="Түзетілген нұсқа.")
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    workflow_action(login(editor_a), page, "approve", comment="")
    assert Page.objects.get(pk=draft_a.pk).specific.lead == "Түзетілген нұсқа."


def test_edits_to_a_live_article_stay_drafts_until_approved_again(journalist_a, editor_a, article_a):
    journalist = login(journalist_a)
    submit(journalist, article_a, title="Жаңартылған тақырып")
    article_a.refresh_from_db()
    assert article_a.live and article_a.title != "Жаңартылған тақырып"
    assert article_a.has_unpublished_changes
    workflow_action(login(editor_a), article_a, "approve", comment="")
    article_a.refresh_from_db()
    assert article_a.title == "Жаңартылған тақырып"


def test_scheduled_article_goes_live_and_expires_with_publish_scheduled(editor_a, draft_a):
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    login(editor_a).post(
        reverse("wagtailadmin_pages:edit", args=[draft_a.pk]),
        article_form(draft_a, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "1"}),
    )
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live
    assert page.scheduled_revision is not None
    with mock.patch("django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")
    page = Page.objects.get(pk=draft_a.pk)
    assert page.live
    Page.objects.filter(pk=page.pk).update(expire_at=go_live + datetime.timedelta(days=7))
    call_command("publish_scheduled")
    assert Page.objects.get(pk=draft_a.pk).live
    with mock.patch("django.utils.timezone.now", return_value=go_live + datetime.timedelta(days=8)):
        call_command("publish_scheduled")
    page = Page.objects.get(pk=draft_a.pk)
    assert not page.live and page.expired


def test_locked_article_cannot_be_changed_by_the_journalist(journalist_a, editor_a, article_a):
    login(editor_a).post(reverse("wagtailadmin_pages:lock", args=[article_a.pk]))
    assert Page.objects.get(pk=article_a.pk).locked
    journalist = login(journalist_a)
    revisions_before = article_a.revisions.count()
    journalist.post(reverse("wagtailadmin_pages:edit", args=[article_a.pk]), article_form(article_a, title="Өзгеріс"))
    assert article_a.revisions.count() == revisions_before
    journalist.post(reverse("wagtailadmin_pages:unlock", args=[article_a.pk]))
    assert Page.objects.get(pk=article_a.pk).locked
    login(editor_a).post(reverse("wagtailadmin_pages:unlock", args=[article_a.pk]))
    assert not Page.objects.get(pk=article_a.pk).locked


def test_each_save_is_a_revision_the_journalist_can_compare(journalist_a, draft_a):
    journalist = login(journalist_a)
    url = reverse("wagtailadmin_pages:edit", args=[draft_a.pk])
    journalist.post(url, article_form(draft_a, lead="Алғашқы нұсқа."))
    journalist.post(url, article_form(draft_a, lead="Екінші нұсқа."))
    first, *_, last = draft_a.revisions.order_by("pk")
    assert draft_a.revisions.count() == 3
    compare = journalist.get(reverse("wagtailadmin_pages:revisions_compare", args=[draft_a.pk, first.pk, last.pk]))
    assert compare.status_code == 200
    assert "Екінші нұсқа." in compare.content.decode()
