"""Guards in front of Wagtail's and wagtail-localize's admin views (cms/urls.py wraps every admin URL).

- A translator's rights are exactly "edit the assigned translation and submit it". Wagtail's page
  permissions would let a `change_page` grant do more (delete an unpublished draft, bulk actions, the
  admin API's page actions), and wagtail-localize lets anyone who may edit a translation disable it or
  convert it to an alias. So a translator who holds no other role may open only the views listed in
  TRANSLATOR_VIEWS (and this app's own, which check their own rights); any other admin view — a new one
  of Wagtail or wagtail-localize included — is refused. wagtail-localize's snippets API answers them
  only the snippets their assigned pages show (an article's region: translations/access.py).
- An override in the translation editor may not attach an image or document from a collection the user
  cannot choose from (it would go live with the translation).
- A PO upload without a file, or without wagtail-localize's header, is a message, not a server error.
- A translation waiting for review is locked for whoever does not review it: its strings, overrides,
  PO upload and machine translation answer 403 until an editor requests changes (review.py).
"""

import contextlib
import functools
import os
import tempfile

from django.contrib import messages
from django.db import models
from django.http import QueryDict
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.admin.auth import permission_denied
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

import polib
from wagtail_localize.models import OverridableSegment, Translation

from .access import is_only_translator, snippet_on_assigned_page
from .review import refuse_while_in_review

# What a translator does: the dashboard and their account, the translation editor (Wagtail's edit view,
# replaced by wagtail-localize's editor for translations, guarded by the before_edit_page hook) with its
# strings, overrides, PO files, machine translation and preview, the page's images, and logging out.
TRANSLATOR_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_dismissibles",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_editing_sessions:ping",
    "wagtailadmin_editing_sessions:release",
    "wagtail_localize:javascript_catalog",
    "wagtail_localize:edit_string_translation",
    "wagtail_localize:edit_override",
    "wagtail_localize:download_pofile",
    "wagtail_localize:upload_pofile",
    "wagtail_localize:machine_translate",
    "wagtail_localize:preview_translation",
    # The editor shows the page's images and documents (the API shows only those of pages one may edit).
    "wagtailadmin_api:images:detail",
    "wagtailadmin_api:documents:detail",
}
# The name of a snippet the translation editor shows (an article's region): only one an assigned page points at.
SNIPPET_DETAIL = "wagtail_localize:snippets_api_detail"
# The translations app's own views (translations_mine, translations_submit…) decide for themselves.
OWN_VIEWS_PREFIX = "translations_"


def translator_may_open(view_name: str | None) -> bool:
    return bool(view_name) and (view_name in TRANSLATOR_VIEWS or view_name.startswith(OWN_VIEWS_PREFIX))


def _media_model_of(source_instance, field_path: str):
    """The image or document model an overridable segment points at, or None."""
    media = (get_image_model(), get_document_model())
    parts = field_path.split(".")
    field = source_instance._meta.get_field(parts[0])
    if isinstance(field, models.ForeignKey):
        return field.related_model if field.related_model in media else None
    if not isinstance(field, StreamField):
        return None
    block = field.stream_block
    for name in parts[1:]:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
            if name.isdigit() or name == "item":
                continue
        block = getattr(block, "child_blocks", {}).get(name, block)
    model = getattr(block, "target_model", None)
    return model if model in media else None


def _refuse_foreign_media_override(request, translation_id: int, overridable_segment_id: int, **kwargs):
    if request.method != "PUT":
        return None
    segment = OverridableSegment.objects.filter(pk=overridable_segment_id).select_related("context").first()
    translation = Translation.objects.filter(pk=translation_id).first()
    if segment is None or translation is None:
        return None  # wagtail-localize answers 404
    source_instance = translation.source.get_source_instance()
    model = _media_model_of(source_instance, segment.context.get_field_path(source_instance))
    if model is None:
        return None
    value = QueryDict(request.body).get("value", "")
    if str(value) == str(segment.data):  # the source's own item
        return None
    policy = policy_registry.get_by_type(model)
    if not str(value).isdigit() or (
        not policy.instances_user_has_any_permission_for(request.user, ["choose"]).filter(pk=int(value)).exists()
    ):
        return permission_denied(request)
    return None


def _refuse_unreadable_po_file(request, translation_id: int, **kwargs):
    if request.method != "POST":
        return None
    upload = request.FILES.get("file")
    problem = None
    if upload is None:
        problem = _("Choose a PO file to upload.")
    else:
        with tempfile.NamedTemporaryFile(delete=False) as copy:
            copy.write(upload.read())
        upload.seek(0)
        try:
            po = polib.pofile(copy.name)
            if "X-WagtailLocalize-TranslationID" not in po.metadata:
                problem = _("This PO file was not downloaded from a translation: it has no translation header.")
        except (OSError, UnicodeDecodeError, ValueError):
            problem = _("Please upload a valid PO file.")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(copy.name)
    if problem is None:
        return None
    messages.error(request, problem)
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


def _first_refusal(*checks):
    def check(request, **kwargs):
        for one in checks:
            response = one(request, **kwargs)
            if response is not None:
                return response
        return None

    return check


CHECKS = {
    "wagtail_localize:edit_string_translation": refuse_while_in_review,
    "wagtail_localize:edit_override": _first_refusal(refuse_while_in_review, _refuse_foreign_media_override),
    "wagtail_localize:upload_pofile": _first_refusal(refuse_while_in_review, _refuse_unreadable_po_file),
    "wagtail_localize:machine_translate": refuse_while_in_review,
}


def guard(view):
    """Wraps an admin view with the rules above."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        match = request.resolver_match
        name = match.view_name if match else None
        if is_only_translator(request.user) and not translator_may_open(name):
            if not (name == SNIPPET_DETAIL and snippet_on_assigned_page(request.user, **kwargs)):
                return permission_denied(request)
        check = CHECKS.get(name)
        if check is not None and request.user.is_authenticated:
            # Wagtail turns the account's admin language on inside the view; a check's message comes before.
            with translation.override(UserProfile.get_for_user(request.user).get_preferred_language()):
                response = check(request, **kwargs)
            if response is not None:
                return response
        return view(request, *args, **kwargs)

    return guarded
