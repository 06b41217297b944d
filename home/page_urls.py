"""Page URLs: `page.url` and `get_url_parts` without a query or a `reverse()` per link (home/routing.py finds the
pages; this writes their addresses). Installed over Wagtail's by `install`, called from HomeConfig.ready."""

import re
from urllib.parse import quote

from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .routing import _site_root_paths


def _get_site_root_paths(self, cache_object=None, **kwargs):
    """Page._get_site_root_paths: Wagtail's list kept on the request (or page) given, else the remembered one.

    Wagtail reads `Site.get_site_root_paths()` from the cache for every `page.url` asked without a request
    (menus, feeds, cards): a query each with a cache that remembers nothing. Here it is read once per
    request at most (home/memo.py), and Wagtail clearing its own copy renews the memo (`install`)."""
    holder = cache_object or kwargs.get("request") or self
    try:
        return holder._wagtail_cached_site_root_paths
    except AttributeError:
        holder._wagtail_cached_site_root_paths = _site_root_paths()
        return holder._wagtail_cached_site_root_paths


# What Wagtail's page view serves: slugs with a slash after each (its wagtail_serve pattern).
_SERVED_PATH = re.compile(r"(?:[\w\-]+/)*")
# The URL of each language's home page, by language, script prefix and URL conf.
_serve_prefixes: dict[tuple, str] = {}


def _serve_prefix(language_code: str) -> str:
    key = (language_code, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    prefix = _serve_prefixes.get(key)
    if prefix is None:
        with translation.override(language_code):
            prefix = _serve_prefixes[key] = reverse("wagtail_serve", args=("",))
    return prefix


def _forget_serve_prefixes(**kwargs) -> None:
    _serve_prefixes.clear()
    _url_settings.clear()


# WAGTAIL_APPEND_SLASH (unset: Django's settings raise and catch an AttributeError at each read) and
# WAGTAIL_I18N_ENABLED, read once per process (and again after a setting changes: tests).
_url_settings: dict[str, bool] = {}


def _plain_urls() -> bool:
    """Whether Wagtail's URLs here are `_get_url_parts`' kind: slash-terminated, language-prefixed."""
    plain = _url_settings.get("plain")
    if plain is None:
        plain = _url_settings["plain"] = bool(
            getattr(settings, "WAGTAIL_APPEND_SLASH", True) and getattr(settings, "WAGTAIL_I18N_ENABLED", False)
        )
    return plain


def _get_url_parts(self, request=None):
    """Page.get_url_parts without Wagtail's `reverse()` under a language override for every link: the
    language's home URL is reversed once per process and the page's path below it quoted as `reverse`
    quotes it. Anything unusual (a page on several sites, a path the serve pattern would not match,
    WAGTAIL_APPEND_SLASH off) goes to Wagtail's own."""
    possible_sites = self._get_relevant_site_root_paths(request)
    if not possible_sites:
        return None
    site_id, root_path, root_url, language_code = possible_sites[0]
    rest = self.url_path[len(root_path) :]
    if (
        (len(possible_sites) > 1 and isinstance(request, HttpRequest) and len({srp[0] for srp in possible_sites}) > 1)
        or not _SERVED_PATH.fullmatch(rest)
        or not _plain_urls()
    ):
        return _wagtail_get_url_parts(self, request)
    try:  # the active language when it is a variant of the page's (as Wagtail does)
        active = translation.get_language()
        if get_supported_content_language_variant(active) == language_code:
            language_code = active
    except LookupError:
        pass
    try:
        prefix = _request_prefix(request, language_code)
    except NoReverseMatch:  # Wagtail's page view not routed (headless): Wagtail says so its own way
        return _wagtail_get_url_parts(self, request)
    # An ASCII path the pattern matched is letters, digits, "_", "-" and "/": nothing for `quote` to quote.
    return (site_id, root_url, prefix + (rest if rest.isascii() else quote(rest, safe=RFC3986_SUBDELIMS + "/~:@")))


def _request_prefix(request, language_code: str) -> str:
    """`_serve_prefix`, kept on the request for its other links (~100 on a front page): the script prefix and
    URL conf it depends on are set before the view runs and stay for the request (reading them, two
    context-local variables, was a third of a link's cost)."""
    if not isinstance(request, HttpRequest):
        return _serve_prefix(language_code)
    prefixes = request.__dict__.setdefault("_serve_prefixes", {})
    prefix = prefixes.get(language_code)
    if prefix is None:
        prefix = prefixes[language_code] = _serve_prefix(language_code)
    return prefix


_wagtail_get_url_parts = Page.get_url_parts


def install() -> None:
    """Called once at start-up (HomeConfig.ready)."""
    Page._get_site_root_paths = _get_site_root_paths
    Page.get_url_parts = _get_url_parts
    setting_changed.connect(_forget_serve_prefixes, dispatch_uid="home.page_urls.serve_prefixes")
