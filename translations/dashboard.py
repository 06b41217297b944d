"""The editors' queue on their admin home: translation requests of their outlets that nobody holds yet.

A request without a translator belongs to its outlet's editors; this panel counts them ("Unassigned: N")
and links each to its assignment form. Registered in translations/wagtail_hooks.py.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

import languages
from ethnic_press.dashboard import outlet_sections
from ethnic_press.permissions import outlets_overseen_by
from newsroom.models import ArticlePage

from .models import Assignment

ITEMS = 20


def unassigned_for(user):
    """Open requests without a translator in the outlets `user` oversees, the earliest due first."""
    accesses = outlets_overseen_by(user)
    if not accesses:
        return Assignment.objects.none()
    keys = ArticlePage.objects.filter(outlet_sections(accesses)).values("translation_key")
    return (
        Assignment.objects.filter(translator__isnull=True, translation__source__object_id__in=keys)
        .exclude(status=Assignment.Status.PUBLISHED)
        .select_related("translation__source", "translation__target_locale")
        .order_by("due_date", "pk")
    )


class UnassignedPanel(Component):
    template_name = "translations/unassigned_panel.html"
    order = 87

    def __init__(self, assignments):
        self.assignments = assignments

    def get_context_data(self, parent_context):
        count = self.assignments.count()
        rows = []
        for assignment in self.assignments[:ITEMS]:
            rows.append(
                {
                    "assignment": assignment,
                    "title": assignment.translation.source.object_repr,
                    "language": languages.BY_CODE[assignment.translation.target_locale.language_code],
                }
            )
        return {
            "request": parent_context.get("request"),
            "count": count,
            "rows": rows,
            "heading": _("Unassigned translations: %(count)s") % {"count": count},
        }


def panels_for(user) -> list[Component]:
    if not outlets_overseen_by(user):
        return []
    return [UnassignedPanel(unassigned_for(user))]
