"""An editor approves a translation in review, or sends it back with a comment, from the translation editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from ..review import act, review_of

ACTIONS = {"approve", "reject"}


@require_POST
def review_translation(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    action = request.POST.get("action", "")
    comment = request.POST.get("comment", "").strip()
    review = review_of(page, request.user)
    if action not in ACTIONS or action not in review.actions:
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if action == "reject" and not comment:
        messages.error(request, _("Say what needs to change: the translator reads your comment."))
        return redirect(edit_url)
    act(page, request.user, action, comment)
    title = page.get_admin_display_title()
    if action == "approve":
        messages.success(request, _("“%(title)s” was approved and published.") % {"title": title})
    else:
        messages.success(request, _("“%(title)s” was sent back to the translator.") % {"title": title})
    return redirect(edit_url)
