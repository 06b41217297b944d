"""Review of a translation through its outlet's workflow, as the translation editor shows it.

The translator sends the translation for review (the outlet's "editorial review" workflow starts on
its page, or resumes after changes were requested); from then on the page is locked for them until an
editor requests changes. An editor of the outlet approves (the workflow finishes and publishes the
page, and its history says who approved) or requests changes with a comment, which the translator
sees in the editor and in "My translations" while the assignment goes back to "in progress"
(translations/signals.py).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.utils.translation import gettext

from wagtail.models import Page, TaskState, WorkflowState

from wagtail_localize.models import StringSegment, Translation

from .models import Assignment
from .status import with_progress


@dataclass
class Review:
    """Where a translation page stands in its review, for one user."""

    state: WorkflowState | None
    task_state: TaskState | None
    actions: list[str]  # workflow actions this user may take now ("approve", "reject")
    changes_requested: TaskState | None  # the editor's "request changes", with its comment

    @property
    def in_review(self) -> bool:
        return self.state is not None and self.state.status == WorkflowState.STATUS_IN_PROGRESS

    @property
    def can_approve(self) -> bool:
        return self.in_review and "approve" in self.actions


def review_of(page: Page, user) -> Review:
    state = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk))
        .select_related("current_task_state__task")
        .first()
    )
    task_state = state.current_task_state if state is not None else None
    actions = []
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS and task_state is not None:
        actions = [name for name, _label, _needs_data in task_state.task.specific.get_actions(page, user)]
    changes = None
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        changes = (
            TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
            .select_related("finished_by")
            .order_by("-finished_at")
            .first()
        )
    return Review(state, task_state, actions, changes)


def locked_for(page: Page, user) -> bool:
    """Whether `user` may not change the translation now: it waits for review and they do not review it."""
    review = review_of(page, user)
    return review.in_review and not review.actions


def refuse_while_in_review(request, translation_id: int, **kwargs) -> JsonResponse | None:
    """A change to a translation that waits for a review this user does not do is refused (see guards.py)."""
    translation = Translation.objects.filter(pk=translation_id).select_related("source").first()
    if translation is None or not request.user.is_authenticated:
        return None  # wagtail-localize answers
    page = Page.objects.filter(
        translation_key=translation.source.object_id, locale_id=translation.target_locale_id
    ).first()
    if page is not None and locked_for(page, request.user):
        return JsonResponse({"error": gettext("The translation is waiting for review.")}, status=403)
    return None


def empty_segments(assignment_or_translation) -> tuple[int, int]:
    """(untranslated, total) text segments of a translation."""
    translation = getattr(assignment_or_translation, "translation", assignment_or_translation)
    annotated = with_progress(type(translation).objects.filter(pk=translation.pk)).get()
    if not annotated.total_segments:
        annotated.total_segments = StringSegment.objects.filter(source_id=translation.source_id).count()
    return annotated.total_segments - annotated.translated_segments, annotated.total_segments


def send_for_review(page: Page, user) -> str:
    """Start (or resume after changes were requested) the outlet's workflow on the translation page.

    Returns "sent", "resumed", "waiting" (already in review) or "no_workflow"."""
    review = review_of(page, user)
    if review.in_review:
        return "waiting"
    if review.state is not None and review.state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        review.state.resume(user)
        return "resumed"
    workflow = page.get_workflow()
    if workflow is None:
        return "no_workflow"
    workflow.start(page, user)
    return "sent"


def act(page: Page, user, action: str, comment: str = "") -> None:
    """Approve or request changes ("approve" / "reject") on the page's current review task."""
    review = review_of(page, user)
    if action not in review.actions:
        raise PermissionError(action)
    review.task_state.task.specific.on_action(review.task_state, user, action, comment=comment)


def assignment_of(page: Page) -> Assignment | None:
    return (
        Assignment.objects.filter(
            translation__source__object_id=page.translation_key, translation__target_locale_id=page.locale_id
        )
        .select_related("translator", "translation")
        .first()
    )
