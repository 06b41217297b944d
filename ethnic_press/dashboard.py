"""Admin home panels for outlet staff: a journalist's own work, and an editor's outlet.

Journalist: my drafts, returned to me with the editor's comment, my scheduled articles. Only stories she
wrote: the translation and script copies made of her story carry her as owner (Wagtail copies the page),
but they are the translators' and the machine's work, in languages she may not read.
Editor: articles of my outlets awaiting review, and recently published in my outlets.
Registered in ethnic_press/wagtail_hooks.py through `construct_homepage_panels`.
"""

from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from newsroom.models import ArticlePage

from .models import OutletPage
from .permissions import EDITOR, JOURNALIST, outlets_of

ITEMS = 10


def outlet_sections(accesses) -> Q:
    """Pages under any language version of the given outlets."""
    paths = OutletPage.objects.filter(translation_key__in=[access.translation_key for access in accesses]).values_list(
        "path", flat=True
    )
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path, depth__gt=len(path) // Page.steplen)
    return query


class DashboardPanel(Component):
    template_name = "ethnic_press/admin/dashboard_panel.html"

    def __init__(self, heading: str, panel_id: str, rows: list[dict], order: int, empty: str):
        self.heading, self.panel_id, self.rows, self.order, self.empty = heading, panel_id, rows, order, empty

    def get_context_data(self, parent_context):
        return {"heading": self.heading, "panel_id": self.panel_id, "rows": self.rows, "empty": self.empty}


def _row(page, note: str = "", when=None) -> dict:
    return {"page": page, "note": note, "when": when}


def journalist_panels(user) -> list[DashboardPanel]:
    mine = (
        ArticlePage.objects.filter(owner=user)
        .filter(Q(original_language=F("locale__language_code")) | Q(original_language=""))
        .select_related("locale")
    )
    in_review = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS, base_content_type__model="page")
    drafts = mine.filter(Q(live=False) | Q(has_unpublished_changes=True)).exclude(pk__in=_ids(in_review))
    drafts = drafts.exclude(pk__in=_ids(_needs_changes())).order_by("-latest_revision_created_at")[:ITEMS]
    returned = (
        TaskState.objects.filter(
            status=TaskState.STATUS_REJECTED,
            workflow_state__status=WorkflowState.STATUS_NEEDS_CHANGES,
            workflow_state__requested_by=user,
        )
        .select_related("workflow_state", "finished_by")
        .order_by("-finished_at")[:ITEMS]
    )
    returned_pages = ArticlePage.objects.select_related("locale").in_bulk(
        [int(state.workflow_state.object_id) for state in returned]
    )
    scheduled = mine.filter(latest_revision__approved_go_live_at__isnull=False).order_by(
        "latest_revision__approved_go_live_at"
    )
    scheduled = scheduled.select_related("latest_revision")[:ITEMS]
    return [
        DashboardPanel(
            _("Returned to you with comments"),
            "returned-to-me",
            [
                _row(returned_pages[int(state.workflow_state.object_id)], state.comment, state.finished_at)
                for state in returned
                if int(state.workflow_state.object_id) in returned_pages
            ],
            90,
            _("Nothing was returned to you."),
        ),
        DashboardPanel(
            _("My drafts"),
            "my-drafts",
            [_row(page, when=page.latest_revision_created_at) for page in drafts],
            91,
            _("No drafts."),
        ),
        DashboardPanel(
            _("My scheduled articles"),
            "my-scheduled",
            [_row(page, when=page.latest_revision.approved_go_live_at) for page in scheduled],
            92,
            _("Nothing scheduled."),
        ),
    ]


def editor_panels(accesses) -> list[DashboardPanel]:
    workflows = [access.workflow_id for access in accesses]
    sections = outlet_sections(accesses)
    waiting = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, workflow_id__in=workflows, base_content_type__model="page"
        )
        .select_related("requested_by")
        .order_by("-created_at")[:ITEMS]
    )
    waiting_pages = (
        Page.objects.filter(sections).select_related("locale").in_bulk([int(state.object_id) for state in waiting])
    )
    published = (
        ArticlePage.objects.live().filter(sections).select_related("locale").order_by("-last_published_at")[:ITEMS]
    )
    return [
        DashboardPanel(
            _("Awaiting review in my outlet"),
            "outlet-review",
            [
                _row(waiting_pages[int(state.object_id)], state.requested_by or "", state.created_at)
                for state in waiting
                if int(state.object_id) in waiting_pages
            ],
            88,
            _("Nothing is waiting for review."),
        ),
        DashboardPanel(
            _("Recently published in my outlet"),
            "outlet-published",
            [_row(page, when=page.last_published_at) for page in published],
            89,
            _("Nothing published yet."),
        ),
    ]


def _needs_changes():
    return WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES, base_content_type__model="page")


def _ids(states) -> list[int]:
    return [int(object_id) for object_id in states.values_list("object_id", flat=True)]


def panels_for(user) -> list[DashboardPanel]:
    panels: list[DashboardPanel] = []
    edited = outlets_of(user, EDITOR)
    if edited:
        panels += editor_panels(edited)
    if outlets_of(user, JOURNALIST):
        panels += journalist_panels(user)
    return panels
