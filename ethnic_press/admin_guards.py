"""Admin views that Wagtail opens to anyone who can edit some page, but that name pages, people or
revisions the viewer may not see.

- The page types usage report names the last edited page of each type in every outlet (drafts
  included), and wagtail-localize's translations report every translation's source title. Journalists
  and outlet editors have no use for them, so they are kept to network editors. cms/urls.py mounts these
  patterns in front of Wagtail's admin so they take the paths of the reports (tests/ethnic_press/
  test_admin_guards.py fails if Wagtail or wagtail-localize moves or renames them).
- `guard` wraps every admin view (cms/urls.py): a page view (explorer, edit, workflow preview,
  revisions…) for a page outside the viewer's explorable pages is refused before the view can put
  its title in <title> or a message (outlet staff hold grants in every locale tree, so Wagtail takes
  the tree's root for their explorable root); so are bulk actions on such pages, and a revision that
  is not the page's is a 404; the page chooser browses into another outlet's live pages only (the
  republication chooser needs them), never its drafts. Wagtail's site history lists pages and people
  network-wide: network editors only.
- `GET /admin/logout/` asks to confirm (a form that POSTs): Wagtail answered it with 405 yet deleted
  the session cookie, leaving the server-side session valid while the user believed they had left.
- The explorer's "owner" and "edited by" filters offer only people who own or edited pages the
  viewer may explore (`narrow_people_filters`).
"""

import functools

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.account import LogoutView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.utils.urlpatterns import decorate_urlpatterns

from wagtail_localize.views.report import TranslationsReportView

from .permissions import explorable_pages, sees_every_outlet


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not sees_every_outlet(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class NetworkTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, for network editors, newest first. Its own queryset has no
    order, so its pages could repeat or skip translations (Django's UnorderedObjectListWarning)."""

    def dispatch(self, request, *args, **kwargs):
        if not sees_every_outlet(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().order_by("-created_at", "-pk")


class ConfirmLogoutView(WagtailAdminTemplateMixin, LogoutView):
    """Logging out is a POST (Wagtail's menu sends one); a GET shows the form that sends it."""

    page_title = gettext_lazy("Log out")
    header_icon = "logout"
    template_name = "ethnic_press/admin/logout_confirm.html"

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET":  # Wagtail's dispatch would delete the session cookie, even on a GET
            return TemplateResponse(request, self.template_name, self.get_context_data())
        return super().dispatch(request, *args, **kwargs)


# Wrapped as Wagtail wraps its own admin URLs: anonymous visitors go to the login page, and a refusal
# is Wagtail's (a redirect to the dashboard with a message).
urlpatterns = [
    path(
        "reports/page-types-usage/",
        NetworkPageTypesUsageReportView.as_view(),
        name="network_page_types_usage",
    ),
    path(
        "reports/page-types-usage/results/",
        NetworkPageTypesUsageReportView.as_view(results_only=True),
        name="network_page_types_usage_results",
    ),
    path("localize/reports/translations/", NetworkTranslationsReportView.as_view(), name="network_translations_report"),
    path(
        "localize/reports/translations/results/",
        NetworkTranslationsReportView.as_view(results_only=True),
        name="network_translations_report_results",
    ),
]
urlpatterns = decorate_urlpatterns(decorate_urlpatterns(urlpatterns, require_admin_access), never_cache)
urlpatterns.append(
    path("logout/", never_cache(require_admin_access(ConfirmLogoutView.as_view())), name="confirm_logout")
)


PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "pk")
# Reports that list pages or people network-wide (drafts' titles, other outlets' editors in their filters).
NETWORK_ONLY_VIEWS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}


def _explorable(user, page_ids) -> bool:
    page_ids = {int(pk) for pk in page_ids}
    found = explorable_pages(user, Page.objects.filter(pk__in=page_ids)).count()
    return found == Page.objects.filter(pk__in=page_ids).count()


def _bulk_page_ids(request, kwargs) -> list[str]:
    if kwargs.get("app_label") != "wagtailcore" or kwargs.get("model_name") != "page":
        return []
    return [pk for pk in request.GET.getlist("id") + request.POST.getlist("id") if pk.isdigit()]


def guard(view):
    """Wraps an admin view with the rules of this module's docstring."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        match = request.resolver_match
        name = match.view_name if match else ""
        user = request.user
        if not user.is_authenticated:
            return view(request, *args, **kwargs)  # Wagtail sends them to the login page
        is_page_view = name.startswith(("wagtailadmin_pages:", "wagtailadmin_explore"))
        page_id = next((kwargs[key] for key in PAGE_ARGUMENTS if key in kwargs), None) if is_page_view else None
        if sees_every_outlet(user):
            pass
        elif name in NETWORK_ONLY_VIEWS:
            return permission_denied(request)
        elif page_id is not None and not _explorable(user, [page_id]):
            return permission_denied(request)
        elif name == "wagtailadmin_choose_page_child" and not _explorable(user, [kwargs["parent_page_id"]]):
            # The republication chooser browses other outlets' sections: live pages only, which readers see.
            if not Page.objects.filter(pk=kwargs["parent_page_id"]).live().exists():
                raise Http404
        elif name == "wagtail_bulk_action":
            page_ids = _bulk_page_ids(request, kwargs)
            if page_ids and not _explorable(user, page_ids):
                return permission_denied(request)
        revision_id = kwargs.get("revision_id")
        if page_id is not None and isinstance(revision_id, int):
            if not Revision.page_revisions.filter(object_id=str(page_id), pk=revision_id).exists():
                raise Http404
        return view(request, *args, **kwargs)

    return guarded


def _people_of_explorable_pages(request):
    if sees_every_outlet(request.user):
        return get_user_model().objects.filter(pk__in=Page.objects.order_by().values("owner_id"))
    pages = explorable_pages(request.user, Page.objects.all())
    return get_user_model().objects.filter(pk__in=pages.order_by().values("owner_id"))


def _editors_of_explorable_pages(request):
    logs = PageLogEntry.objects.filter(action="wagtail.edit")
    if not sees_every_outlet(request.user):
        logs = logs.filter(page__in=explorable_pages(request.user, Page.objects.all()))
    return get_user_model().objects.filter(pk__in=logs.order_by().values("user_id"))


def narrow_people_filters() -> None:
    """Wagtail's page listing filters offer every page owner and editor in the network; offer the
    viewer's own (on PageFilterSet and every filter set derived from it)."""
    classes = [PageFilterSet]
    while classes:
        filterset = classes.pop()
        classes.extend(filterset.__subclasses__())
        for name, queryset in (("owner", _people_of_explorable_pages), ("edited_by", _editors_of_explorable_pages)):
            if name in filterset.base_filters:
                filterset.base_filters[name].queryset = queryset
