from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import queries_report


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/reader-search/", queries_report, name="reader_search_report")]


class ReaderSearchMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailsearchpromotions.add_searchpromotion")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReaderSearchMenuItem(_("Reader searches"), reverse("reader_search_report"), icon_name="search", order=700)
