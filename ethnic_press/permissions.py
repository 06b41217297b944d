"""Outlet isolation: the roles, what each is granted, and the questions the admin asks about them.

One outlet's staff never see or change another outlet's drafts, media or translations. Every rule
of that lives here; the places that enforce it import it from here.

Roles
- Journalist of an outlet ("<Outlet> journalists"): adds and edits pages in every language version
  of the outlet's section, uploads to its collection, never publishes (their work goes through the
  outlet's workflow, "editorial review: <Outlet>", see provisioning.py).
- Editor of an outlet ("<Outlet> editors"): also publishes, locks and unlocks pages, changes and
  deletes the outlet's media, approves its workflow and oversees its translations.
- Network editor ("Network editors"): every page, every collection, the shared snippets.
- Administrator (superuser): everything, and the only one who adds people to outlets.
- Translator: the translations app's role (translations/access.py), a personal group holding
  `change_page` on exactly the translations assigned to them.

Grants are rows of Wagtail's own permission tables (GroupPagePermission on each language version of
the outlet page, GroupCollectionPermission on the outlet's collection, model permissions for the
admin and the shared snippets), written by `grant_outlet`, `grant_outlet_pages` and
`ensure_network_editors` when an outlet is provisioned (provisioning.py).

Where the rules are enforced (tested through HTTP in tests/ethnic_press/test_isolation*.py,
test_staff_admin.py, test_workflow.py and tests/translations/test_access.py):
1. Wagtail's page views — explorer, admin search, edit, preview (GET and POST), view draft,
   revisions, compare, history, usage, copy, copy for translation, move, delete, unpublish, lock,
   workflow actions and previews, the page listing reports — from the page grants.
2. Wagtail's image and document views, choosers, chooser search and upload forms — from the
   collection grants.
3. ethnic_press/wagtail_hooks.py: the page chooser lists explorable pages only (`explorable_pages`),
   except the "republished from" chooser, which offers other outlets' live public articles only
   (newsroom/wagtail_hooks.py); the reports menu hides the page types report (`sees_every_outlet`);
   the "Staff" button (`can_manage_staff`); the admin home panels of outlet staff (dashboard.py,
   `outlets_of`).
4. ethnic_press/admin_guards.py, mounted by cms/urls.py in front of Wagtail's admin URLs: the page
   types usage report names pages network-wide, so it is kept to `sees_every_outlet`.
5. ethnic_press/staff.py: adding a person to an outlet (`can_manage_staff`, `add_member`).
6. translations: the "Request translation" button and view, the overview, and the guard on the
   translation editor (`is_outlet_editor`, `outlets_overseen_by`; translations/access.py,
   translations/wagtail_hooks.py, translations/views/).
7. ethnic_press/editions/views.py: the print archive's text admin (progress, corrections, retries)
   follows each edition page's own permissions, so it is limited to the editor's outlets.
8. cms/api.py: the public API serves live public pages only, no images or documents.
9. ethnic_press/admin_guards.py `guard`, around every admin view (cms/urls.py): page views, revisions and
   bulk actions outside the viewer's explorable pages are refused before they can name a page; the
   explorer's people filters list the viewer's own; wagtail-localize's report is for network editors.
10. ethnic_press/wagtail_hooks.py: Wagtail's admin images and documents API lists the collections the user
   may choose from; newsroom/forms.py MediaScopedPageForm: page forms refuse other collections' media.
11. translations/guards.py: translators open only the translation editor's views; overrides refuse media
   from collections the user cannot choose.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from languages.admin_language import give_default_admin_language

from .models import OutletAccess, OutletPage

JOURNALIST = "journalist"
EDITOR = "editor"
ROLES = (JOURNALIST, EDITOR)
NETWORK_EDITORS = "Network editors"

JOURNALIST_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
NETWORK_PAGE_PERMISSIONS = (*EDITOR_PAGE_PERMISSIONS, "bulk_delete_page")
JOURNALIST_MEDIA_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)
EDITOR_MEDIA_PERMISSIONS = (
    *JOURNALIST_MEDIA_PERMISSIONS,
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
)
# Everybody on the staff picks journalists, topics and regions for bylines; only network editors curate them.
STAFF_MODEL_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "newsroom.view_journalist",
    "newsroom.view_topic",
    "ethnic_press.view_region",
    "ethnic_press.view_community",
)
NETWORK_MODEL_PERMISSIONS = (
    *STAFF_MODEL_PERMISSIONS,
    *(
        f"{app}.{action}_{model}"
        for app, model in (
            ("newsroom", "journalist"),
            ("newsroom", "topic"),
            ("ethnic_press", "region"),
            ("ethnic_press", "community"),
        )
        for action in ("add", "change")
    ),
)


def group_name(outlet_title: str, role: str) -> str:
    """The name of an outlet's staff group for `role` ("Koryo Ilbo journalists")."""
    return f"{outlet_title} {role}s"


# Grants


