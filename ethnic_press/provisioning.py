"""Each outlet's admin set-up: a media collection, journalists and editors groups, an editorial workflow.

Saving an OutletPage (the kk source or any translation of it) calls `provision_outlet`, which is
idempotent: the first save creates the collection, groups and workflow (one set per outlet, shared by
its translations through `OutletAccess.translation_key`); every save grants both groups their page
permissions on that page and assigns the workflow to it. Each translation is a separate subtree of
the page tree, so it needs its own permissions and its own WorkflowPage; a translation created later
gets them when it is first saved. Saving the source page under a new title renames everything.

Journalists add and edit pages in the outlet's sections and upload to its collection; they never
publish, so everything they write goes through "editorial review: <outlet>", approved by the editors.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

import languages

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


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(Page), codename=codename)


def _grant_pages(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(codename))


def _grant_collection(group: Group, collection: Collection, dotted: tuple[str, ...]) -> None:
    for name in dotted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(name)
        )


def _unique_group_name(wanted: str, current: Group | None) -> str:
    """`wanted`, or with a number when another outlet's group already has the name (titles can repeat)."""
    name, n = wanted, 1
    while Group.objects.filter(name=name).exclude(pk=getattr(current, "pk", None)).exists():
        n += 1
        name = f"{wanted} ({n})"
    return name


def outlet_title(page: OutletPage) -> str:
    """The outlet's name as the admin shows it: the default-locale page's title when it exists."""
    default = Locale.objects.filter(language_code=languages.DEFAULT_LANGUAGE).first()
    if page.locale_id != getattr(default, "pk", None):
        source = OutletPage.objects.filter(translation_key=page.translation_key, locale=default).first()
        if source is not None:
            return source.title
    return page.title


def ensure_network_editors() -> Group:
    """The network editors: every page, every collection, the shared snippets."""
    group, created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    if created:  # granted once; an administrator may narrow them later without every outlet save undoing it
        group.permissions.add(*(_permission(name) for name in NETWORK_MODEL_PERMISSIONS))
        _grant_pages(group, Page.get_first_root_node(), NETWORK_PAGE_PERMISSIONS)
        _grant_collection(group, Collection.get_first_root_node(), EDITOR_MEDIA_PERMISSIONS)
    return group


def _create_access(page: OutletPage, title: str) -> OutletAccess:
    collection = Collection.get_first_root_node().add_child(name=title)
    journalists = Group.objects.create(name=_unique_group_name(f"{title} journalists", None))
    editors = Group.objects.create(name=_unique_group_name(f"{title} editors", None))
    for group in (journalists, editors):
        group.permissions.add(*(_permission(name) for name in STAFF_MODEL_PERMISSIONS))
    _grant_collection(journalists, collection, JOURNALIST_MEDIA_PERMISSIONS)
    _grant_collection(editors, collection, EDITOR_MEDIA_PERMISSIONS)
    workflow = Workflow.objects.create(name=f"editorial review: {title}")
    task = GroupApprovalTask.objects.create(name=f"Review by {title} editors")
    task.groups.set([editors])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return OutletAccess.objects.create(
        translation_key=page.translation_key,
        collection=collection,
        journalists=journalists,
        editors=editors,
        workflow=workflow,
    )


def _rename(access: OutletAccess, title: str) -> None:
    if access.collection.name != title:
        access.collection.name = title
        access.collection.save(update_fields=["name"])
    for group, suffix in ((access.journalists, "journalists"), (access.editors, "editors")):
        wanted = f"{title} {suffix}"
        if not group.name.startswith(wanted):
            group.name = _unique_group_name(wanted, group)
            group.save(update_fields=["name"])
    if access.workflow.name != f"editorial review: {title}":
        access.workflow.name = f"editorial review: {title}"
        access.workflow.save(update_fields=["name"])
        for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=access.workflow):
            task.name = f"Review by {title} editors"
            task.save(update_fields=["name"])


@transaction.atomic
def provision_outlet(page: OutletPage) -> OutletAccess:
    """Create or bring up to date the outlet's collection, groups and workflow, and apply them to `page`."""
    ensure_network_editors()
    title = outlet_title(page)
    access = (
        OutletAccess.objects.select_related("collection", "journalists", "editors", "workflow")
        .filter(translation_key=page.translation_key)
        .first()
    )
    if access is None:
        access = _create_access(page, title)
    else:
        _rename(access, title)
    _grant_pages(access.journalists, page, JOURNALIST_PAGE_PERMISSIONS)
    _grant_pages(access.editors, page, EDITOR_PAGE_PERMISSIONS)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": access.workflow})
    return access


def access_for(outlet: Page) -> OutletAccess:
    """The outlet's access record (provisioning it first if the outlet predates provisioning)."""
    access = OutletAccess.objects.filter(translation_key=outlet.translation_key).first()
    return access or provision_outlet(outlet.specific)


def add_member(user, outlet: Page, role: str) -> Group:
    """Make `user` a journalist or an editor of `outlet` (in every language of it)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    access = access_for(outlet)
    group = access.editors if role == EDITOR else access.journalists
    user.groups.add(group)
    return group


def outlets_of(user) -> list[OutletAccess]:
    """The outlets `user` works for, with their groups."""
    group_ids = list(user.groups.values_list("pk", flat=True))
    return list(
        OutletAccess.objects.filter(Q(journalists__in=group_ids) | Q(editors__in=group_ids))
        .select_related("collection", "journalists", "editors", "workflow")
        .distinct()
    )


def _needs_provisioning(page: OutletPage) -> bool:
    """Whether a save of `page` must (re)provision: a new outlet or page, or a renamed outlet.

    Wagtail saves a page several times per edit (revision, publish); most saves change nothing here.
    """
    access = OutletAccess.objects.select_related("collection").filter(translation_key=page.translation_key).first()
    if access is None or not WorkflowPage.objects.filter(page_id=page.pk, workflow_id=access.workflow_id).exists():
        return True
    is_default = page.locale.language_code == languages.DEFAULT_LANGUAGE
    return is_default and access.collection.name != page.title


def _on_outlet_saved(sender, instance: OutletPage, raw: bool = False, **kwargs) -> None:
    if not raw and _needs_provisioning(instance):
        provision_outlet(instance)


def connect() -> None:
    post_save.connect(_on_outlet_saved, sender=OutletPage, dispatch_uid="ethnic_press.provision_outlet")
