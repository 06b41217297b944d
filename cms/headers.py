"""Security headers on every response: a Content-Security-Policy (one for the reader site, one for the
Wagtail admin, which needs inline scripts and styles) and a Permissions-Policy.

The policies are settings (cms/settings/security.py): CONTENT_SECURITY_POLICY for the site and
ADMIN_CONTENT_SECURITY_POLICY for paths under ADMIN_PATH_PREFIXES. django-csp writes the header; a
response that already carries one (documents, with their sandboxing policy) keeps its own. No nonces:
reader pages are cached whole (home/page_cache.py), so their header must be the same for everybody.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response
