"""Admin hooks that keep each outlet's staff inside their outlet, and the outlet staff admin view."""

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from .admin_guards import sees_every_outlet


@hooks.register("construct_page_chooser_queryset")
def only_explorable_pages(pages, request):
    """The page chooser browses the whole tree by default; staff see their own sections (and the way there)."""
    if sees_every_outlet(request.user):
        return pages
    return pages.filter(pk__in=PagePermissionPolicy().explorable_instances(request.user).values("pk"))


@hooks.register("construct_reports_menu")
def hide_network_reports(request, menu_items):
    if not sees_every_outlet(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
