"""The translation workflow in Wagtail's admin: menus, the page header button, the minor-edit publish
action, the translator guard on the translation editor, and the policy and translator editors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import Button

from wagtail_localize.models import Translation

import languages
from ethnic_press.permissions import is_outlet_editor, outlets_overseen_by
from newsroom.models import ArticlePage

from .dashboard import panels_for
from .models import Assignment, LanguagePolicy, SourceEdit, Translator
from .review import review_of
from .views.assign import AssignView
from .views.mine import MyTranslationsView, submit_for_review
from .views.overview import OverviewView
from .views.request import RequestTranslationView
from .views.review import review_translation

MINOR_EDIT = "minor-edit"


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/mine/", MyTranslationsView.as_view(), name="translations_mine"),
        path("translations/mine/<int:assignment_id>/submit/", submit_for_review, name="translations_submit"),
        path("translations/overview/", OverviewView.as_view(), name="translations_overview"),
        path("translations/request/<int:page_id>/", RequestTranslationView.as_view(), name="translations_request"),
        path("translations/assign/<int:assignment_id>/", AssignView.as_view(), name="translations_assign"),
        path("translations/review/<int:page_id>/", review_translation, name="translations_review"),
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return Translator.objects.filter(user=request.user).exists()


class OverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(outlets_overseen_by(request.user))


@hooks.register("register_admin_menu_item")
def my_translations_menu_item():
    return TranslatorMenuItem(
        _("My translations"), reverse("translations_mine"), icon_name="wagtail-localize-language", order=250
    )


@hooks.register("register_admin_menu_item")
def overview_menu_item():
    return OverviewMenuItem(_("Translation overview"), reverse("translations_overview"), icon_name="table", order=260)


def request_button(page, user, view_name=None, next_url=None):
    if page.specific_class is ArticlePage and is_outlet_editor(user, page):
        yield Button(
            _("Request translation"),
            reverse("translations_request", args=[page.pk]),
            icon_name="wagtail-localize-language",
            priority=61,
        )


hooks.register("register_page_header_buttons", request_button)
hooks.register("register_page_listing_more_buttons", request_button)


@hooks.register("register_page_header_buttons")
def assign_buttons(page, user, view_name=None, next_url=None):
    """On a source article, one "Assign" button per open request; on a translation, its own request's."""
    if page.specific_class is not ArticlePage or not is_outlet_editor(user, page):
        return
    assignments = Assignment.objects.filter(translation__source__object_id=page.translation_key).exclude(
        status=Assignment.Status.PUBLISHED
    )
    if not page.specific.is_source:
        assignments = assignments.filter(translation__target_locale_id=page.locale_id)
    for assignment in assignments.select_related("translation__target_locale", "translator"):
        language = languages.BY_CODE[assignment.translation.target_locale.language_code]
        if assignment.translator is None:
            label = _("Assign the %(language)s translation (unassigned)") % {"language": language.name_local}
        else:
            label = _("Reassign the %(language)s translation") % {"language": language.name_local}
        yield Button(label, reverse("translations_assign", args=[assignment.pk]), icon_name="user", priority=62)


@hooks.register("construct_homepage_panels")
def editors_queue_panel(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("before_edit_page")
def translators_only_on_their_assignments(request, page):
    """A translator's page grants come from assignments; this closes what they would otherwise allow:
    editing the page outside the translation editor (after "Stop translation") or in a language they
    no longer hold."""
    translator = Translator.objects.filter(user=request.user).first()
    if translator is None or request.user.is_superuser or is_outlet_editor(request.user, page):
        return None
    if request.user.groups.exclude(pk=translator.group_id).exists():
        return None  # also outlet staff: Wagtail's permissions for that role apply
    translated = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()
    if not translated or not translator.holds(page.locale.language_code):
        raise PermissionDenied
    return None


@hooks.register("before_edit_page")
def approve_instead_of_publishing_around_the_review(request, page):
    """Publishing a translation that waits for review would cancel its workflow: editors approve it instead
    (the translation editor's review bar), so the history says who approved."""
    if request.method == "POST" and request.POST.get("action") == "publish" and review_of(page, request.user).in_review:
        messages.warning(request, _("This translation waits for review: approve it or request changes."))
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return None


class MinorEditPublishMenuItem(PublishMenuItem):
    """Publish a source article without making its translations stale (a typo, a caption)."""

    label = _("Publish as minor edit")
    name = "action-publish-minor"
    template_name = "translations/publish_minor_edit.html"

    def is_shown(self, context):
        page = context.get("page")
        if context["view"] != "edit" or page is None or not isinstance(page, ArticlePage) or not page.live:
            return False
        return page.is_source and super().is_shown(context)


@hooks.register("register_page_action_menu_item")
def minor_edit_menu_item():
    return MinorEditPublishMenuItem(order=15)


@hooks.register("before_publish_page")
def remember_minor_edit(request, page):
    """Recorded before the publication it describes, which then leaves the translations current."""
    if request.POST.get("action-publish") == MINOR_EDIT:
        SourceEdit.objects.get_or_create(
            revision=page.get_latest_revision(),
            reason=SourceEdit.Reason.MINOR,
            defaults={"translation_key": page.translation_key, "changed_at": timezone.now(), "edited_by": request.user},
        )


class LanguagePolicyViewSet(ModelViewSet):
    model = LanguagePolicy
    icon = "wagtail-localize-language"
    menu_label = _("Language policies")
    form_fields = ["outlet", "source_languages", "target_languages", "deadline_days"]
    list_display = ["outlet", Column("source_languages"), Column("target_languages"), "deadline_days"]
    add_to_admin_menu = False


class TranslatorViewSet(ModelViewSet):
    model = Translator
    icon = "user"
    menu_label = _("Translators")
    form_fields = ["user", "languages"]
    list_display = ["user", Column("languages")]
    add_to_admin_menu = False


class TranslationSettingsGroup(ModelViewSetGroup):
    menu_label = _("Translation")
    menu_icon = "wagtail-localize-language"
    menu_order = 270
    items = (LanguagePolicyViewSet("language_policies"), TranslatorViewSet("translators"))


@hooks.register("register_admin_viewset")
def translation_settings():
    return TranslationSettingsGroup()
