"""The print archive's text in the admin: a menu item, its views, and a button on each edition."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from ethnic_press.models import PrintEditionPage

from . import views


@hooks.register("register_admin_urls")
def urls():
    return [
        path("print-archive/", views.ArchiveView.as_view(), name="editions_index"),
        path("print-archive/<int:page_id>/", views.EditionView.as_view(), name="editions_edition"),
        path("print-archive/<int:page_id>/extract/", views.extract, name="editions_extract"),
        path("print-archive/<int:page_id>/pages/<int:number>/", views.CorrectionView.as_view(), name="editions_page"),
        path("print-archive/<int:page_id>/pages/<int:number>/retry/", views.retry, name="editions_retry"),
    ]


class ArchiveMenuItem(MenuItem):
    def is_shown(self, request):
        return views.editable_editions(request.user).exists()


@hooks.register("register_admin_menu_item")
def menu_item():
    return ArchiveMenuItem(_("Print archive text"), reverse("editions_index"), icon_name="doc-full-inverse", order=350)


@hooks.register("register_page_header_buttons")
def text_button(page, user, view_name, next_url=None):
    if page.specific_class is PrintEditionPage and page.specific_deferred.pdf_id:
        yield Button(
            _("Text of the pages"), reverse("editions_edition", args=[page.pk]), icon_name="doc-full", priority=70
        )
