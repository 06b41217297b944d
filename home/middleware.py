import logging

from django.db import InterfaceError, OperationalError
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import add_never_cache_headers

from .views import render_without_database

logger = logging.getLogger(__name__)


class ReaderLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the locale-prefixed site stays a 404.

    Django redirects any unprefixed 404 to the same path under the visitor's locale when that path
    would resolve, and Wagtail's catch-all page route resolves every path: /api/v2/pages/999/ would
    become a redirect to an HTML page instead of the API's JSON 404.
    """

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/language/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives readers a 503 page in the URL's language, not a 500.

    Only connection-level failures (OperationalError, InterfaceError: server down, refused, timed out,
    SQLite locked past its timeout); a programming error stays a 500. The page is rendered without
    the database and asks clients to retry shortly.
    """

    RETRY_AFTER_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s", exception.__class__.__name__, exc_info=exception)
        response = render_without_database(request, "503.html", 503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
