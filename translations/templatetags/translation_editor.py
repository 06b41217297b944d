"""What this project adds to wagtail-localize's translation editor
(templates/wagtail_localize/admin/edit_translation.html): the review bar above the editor, and the
editor's own buttons adjusted to the person and to the review.

- A translator (someone whose access to the page comes from an assignment, not outlet staff) gets
  "Send for review" with a warning counting the empty segments; no Delete, Lock, Unpublish or "Convert
  to alias" (they may not do those, and wagtail-localize would otherwise make Delete the primary, green
  button), and the editor's action menu is hidden for them ("Send for review" is theirs); while the
  translation waits for review the editor is locked for them (on the server too: translations/guards.py),
  until an editor requests changes, whose comment the bar shows.
- wagtail-localize's script writes a few words and its dates in English: translation_editor_strings
  gives static/js/translation_editor.js the admin language's words to put in their place.
- An editor who reviews the page gets "Approve and publish" and "Request changes" with a comment; the
  editor's own "Publish" is withdrawn while the page is in review, since publishing around the
  workflow would record it as cancelled instead of approved.
"""

import json

from django import template
from django.urls import reverse
from django.utils.translation import gettext

from ethnic_press.permissions import is_outlet_editor

from ..review import assignment_of, empty_segments, review_of

register = template.Library()

# Wagtail's own label, translated by Wagtail's catalogue (a name, so this project's catalogs do not take it).
WAGTAIL_MORE_ACTIONS = "More actions"


def is_translator_here(user, page, assignment) -> bool:
    return assignment is not None and assignment.translator_id == user.pk and not is_outlet_editor(user, page)


@register.inclusion_tag("translations/editor_bar.html", takes_context=True)
def translation_review_bar(context):
    request, page, translation = context["request"], context["instance"], context["translation"]
    assignment = assignment_of(page)
    review = review_of(page, request.user)
    translator = is_translator_here(request.user, page, assignment)
    empty, total = empty_segments(translation)
    return {
        "request": request,
        "page": page,
        "assignment": assignment,
        "review": review,
        "is_translator": translator,
        "can_send": translator and not review.in_review,
        "empty": empty,
        "total": total,
        "next": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "can_assign": is_outlet_editor(request.user, page) and assignment is not None and assignment.is_open,
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def translation_editor_props(context) -> str:
    """wagtail-localize's props for its React editor, adjusted (see the module docstring)."""
    request, page = context["request"], context["instance"]
    props = json.loads(context["props"])
    if not context.get("is_page"):
        return context["props"]
    review = review_of(page, request.user)
    perms = props["perms"]
    if review.in_review:
        perms["canPublish"] = False
        if not review.actions:
            props["object"]["isLocked"] = True
    if is_translator_here(request.user, page, assignment_of(page)):
        perms.update(canDelete=False, canLock=False, canUnlock=False, canUnpublish=False)
        props["links"]["convertToAliasUrl"] = None
    return json.dumps(props)


@register.simple_tag(takes_context=True)
def translation_editor_strings(context) -> dict:
    """What static/js/translation_editor.js puts in place of the English that wagtail-localize's script
    writes: its footer's "More actions" (Wagtail's words) and its "<source> to <target> translation"."""
    props = json.loads(context["props"])
    source, target = props["sourceLocale"]["displayName"], props["locale"]["displayName"]
    return {
        "moreActions": gettext(WAGTAIL_MORE_ACTIONS),
        "pairEnglish": f"{source} to {target} translation",
        "pair": f"{gettext('Translation')}: {source} → {target}",
    }
