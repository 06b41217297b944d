"""Rate limits per client on the views an attacker would hammer: the page-password form, password
resets and reader search (page and API). The admin login has its own lockout (django-axes).

RATE_LIMITS (cms/settings/security.py) maps a URL name to (requests, seconds); the count is a
fixed window in the cache, keyed by the client's address (`client_address`: REMOTE_ADDR, or the
address NUMBER_OF_PROXIES proxies back in X-Forwarded-For). Page passwords and password resets count
POSTs only. Over the limit the answer is a 429 with Retry-After, in the request's language: JSON for
the API, a short page otherwise.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

POST_ONLY = {
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
    "wagtailadmin_password_reset",
}


def client_address(request) -> str:
    proxies = settings.NUMBER_OF_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def over_limit(name: str, request) -> int:
    """Seconds until the client may try again (0: the request is within the limit)."""
    allowed, seconds = settings.RATE_LIMITS[name]
    window = int(time.time() // seconds)
    key = f"ratelimit:{name}:{client_address(request)}:{window}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return 0 if count <= allowed else seconds - int(time.time() % seconds)


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = match.url_name if match else None
        if name not in settings.RATE_LIMITS or (name in POST_ONLY and request.method != "POST"):
            return None
        retry_after = over_limit(name, request)
        if not retry_after:
            return None
        message = _("Too many attempts from your address. Please wait a few minutes and try again.")
        if request.path_info.startswith("/api/"):
            response = JsonResponse({"error": message}, status=429)
        else:
            response = TemplateResponse(request, "429.html", {"message": message}, status=429)
        response["Retry-After"] = str(retry_after)
        return response
