"""A translator's own work: "My translations", and sending a finished translation for review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.models import Page

import languages
from newsroom.models import ArticlePage

from ..models import Assignment
from ..review import review_of, send_for_review
from ..status import PUBLISHED, READY, cells_for
from .base import TranslationsAdminView


class MyTranslationsView(TranslationsAdminView, TemplateView):
    """Open assignments first by due date, then published ones that became stale; done work is left out."""

    template_name = "translations/my_translations.html"
    header_icon = "wagtail-localize-language"
    page_title = gettext_lazy("My translations")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "rows": rows_for(self.request.user)}


def rows_for(user) -> list[dict]:
    assignments = list(
        Assignment.objects.filter(translator=user)
        .select_related("translation__source__locale", "translation__target_locale")
        .order_by("due_date", "pk")
    )
    wanted = {
        (assignment.translation.source.object_id, assignment.translation.source.locale_id) for assignment in assignments
    }
    sources = {
        (page.translation_key, page.locale_id): page
        for page in ArticlePage.objects.filter(translation_key__in={key for key, _ in wanted}).only(
            "id", "translation_key", "locale_id", "title"
        )
        if (page.translation_key, page.locale_id) in wanted
    }
    codes = sorted({assignment.translation.target_locale.language_code for assignment in assignments})
    cells = cells_for(list(sources.values()), codes) if sources else {}
    today = timezone.localdate()
    rows = []
    for assignment in assignments:
        translation = assignment.translation
        source = sources.get((translation.source.object_id, translation.source.locale_id))
        if source is None:
            continue
        target_code = translation.target_locale.language_code
        cell = cells[source.pk, target_code]
        if assignment.status == Assignment.Status.PUBLISHED and not cell.stale:
            continue
        rows.append(
            {
                "assignment": assignment,
                "source": source,
                "source_language": languages.BY_CODE[translation.source.locale.language_code],
                "target_language": languages.BY_CODE[target_code],
                "cell": cell,
                "overdue": assignment.is_overdue(today),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[cell.page.pk]) if cell.page else None,
                "can_submit": cell.page is not None and cell.status not in (READY, PUBLISHED),
            }
        )
    return rows


@require_POST
def submit_for_review(request, assignment_id: int):
    """Save the translation as a draft of its page and start (or resume) the outlet's editorial workflow
    on it; back to `next` (the translation editor) or "My translations"."""
    assignment = get_object_or_404(Assignment, pk=assignment_id)
    if assignment.translator_id != request.user.pk:
        raise PermissionDenied
    translation = assignment.translation
    page = Page.objects.get(translation_key=translation.source.object_id, locale=translation.target_locale).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    title = page.get_admin_display_title()
    if review_of(page, request.user).in_review:
        messages.warning(request, _("“%(title)s” is already waiting for review.") % {"title": title})
        return redirect(_next_url(request))
    translation.save_target(user=request.user, publish=False)
    page.refresh_from_db()
    outcome = send_for_review(page, request.user)
    if outcome == "no_workflow":
        messages.error(request, _("“%(title)s” has no review workflow; ask the outlet's editors.") % {"title": title})
    else:
        messages.success(request, _("“%(title)s” was sent to the editors for review.") % {"title": title})
    return redirect(_next_url(request))


def _next_url(request) -> str:
    wanted = request.POST.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(wanted, {request.get_host()}):
        return wanted
    return reverse("translations_mine")
