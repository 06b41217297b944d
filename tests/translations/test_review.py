"""The translator's screen and the review of a translation, inside wagtail-localize's editor: "Send for
review" with the count of empty segments, no Delete for translators, edits locked while in review,
Approve (publishes; the history says approved) and Request changes (the comment reaches the translator)."""

import html
import json

from django.urls import reverse

from wagtail.models import Page, WorkflowState

import pytest
from wagtail_localize.models import StringSegment

from tests.helpers import login
from translations.models import Assignment

from .conftest import published_korean_article, translation_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def requested(koryo, policy, koryo_editor, kazakh_translator, russian_translator):
    article = published_korean_article(koryo, koryo_editor)
    assignment = Assignment.objects.get(translation__target_locale__language_code="kk")
    return article, assignment, translation_page(article, "kk")


def editor_props(response) -> dict:
    page = response.content.decode()
    return json.loads(html.unescape(page.split('class="js-translation-editor" data-props="', 1)[1].split('"', 1)[0]))


def translate_title(client, assignment, text="Алматыдағы Корей театры жаңа маусымды ашты"):
    title = StringSegment.objects.get(source=assignment.translation.source, context__path="title")
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[assignment.translation.pk, title.pk]),
        f"value={text}",
        content_type="application/x-www-form-urlencoded",
    )


def test_the_translator_sends_for_review_from_the_editor_warned_about_empty_segments(requested, kazakh_translator):
    article, assignment, page = requested
    translator = login(kazakh_translator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    translate_title(translator, assignment)

    screen = translator.get(edit_url)
    text = screen.content.decode()
    assert 'data-empty-segments="4"' in text and "4 of 5 segments are still empty" in text
    assert "data-send-for-review" in text
    props = editor_props(screen)
    assert not props["perms"]["canDelete"] and not props["perms"]["canPublish"]  # Delete is no longer the primary

    sent = translator.post(reverse("translations_submit", args=[assignment.pk]), {"next": edit_url})
    assert sent.status_code == 302 and sent["Location"] == edit_url
    assert Assignment.objects.get(pk=assignment.pk).status == Assignment.Status.READY_FOR_REVIEW
    locked = translator.get(edit_url)
    assert editor_props(locked)["object"]["isLocked"]
    assert "data-send-for-review" not in locked.content.decode()
    assert "the translation is locked until the editors approve it" in locked.content.decode()
    # Locked on the server too.
    assert translate_title(translator, assignment, "Басқа").status_code == 403


def test_the_editor_requests_changes_and_the_translator_reads_the_comment_and_edits_again(
    requested, kazakh_translator, koryo_editor
):
    article, assignment, page = requested
    translator = login(kazakh_translator)
    translate_title(translator, assignment)
    translator.post(reverse("translations_submit", args=[assignment.pk]))
    editor = login(koryo_editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    screen = editor.get(edit_url)
    assert "data-approve" in screen.content.decode() and "data-request-changes" in screen.content.decode()
    assert not editor_props(screen)["perms"]["canPublish"]  # publishing around the review would cancel it
    empty = editor.post(reverse("translations_review", args=[page.pk]), {"action": "reject", "comment": ""})
    assert empty.status_code == 302
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    editor.post(reverse("translations_review", args=[page.pk]), {"action": "reject", "comment": "Лидті аударыңыз."})

    assert Assignment.objects.get(pk=assignment.pk).status == Assignment.Status.IN_PROGRESS
    back = translator.get(edit_url)
    assert "Лидті аударыңыз." in back.content.decode() and "koryo-editor requested changes" in back.content.decode()
    assert not editor_props(back)["object"]["isLocked"]
    assert translate_title(translator, assignment, "Алматы театры").status_code in (200, 201)
    # Sent again: the same workflow resumes.
    translator.post(reverse("translations_submit", args=[assignment.pk]))
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_approval_publishes_the_translation_and_the_history_says_who_approved(
    requested, kazakh_translator, koryo_editor
):
    article, assignment, page = requested
    translator = login(kazakh_translator)
    translate_title(translator, assignment)
    translator.post(reverse("translations_submit", args=[assignment.pk]))

    approved = login(koryo_editor).post(reverse("translations_review", args=[page.pk]), {"action": "approve"})

    assert approved.status_code == 302
    kazakh = translation_page(article, "kk")
    assert kazakh.live and kazakh.title == "Алматыдағы Корей театры жаңа маусымды ашты"
    assert Assignment.objects.get(pk=assignment.pk).status == Assignment.Status.PUBLISHED
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    history = login(koryo_editor).get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Approved" in history and "koryo-editor" in history


def test_only_the_outlets_reviewers_approve(requested, kazakh_translator, russian_translator):
    article, assignment, page = requested
    translator = login(kazakh_translator)
    translator.post(reverse("translations_submit", args=[assignment.pk]))
    for client in (translator, login(russian_translator)):
        response = client.post(reverse("translations_review", args=[page.pk]), {"action": "approve"})
        assert response.status_code in (302, 403) and response.get("Location") != reverse(
            "wagtailadmin_pages:edit", args=[page.pk]
        )
    assert not translation_page(article, "kk").live


def test_an_editor_publishing_a_translation_in_review_is_asked_to_approve_it(
    requested, kazakh_translator, koryo_editor
):
    article, assignment, page = requested
    login(kazakh_translator).post(reverse("translations_submit", args=[assignment.pk]))
    response = login(koryo_editor).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code == 302
    assert not translation_page(article, "kk").live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS
