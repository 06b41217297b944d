"""Admin views that Wagtail opens to anyone who can edit some page, but that list pages network-wide.

The page types usage report names the last edited page of each type in every outlet (drafts
included). Journalists and outlet editors have no use for it, so it is kept to network editors.
cms/urls.py mounts these patterns in front of Wagtail's admin so they take the same paths.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path

from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from .provisioning import NETWORK_EDITORS


def sees_every_outlet(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=NETWORK_EDITORS).exists())


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not sees_every_outlet(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
