from django.middleware.locale import LocaleMiddleware


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
