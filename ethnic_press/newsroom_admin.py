"""Conveniences of the admin for outlet staff: the explorer opens at their outlet, the dashboard's
"Write an article" button, "Submit for review" as a journalist's primary action.

Registered in ethnic_press/wagtail_hooks.py.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.wagtail_hooks import ExplorerMenuItem

import languages

from .models import OutletPage
from .permissions import outlets_of, sees_every_outlet


def outlet_sections_of(user) -> list[OutletPage]:
    """Each of the user's outlets, as its page in the outlet's main language (else the default language's)."""
    sections = []
    for access in outlets_of(user):
        versions = {
            page.locale.language_code: page
            for page in OutletPage.objects.filter(translation_key=access.translation_key).select_related("locale")
        }
        default = versions.get(languages.DEFAULT_LANGUAGE)
        main = default.language_codes[0] if default is not None and default.language_codes else None
        page = versions.get(main) or default
        if page is not None:
            sections.append(page)
    return sections


class OutletExplorerMenuItem(ExplorerMenuItem):
    """The "Pages" explorer opens at the user's outlet in its main language, not at the root with every
    language's home page (outlet staff hold rights on every language version of their outlet)."""

    def start_page(self, request):
        if not sees_every_outlet(request.user):
            sections = outlet_sections_of(request.user)
            if sections:
                return sections[0]
        return None

    def get_context(self, request):
        context = super().get_context(request)
        start = self.start_page(request)
        if start is not None:
            context["start_page_id"] = start.pk
        return context

    def render_component(self, request):
        component = super().render_component(request)
        start = self.start_page(request)
        if start is not None and hasattr(component, "start_page_id"):
            component.start_page_id = start.pk
        return component


class WriteArticlePanel(Component):
    """The journalist's "Write an article" button: the article form in their outlet and its language."""

    template_name = "ethnic_press/admin/write_article_panel.html"
    order = 50

    def __init__(self, sections: list[OutletPage]):
        self.sections = sections

    def get_context_data(self, parent_context):
        return {
            "links": [
                {
                    "outlet": section,
                    "language": languages.BY_CODE[section.locale.language_code],
                    "url": reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", section.pk]),
                }
                for section in self.sections
            ]
        }


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    """Wagtail's submit item, named for what it does rather than after the workflow ("Submit to
    editorial review: <outlet>", the outlet named in the default language)."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        workflow_state = context.get("page") and context["page"].current_workflow_state
        if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Resubmit for review")
        else:
            context["label"] = _("Submit for review")
        return context


def submit_first(menu_items: list, request, context) -> None:
    """For someone who cannot publish the page (the menu has no "Publish"), "Submit for review" is the
    primary (first) action; everyone sees it named for what it does."""
    names = [item.name for item in menu_items]
    if SubmitForModerationMenuItem.name not in names:
        return
    index = names.index(SubmitForModerationMenuItem.name)
    replacement = SubmitForReviewMenuItem(order=menu_items[index].order)
    menu_items.pop(index)
    menu_items.insert(0 if "action-publish" not in names else index, replacement)
