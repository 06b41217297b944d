"""Admin views that Wagtail opens to anyone who can edit some page, but that list pages network-wide.

The page types usage report names the last edited page of each type in every outlet (drafts
included). Journalists and outlet editors have no use for it, so it is kept to network editors.
cms/urls.py mounts these patterns in front of Wagtail's admin so they take the paths of Wagtail's
report (tests/ethnic_press/test_admin_guards.py fails if Wagtail moves or renames it).
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .permissions import sees_every_outlet


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not sees_every_outlet(request.user):
            raise PermissionDenied
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
]
urlpatterns = decorate_urlpatterns(decorate_urlpatterns(urlpatterns, require_admin_access), never_cache)
