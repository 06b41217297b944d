"""Each outlet's admin set-up: a media collection, journalists and editors groups, an editorial workflow.

Saving an OutletPage (the kk source or any translation of it) calls `provision_outlet`, which is
idempotent: the first save creates the collection, groups and workflow (one set per outlet, shared by
its translations through `OutletAccess.translation_key`); every save grants both groups their page
permissions on that page and assigns the workflow to it. Each translation is a separate subtree of
the page tree, so it needs its own permissions and its own WorkflowPage; a translation created later
gets them when it is first saved. Saving the source page under a new title renames everything.

What each group may do, and everything else about outlet isolation, is in permissions.py; journalists
never publish, so everything they write goes through "editorial review: <outlet>", approved by the editors.

Seeding builds each outlet in every locale at once (about 15 pages, each saved three or four times):
within `deferred_provisioning()` those saves are only noted, and on leaving it every page noted is
provisioned once, its grants and workflow written in one insert per outlet (`provision_outlet_pages`).
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

import languages

from .models import OutletAccess, OutletPage
from .permissions import (
    EDITOR,
    EDITOR_PAGE_PERMISSIONS,
    JOURNALIST,
    JOURNALIST_PAGE_PERMISSIONS,
    ensure_network_editors,
    grant_outlet,
    grant_outlet_pages,
    group_name,
)

# The outlet pages saved inside deferred_provisioning(), by pk (None: provisioning on every save).
_deferred: ContextVar[dict[int, OutletPage] | None] = ContextVar("deferred_provisioning", default=None)


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


def _create_access(page: OutletPage, title: str) -> OutletAccess:
    collection = Collection.get_first_root_node().add_child(name=title)
    journalists = Group.objects.create(name=_unique_group_name(group_name(title, JOURNALIST), None))
    editors = Group.objects.create(name=_unique_group_name(group_name(title, EDITOR), None))
    workflow = Workflow.objects.create(name=f"editorial review: {title}")
    task = GroupApprovalTask.objects.create(name=f"Review by {title} editors")
    task.groups.set([editors])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    access = OutletAccess.objects.create(
        translation_key=page.translation_key,
        collection=collection,
        journalists=journalists,
        editors=editors,
        workflow=workflow,
    )
    grant_outlet(access)
    return access


def _rename(access: OutletAccess, title: str) -> None:
    if access.collection.name != title:
        access.collection.name = title
        access.collection.save(update_fields=["name"])
    for group, role in ((access.journalists, JOURNALIST), (access.editors, EDITOR)):
        wanted = group_name(title, role)
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
    grant_outlet_pages(access, page)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": access.workflow})
    return access


@transaction.atomic
def provision_outlet_pages(pages: list[OutletPage]) -> None:
    """`provision_outlet` for many outlet pages: per outlet, the first page (its default-locale page when
    given) provisioned as one save would, the others granted and assigned the workflow in bulk."""
    by_outlet = defaultdict(list)
    for page in pages:
        by_outlet[page.translation_key].append(page)
    default = Locale.objects.filter(language_code=languages.DEFAULT_LANGUAGE).values_list("pk", flat=True).first()
    for group in by_outlet.values():
        group.sort(key=lambda page: page.locale_id != default)
        access = provision_outlet(group[0])
        if len(group) > 1:
            _grant_and_assign(access, group[1:])


def _grant_and_assign(access: OutletAccess, pages: list[OutletPage]) -> None:
    """What `grant_outlet_pages` and the workflow assignment do for each of `pages`, in a few queries."""
    page_type = ContentType.objects.get_for_model(Page)
    permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type=page_type, codename__in={*JOURNALIST_PAGE_PERMISSIONS, *EDITOR_PAGE_PERMISSIONS}
        )
    }
    wanted = {
        (group.pk, page.pk, permissions[codename].pk)
        for group, codenames in (
            (access.journalists, JOURNALIST_PAGE_PERMISSIONS),
            (access.editors, EDITOR_PAGE_PERMISSIONS),
        )
        for codename in codenames
        for page in pages
    }
    existing = set(
        GroupPagePermission.objects.filter(
            group__in=[access.journalists, access.editors], page__in=[page.pk for page in pages]
        ).values_list("group_id", "page_id", "permission_id")
    )
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group_id=group, page_id=page, permission_id=permission)
        for group, page, permission in sorted(wanted - existing)
    )
    assigned = dict(WorkflowPage.objects.filter(page__in=pages).values_list("page_id", "workflow_id"))
    WorkflowPage.objects.filter(
        page__in=[pk for pk, workflow in assigned.items() if workflow != access.workflow_id]
    ).update(workflow=access.workflow)
    WorkflowPage.objects.bulk_create(
        WorkflowPage(page=page, workflow=access.workflow) for page in pages if page.pk not in assigned
    )


@contextmanager
def deferred_provisioning():
    """Outlet pages saved inside are provisioned once each on leaving (none if it is left by an error)."""
    if _deferred.get() is not None:  # already deferring: the outer block provisions
        yield
        return
    pages: dict[int, OutletPage] = {}
    token = _deferred.set(pages)
    try:
        yield
    finally:
        _deferred.reset(token)
    provision_outlet_pages(list(pages.values()))


def access_for(outlet: Page) -> OutletAccess:
    """The outlet's access record (provisioning it first if the outlet predates provisioning)."""
    access = OutletAccess.objects.filter(translation_key=outlet.translation_key).first()
    return access or provision_outlet(outlet.specific)


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
    deferred = _deferred.get()
    if not raw and deferred is not None:
        deferred[instance.pk] = instance
    elif not raw and _needs_provisioning(instance):
        provision_outlet(instance)


def connect() -> None:
    post_save.connect(_on_outlet_saved, sender=OutletPage, dispatch_uid="ethnic_press.provision_outlet")
