"""Document serving that a browser cannot turn into a page running someone's script.

Wagtail's serve view already sends `X-Content-Type-Options: nosniff` and `Content-Security-Policy:
default-src 'none'`; with WAGTAILDOCS_INLINE_CONTENT_TYPES = [] every file is an attachment. The CSP
`sandbox` directive added here also puts a file that a browser does open (a PDF viewer, a direct
link) in a unique origin without scripts. cms/urls.py mounts these patterns instead of wagtaildocs'.
"""

from functools import wraps

from django.urls import path, re_path

from wagtail.documents.views import serve

SANDBOX_POLICY = "default-src 'none'; sandbox"


def sandboxed(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response["Content-Security-Policy"] = SANDBOX_POLICY
            response["X-Content-Type-Options"] = "nosniff"
        return response

    return wrapper


urlpatterns = [
    re_path(r"^(\d+)/(.*)$", sandboxed(serve.serve), name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        serve.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]
