"""Admin hooks that keep each outlet's staff inside their outlet, the outlet staff admin view, the
admin home panels of outlet staff, and their conveniences (newsroom_admin.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import PagePermissionPolicy, policy_registry

from newsroom.wagtail_hooks import is_republication_chooser

from .dashboard import panels_for
from .models import OutletPage
from .newsroom_admin import OutletExplorerMenuItem, WriteArticlePanel, outlet_sections_of, submit_first
from .permissions import JOURNALIST, can_manage_staff, explorable_pages, outlets_of, sees_every_outlet
from .staff import OutletStaffView


@hooks.register("construct_page_chooser_queryset")
def only_explorable_pages(pages, request):
    """The page chooser browses the whole tree by default; staff see their own sections (and the way there).

    The "republished from" chooser is the exception: it offers other outlets' published articles,
    which any reader sees, and nothing unpublished (newsroom/wagtail_hooks.py)."""
    if is_republication_chooser(request):
        return pages
    return explorable_pages(request.user, pages)


@hooks.register("construct_reports_menu")
def hide_network_reports(request, menu_items):
    if not sees_every_outlet(request.user):
        # Both list pages and people network-wide (ethnic_press/admin_guards.py refuses them too).
        menu_items[:] = [item for item in menu_items if item.name not in ("page-types-usage", "site-history")]


@hooks.register("register_admin_urls")
def staff_urls():
    return [path("outlets/<int:page_id>/staff/", OutletStaffView.as_view(), name="ethnic_press_outlet_staff")]


@hooks.register("register_page_header_buttons")
def staff_button(page, user, view_name, next_url=None):
    if page.specific_class is OutletPage and can_manage_staff(user):
        yield Button(_("Staff"), reverse("ethnic_press_outlet_staff", args=[page.pk]), icon_name="group", priority=80)


@hooks.register("construct_homepage_panels")
def outlet_staff_panels(request, panels):
    if outlets_of(request.user, JOURNALIST):
        panels.append(WriteArticlePanel(outlet_sections_of(request.user)))
    panels.extend(panels_for(request.user))


@hooks.register("construct_main_menu")
def explorer_at_the_outlet(request, menu_items):
    for index, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[index] = OutletExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )


hooks.register("construct_page_action_menu", submit_first)


class CollectionScoped:
    """Wagtail's admin API lists every image or document to anyone who may enter the admin; these
    endpoints list the ones in collections the user may choose, change or upload to, as the admin
    views and choosers do. One item is also shown to whoever may edit a page that uses it: the
    translation editor fetches the images and documents of the page it translates, and a translator
    has no collection of their own (without this the editor broke on every article with a photo)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        visible = Q(pk__in=policy.instances_user_has_any_permission_for(self.request.user, ["choose", "change"]))
        if self.action == "detail_view":
            visible |= Q(pk__in=used_on_pages_editable_by(self.request.user, self.model))
        return super().get_queryset().filter(visible)


def used_on_pages_editable_by(user, model):
    """Primary keys of the `model` items referenced by pages `user` may edit (Wagtail's reference index)."""
    editable = (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .annotate(key=Cast("pk", CharField()))
        .values("key")
    )
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=editable,
            to_content_type=ContentType.objects.get_for_model(model),
        )
        .annotate(item=Cast("to_object_id", IntegerField()))
        .values("item")
    )


class OutletImagesAPIViewSet(CollectionScoped, ImagesAdminAPIViewSet):
    pass


class OutletDocumentsAPIViewSet(CollectionScoped, DocumentsAdminAPIViewSet):
    pass


@hooks.register("construct_admin_api", order=100)  # after wagtail.images and wagtail.documents register theirs
def collection_scoped_admin_api(router):
    router.register_endpoint("images", OutletImagesAPIViewSet)
    router.register_endpoint("documents", OutletDocumentsAPIViewSet)
