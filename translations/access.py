"""Who may do what with translations.

A translator's access to pages is a personal group holding `change_page` on each translation page
assigned to them, and nothing else: Wagtail's own permission checks (the page editor, which
wagtail-localize replaces with its translation editor, the string and PO views, preview, the explorer)
then let them reach exactly their assignments. Grants follow assignments: they are given when a
translator is assigned and taken back when the work is reassigned or the translator no longer holds
the language.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupPagePermission, Page

from ethnic_press.admin_guards import sees_every_outlet
from ethnic_press.models import OutletAccess

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


def outlet_access(page: Page) -> OutletAccess | None:
    """The outlet an article belongs to (its parent), with the outlet's groups."""
    parent = page.get_parent()
    return OutletAccess.objects.filter(translation_key=parent.translation_key).select_related("editors").first()


def is_outlet_editor(user, page: Page) -> bool:
    """Editors of the article's outlet, network editors and administrators."""
    if not user.is_active:
        return False
    if sees_every_outlet(user):
        return True
    access = outlet_access(page)
    return access is not None and user.groups.filter(pk=access.editors_id).exists()


def editable_outlets(user) -> list[OutletAccess]:
    """The outlets whose translations `user` oversees (every outlet for network editors)."""
    accesses = OutletAccess.objects.select_related("editors", "collection").order_by("collection__name")
    if sees_every_outlet(user):
        return list(accesses)
    return list(accesses.filter(editors__in=user.groups.all()))
