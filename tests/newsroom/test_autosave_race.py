"""Wagtail 8 autosaves the create form about half a second after each change. When the journalist submits
while that autosave is still on its way, both requests reach the create view with the same slug: the page is
created once, the submit lands on it, and nobody gets a server error."""

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page

import pytest

from newsroom.models import ArticlePage
from tests.helpers import article_form

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}  # how Wagtail's w-autosave controller POSTs the form


def _form(**fields):
    draft = ArticlePage(title="Театр маусымы", slug="season", lead="Корей театры жаңа маусымды ашты.")
    draft.published_at = timezone.now()
    return article_form(draft, **fields)


def _add_url(outlet):
    return reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", outlet.pk])


def test_a_submit_that_arrives_after_the_autosave_lands_on_the_autosaved_page(outlet_a, journalist_client):
    autosave = journalist_client.post(_add_url(outlet_a), _form(), **AUTOSAVE)
    assert autosave.status_code == 200 and autosave.json()["success"], autosave.content[:500]

    submit = journalist_client.post(
        _add_url(outlet_a), _form(title="Театр маусымы ашылды", **{"action-submit": "action-submit"})
    )

    assert submit.status_code == 302, submit.content.decode()[:2000]
    [article] = ArticlePage.objects.child_of(outlet_a).filter(slug="season")
    assert article.get_latest_revision_as_object().title == "Театр маусымы ашылды"  # the submit's text, not lost
    assert article.workflow_in_progress  # the submit did submit


def test_a_submit_validated_while_the_autosave_was_saving_is_no_server_error(outlet_a, journalist_client, monkeypatch):
    """Both requests pass the form's slug check before either has saved; the loser used to raise Wagtail's
    slug ValidationError from Page.save (a 500)."""
    form_valid = CreateView.form_valid
    raced = []

    def autosave_commits_first(view, form):
        if not view.expects_json_response and not raced:
            raced.append(journalist_client.post(_add_url(outlet_a), _form(), **AUTOSAVE))
        return form_valid(view, form)

    monkeypatch.setattr(CreateView, "form_valid", autosave_commits_first)

    submit = journalist_client.post(
        _add_url(outlet_a), _form(title="Театр маусымы ашылды", **{"action-submit": "action-submit"})
    )

    assert raced[0].json()["success"]
    assert submit.status_code == 302, submit.content.decode()[:2000]
    [article] = ArticlePage.objects.child_of(outlet_a).filter(slug="season")
    assert article.get_latest_revision_as_object().title == "Театр маусымы ашылды"
    assert article.workflow_in_progress


def test_an_autosave_that_arrives_after_the_submit_is_refused_as_out_of_date(outlet_a, journalist_client):
    submit = journalist_client.post(
        _add_url(outlet_a), _form(title="Театр маусымы ашылды", **{"action-submit": "action-submit"})
    )
    assert submit.status_code == 302

    autosave = journalist_client.post(_add_url(outlet_a), _form(), **AUTOSAVE)

    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "invalid_revision"  # the answer Wagtail's autosave client shows
    [article] = ArticlePage.objects.child_of(outlet_a).filter(slug="season")
    assert article.get_latest_revision_as_object().title == "Театр маусымы ашылды"  # older autosave ignored


def test_a_second_article_with_a_taken_slug_gets_a_form_error(outlet_a, journalist_client, editor_a):
    """Someone else's page (or an old one) with the slug is no twin: the form says the slug is taken."""
    other = ArticlePage(title="Басқа", slug="season", published_at=timezone.now(), owner=editor_a)
    outlet_a.add_child(instance=other)

    submit = journalist_client.post(_add_url(outlet_a), _form(**{"action-submit": "action-submit"}))
    autosave = journalist_client.post(_add_url(outlet_a), _form(), **AUTOSAVE)

    assert submit.status_code == 200 and "season" in submit.content.decode()
    assert autosave.status_code == 400 and not autosave.json()["success"]
    assert Page.objects.child_of(outlet_a).filter(slug="season").count() == 1


def test_an_edit_autosave_racing_a_submit_is_refused_not_a_server_error(outlet_a, journalist_client):
    created = journalist_client.post(_add_url(outlet_a), _form(), **AUTOSAVE).json()
    edit_url = created["url"]
    loaded = {
        "loaded_revision_id": created["revision_id"],
        "loaded_revision_created_at": created["revision_created_at"],
    }
    submit = journalist_client.post(edit_url, _form(**loaded, **{"action-submit": "action-submit"}))
    assert submit.status_code == 302

    late = journalist_client.post(edit_url, _form(title="Older", **loaded), **AUTOSAVE)

    assert late.status_code == 400 and late.json()["error_code"] == "invalid_revision"


def test_an_autosave_carrying_a_workflow_button_s_fields_only_saves(outlet_a, journalist_client, editor_client):
    """ "Request changes" adds hidden action fields to the edit form and submits it; an autosave sent in that
    moment carried them, so the edit view ran the action twice and the second found no task (a 500)."""
    journalist_client.post(_add_url(outlet_a), _form(**{"action-submit": "action-submit"}))
    [article] = ArticlePage.objects.child_of(outlet_a).filter(slug="season")
    assert article.workflow_in_progress
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    reject = {
        "action-workflow-action": "true",
        "workflow-action-name": "reject",
        "workflow-action-extra-data": '{"comment": "Лидті қысқартыңыз."}',
    }

    autosave = editor_client.post(edit_url, _form(**reject), **AUTOSAVE)

    assert autosave.status_code == 200 and autosave.json()["success"], autosave.content[:500]
    article.refresh_from_db()
    assert article.workflow_in_progress  # the autosave acted on nothing
    submit = editor_client.post(edit_url, _form(**reject))
    assert submit.status_code == 302, submit.content.decode()[:2000]
    article.refresh_from_db()
    assert not article.workflow_in_progress  # the button's own submit requested the changes
    late = editor_client.post(edit_url, _form(**reject), **AUTOSAVE)  # after it, no task is left to act on
    assert late.status_code in (200, 400) and late["Content-Type"] == "application/json"
