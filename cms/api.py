"""Wagtail API v2: live, public pages only (read-only).

Images and documents are not exposed: collections can be private, and readers get
images through the pages that use them.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
