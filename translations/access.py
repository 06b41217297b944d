"""Who may do what with translations.

A translator's access to pages is a personal group holding `change_page` on each translation page
assigned to them, and nothing else: Wagtail's own permission checks (the page editor, which
wagtail-localize replaces with its translation editor, the string and PO views, preview, the explorer)
then let them reach exactly their assignments. Grants follow assignments: they are given when a
translator is assigned and taken back when the work is reassigned or the translator no longer holds
the language.

The translation editor shows a synchronized snippet (an article's region) by asking wagtail-localize's
snippets API for its name; a translator may ask for exactly the snippets their assigned pages point at
(`snippet_on_assigned_page`), nothing else of the directory (no listing, no other model).

Who oversees an outlet's translations (its editors, network editors) is outlet isolation, decided by
ethnic_press/permissions.py.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models

from wagtail.models import GroupPagePermission, Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from wagtail_localize.fields import SynchronizedField

from .models import Assignment, Translator


def _change_page() -> Permission:
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(Page), codename="change_page")


def translator_group(translator: Translator) -> Group:
    """The translator's personal group (created on first use), which may enter the admin."""
    if translator.group_id is None:
        group, _ = Group.objects.get_or_create(name=f"Translator: {translator.user.get_username()}")
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        translator.group = group
        translator.save(update_fields=["group"])
        translator.user.groups.add(group)
    return translator.group


def target_page(assignment: Assignment) -> Page | None:
    translation = assignment.translation
    return Page.objects.filter(
        translation_key=translation.source.object_id, locale_id=translation.target_locale_id
    ).first()


def sync_grants(translator: Translator) -> None:
    """Make the translator's page permissions exactly their assignments in the languages they hold."""
    group = translator_group(translator)
    wanted = set()
    for assignment in Assignment.objects.filter(translator=translator.user).select_related(
        "translation__source", "translation__target_locale"
    ):
        if translator.holds(assignment.translation.target_locale.language_code):
            page = target_page(assignment)
            if page is not None:
                wanted.add(page.pk)
    permission = _change_page()
    GroupPagePermission.objects.filter(group=group).exclude(page_id__in=wanted).delete()
    for page_id in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission=permission)


def sync_grants_for(user) -> None:
    translator = Translator.objects.filter(user=user).first() if user is not None else None
    if translator is not None:
        sync_grants(translator)


def is_only_translator(user) -> bool:
    """A translator who holds no other role (outlet staff, network editor, administrator)."""
    if not user.is_authenticated or user.is_superuser:
        return False
    translator = Translator.objects.filter(user=user).only("group_id").first()
    return translator is not None and not user.groups.exclude(pk=translator.group_id).exists()


def synchronized_snippet_fields(snippet_model) -> list[tuple[type, str]]:
    """(page model, field name) of every page field that points at the snippet model and is kept the
    same in every translation (the translation editor shows it, read-only)."""
    found = []
    for page_model in get_page_models():
        for field in getattr(page_model, "translatable_fields", []):
            if not isinstance(field, SynchronizedField):
                continue
            model_field = page_model._meta.get_field(field.field_name)
            if isinstance(model_field, models.ForeignKey) and model_field.related_model is snippet_model:
                found.append((page_model, field.field_name))
    return found


def snippet_on_assigned_page(user, app_label: str, model_name: str, pk: str) -> bool:
    """Whether a page the translator is assigned (their grants), or its source or another of its
    translations, points at the snippet through a synchronized field: what the translation editor shows
    them (the source's value, which reaches the translation when it is published)."""
    try:
        model = apps.get_model(app_label, model_name)
        pk_value = model._meta.pk.to_python(pk)
    except (LookupError, ValidationError):
        return False
    translator = Translator.objects.filter(user=user).only("group_id").first()
    if translator is None or model not in get_snippet_models():
        return False
    assigned = GroupPagePermission.objects.filter(group_id=translator.group_id).values("page_id")
    stories = Page.objects.filter(pk__in=assigned).values("translation_key")
    return any(
        page_model.objects.filter(translation_key__in=stories, **{field_name: pk_value}).exists()
        for page_model, field_name in synchronized_snippet_fields(model)
    )