def _permissions(dotted: tuple[str, ...]) -> list[Permission]:
    """The permissions named "app_label.codename", in the order given, read in one query."""
    wanted = [tuple(name.split(".")) for name in dotted]
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.select_related("content_type").filter(
            content_type__app_label__in={app_label for app_label, _ in wanted},
            codename__in={codename for _, codename in wanted},
        )
    }
    return [found[key] for key in wanted]


def _page_permissions(codenames: tuple[str, ...]) -> list[Permission]:
    found = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Page), codename__in=codenames
        )
    }
    return [found[codename] for codename in codenames]


def _grant(model, group: Group, permissions: list[Permission], **target) -> None:
    """`model.objects.get_or_create(group=group, permission=each, **target)` in order, in two queries."""
    held = set(model.objects.filter(group=group, **target).values_list("permission_id", flat=True))
    missing = {permission.pk: permission for permission in permissions if permission.pk not in held}
    model.objects.bulk_create(model(group=group, permission=permission, **target) for permission in missing.values())


def _grant_pages(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    _grant(GroupPagePermission, group, _page_permissions(codenames), page=page)


def _grant_collection(group: Group, collection: Collection, dotted: tuple[str, ...]) -> None:
    _grant(GroupCollectionPermission, group, _permissions(dotted), collection=collection)


def grant_outlet(access: OutletAccess) -> None:
    """A new outlet's groups: the admin and the shared snippets, and the outlet's collection by role."""
    staff = _permissions(STAFF_MODEL_PERMISSIONS)
    for group in (access.journalists, access.editors):
        group.permissions.add(*staff)
    _grant_collection(access.journalists, access.collection, JOURNALIST_MEDIA_PERMISSIONS)
    _grant_collection(access.editors, access.collection, EDITOR_MEDIA_PERMISSIONS)


def grant_outlet_pages(access: OutletAccess, page: Page) -> None:
    """Both groups' rights on one language version of the outlet page (and so on its section)."""
    _grant_pages(access.journalists, page, JOURNALIST_PAGE_PERMISSIONS)
    _grant_pages(access.editors, page, EDITOR_PAGE_PERMISSIONS)


def ensure_network_editors() -> Group:
    """The network editors: every page, every collection, the shared snippets."""
    group, created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    if created:  # granted once; an administrator may narrow them later without every outlet save undoing it
        group.permissions.add(*_permissions(NETWORK_MODEL_PERMISSIONS))
        _grant_pages(group, Page.get_first_root_node(), NETWORK_PAGE_PERMISSIONS)
        _grant_collection(group, Collection.get_first_root_node(), EDITOR_MEDIA_PERMISSIONS)
    return group


def add_member(user, access: OutletAccess, role: str) -> Group:
    """Make `user` a journalist or an editor of the outlet (in every language of it)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    group = access.editors if role == EDITOR else access.journalists
    user.groups.add(group)
    outlet = OutletPage.objects.filter(translation_key=access.translation_key).first()
    give_default_admin_language(user, outlet.language_codes if outlet else [])
    return group


# Questions


def sees_every_outlet(user) -> bool:
    """Network editors and administrators."""
    return user.is_active and (user.is_superuser or user.groups.filter(name=NETWORK_EDITORS).exists())


def can_manage_staff(user) -> bool:
    """Who may add people to outlets: those who may change user accounts (administrators)."""
    return user.is_active and user.has_perm("auth.change_user")


def outlets_of(user, role: str | None = None) -> list[OutletAccess]:
    """The outlets `user` works for (as `role`, or in any role), with their groups."""
    group_ids = list(user.groups.values_list("pk", flat=True))
    membership = {
        JOURNALIST: Q(journalists__in=group_ids),
        EDITOR: Q(editors__in=group_ids),
        None: Q(journalists__in=group_ids) | Q(editors__in=group_ids),
    }[role]
    return list(
        OutletAccess.objects.filter(membership)
        .select_related("collection", "journalists", "editors", "workflow")
        .distinct()
    )


def outlets_overseen_by(user) -> list[OutletAccess]:
    """The outlets whose work `user` oversees as an editor (every outlet for network editors)."""
    accesses = OutletAccess.objects.select_related("editors", "collection").order_by("collection__name")
    if sees_every_outlet(user):
        return list(accesses)
    return list(accesses.filter(editors__in=user.groups.all()))


def outlet_of(article: Page) -> OutletAccess | None:
    """The outlet an article belongs to (its parent), with the outlet's groups."""
    parent = article.get_parent()
    return OutletAccess.objects.filter(translation_key=parent.translation_key).select_related("editors").first()


def is_outlet_editor(user, article: Page) -> bool:
    """Editors of the article's outlet, network editors and administrators."""
    if not user.is_active:
        return False
    if sees_every_outlet(user):
        return True
    access = outlet_of(article)
    return access is not None and user.groups.filter(pk=access.editors_id).exists()


def explorable_pages(user, pages: QuerySet) -> QuerySet:
    """`pages` narrowed to the sections `user` may work in and the way to them (all for network editors)."""
    if sees_every_outlet(user):
        return pages
    return pages.filter(pk__in=PagePermissionPolicy().explorable_instances(user).values("pk"))
