"""Absolute URLs for readers' tools (feeds, sitemaps, hreflang, canonical, Open Graph, JSON-LD).

Wagtail builds full URLs from the Site record (`localhost:80` in the demo), which is wrong as soon as
the site is served on another address or behind a proxy. These come from `BASE_URL` when it is set
(the public address, e.g. https://ethnicpress.kz), else from the request itself (its host and scheme;
behind a proxy, `USE_X_FORWARDED_HOST` and `SECURE_PROXY_SSL_HEADER` make those the public ones).
"""

from django.conf import settings
from django.http import HttpRequest


def absolute_url(request: HttpRequest | None, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if settings.BASE_URL:
        return settings.BASE_URL.rstrip("/") + url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
