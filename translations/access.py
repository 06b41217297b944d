"""Who may do what with translations.

A translator's access to pages is a personal group holding `change_page` on each translation page
assigned to them, and nothing else: Wagtail's own permission checks (the page editor, which
wagtail-localize replaces with its translation editor, the string and PO views, preview, the explorer)
then let them reach exactly their assignments. Grants follow assignments: they are given when a
translator is assigned and taken back when the work is reassigned or the translator no longer holds
the language.

Who oversees an outlet's translations (its editors, network editors) is outlet isolation, decided by
ethnic_press/permissions.py.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupPagePermission, Page

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
