"""Reader pages routed in two queries, with what changes only on publish remembered between requests.

Wagtail routes a URL by walking the page tree: the site, the active locale, the localized home page,
then per level of the path one query for the child and one for its specific page, then two queries
for view restrictions: twelve queries before an article's own content, and one more every time a
listing calls `.public()`. Here:

- the pages on the path come in one query (`url_path` of each prefix of the path under the localized
  home page; Wagtail keeps `url_path` in step with slugs and moves), the routed page's specific row in
  a second, and the result goes to Wagtail's own `serve` (its hooks, view restrictions, previews and
  RoutablePage sub-routes are unchanged);
- the sites, their home pages per language and the view-restricted sections (one query for the three)
  are remembered in each process until an editor publishes, moves, deletes, restricts or edits a site
  (home/memo.py): every process sees the change at its next request. With a cache that remembers
  nothing (DummyCache, benchmarks of the cold path) each request reads them once.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_started
from django.db import connection
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult

from languages.compiled import run_compiled
from languages.localize import remember_live_translations
from newsroom.models import ArticlePage
from newsroom.tree import path_prefix_q
from search.related import index_row_annotation

from . import memo
from .memo import remembered, start_request


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages that carry a view restriction (private sections start there)."""
    return _site_table()[2]


def _sites() -> list[Site]:
    return _site_table()[0]


def _site_table() -> tuple[list[Site], list[SiteRootPath], tuple[str, ...], list[tuple]]:
    """The sites, Wagtail's site root paths built from the same rows, the view-restricted paths, and each
    site's home pages (`home_translations`)."""
    return remembered("site-table", _read_site_table)


def home_translations(page: Page) -> list[Page] | None:
    """The live, public versions of `page` (a site's home page) in every locale, read with the sites
    (plain pages with what their URLs need and their locale: the language picker and hreflang show them),
    or None when `page` is no site's home page."""
    homes = _site_table()[3]
    site_id = next((row[0] for row in homes if row[1] == page.pk), None)
    if site_id is None:
        return None
    restricted = restricted_paths()
    versions = []
    for _site, pk, path, depth, url_path, live, locale_id, language_code in homes:
        if _site == site_id and live and not any(path.startswith(prefix) for prefix in restricted):
            values = [pk, path, depth, page.translation_key, locale_id, url_path]
            version = Page.from_db(connection.alias, _HOME_ATTNAMES, values)
            version.locale = Locale.from_db(connection.alias, ["id", "language_code"], [locale_id, language_code])
            versions.append(version)
    return versions


# A home page version's fields as `home_translations` builds it (in the model's field order).
_HOME_ATTNAMES = ["id", "path", "depth", "translation_key", "locale_id", "url_path"]


def _read_site_table() -> tuple[list[Site], list[SiteRootPath], tuple[str, ...], list[tuple]]:
    """The sites, each site's home page in every language, and the tree paths of view-restricted pages, in
    one query: sites in Wagtail's order for its site root paths (get_site_root_paths), each site's home pages
    in tree order; the restrictions' rows (a second SELECT of the same width) carry only a path."""
    quote_name = connection.ops.quote_name
    fields = Site._meta.concrete_fields
    select = ", ".join(f"s.{quote_name(field.column)}" for field in fields)
    nothing = ", ".join("NULL" for _field in fields)
    page_table = quote_name(Page._meta.db_table)
    url_path, path = quote_name("url_path"), quote_name("path")
    width = len(fields)

    def column(attname: str) -> int:  # a site field's position in the SELECT (the first column is the kind)
        return 2 + [field.attname for field in fields].index(attname)

    sql = (
        f"SELECT 0, {select}, h.{url_path}, l.{quote_name('language_code')}, r.{url_path}, h.{path},"
        f" h.id, h.{quote_name('depth')}, h.{quote_name('live')}, h.{quote_name('locale_id')}"
        f" FROM {quote_name(Site._meta.db_table)} s"
        f" INNER JOIN {page_table} r ON r.id = s.{quote_name('root_page_id')}"
        f" LEFT OUTER JOIN {page_table} h ON h.{quote_name('translation_key')} = r.{quote_name('translation_key')}"
        f" LEFT OUTER JOIN {quote_name(Locale._meta.db_table)} l ON l.id = h.{quote_name('locale_id')}"
        f" UNION ALL SELECT 1, {nothing}, NULL, NULL, NULL, p.{path}, NULL, NULL, NULL, NULL"
        f" FROM {quote_name(PageViewRestriction._meta.db_table)} v"
        f" INNER JOIN {page_table} p ON p.id = v.{quote_name('page_id')}"
        # Wagtail's order: root url_path desc, default site first, hostname, id; then the home pages' paths.
        f" ORDER BY 1 ASC, {width + 4} DESC, {column('is_default_site')} DESC, {column('hostname')} ASC,"
        f" {column('id')} ASC, {width + 5} ASC"
    )
    sites: dict[int, Site] = {}
    paths, homes = [], []
    restricted = set()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    for kind, *row in rows:
        if kind:
            restricted.add(row[width + 3])
            continue
        site = sites.get(row[0])
        if site is None:
            site = sites[row[0]] = Site.from_db(connection.alias, [field.attname for field in fields], row[:width])
        if row[width] is not None:
            home_url_path, language_code, _root_url_path, home_path, home_id, depth, live, locale_id = row[width:]
            paths.append(SiteRootPath(site.pk, home_url_path, site.root_url, language_code))
            homes.append((site.pk, home_id, home_path, depth, home_url_path, bool(live), locale_id, language_code))
    return list(sites.values()), paths, tuple(sorted(restricted)), homes


def _site_root_paths() -> list:
    """Wagtail's SiteRootPath list (the home page of each site in each language), which every page URL
    is built from."""
    return remembered("site-root-paths", _read_site_root_paths)


def _read_site_root_paths() -> list:
    """Site.get_site_root_paths() as Wagtail builds it (sites in its order, each site's home page in every
    language in tree order), from the rows the sites are read with (one query; Wagtail's: one plus one per
    site of pages), kept in the cache under Wagtail's own key (which Wagtail clears when a site or a site's
    home page changes)."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return Site.get_site_root_paths()
    cached = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if cached is not None:
        return [SiteRootPath(*values) for values in cached]
    paths = _site_table()[1]
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return paths


def _root_paths() -> dict[int, dict[str, str]]:
    """{site id: {language code: url_path of the site's home page in that language}}."""

    def build():
        paths: dict[int, dict[str, str]] = {}
        for site_id, root_path, _root_url, language_code in _site_root_paths():
            paths.setdefault(site_id, {})[language_code] = root_path
        return paths

    return remembered("root-paths", build)


def find_site(request) -> Site | None:
    """The site for the request's host and port by Wagtail's rules (wagtail.models.sites.
    get_site_for_hostname), without its query."""
    hostname, port = split_domain_port(request._get_raw_host())[0], str(request.get_port())

    def rank(site: Site) -> int:
        if site.hostname == hostname:
            return 0 if str(site.port) == port else 1 if site.is_default_site else 3
        return 2  # the default site for another hostname

    sites = sorted((site for site in _sites() if site.hostname == hostname or site.is_default_site), key=rank)
    if not sites:
        return None
    if len(sites) == 1 or rank(sites[0]) in (0, 1):
        return sites[0]
    if rank(sites[0]) == 3:  # several sites for this hostname, none on this port, no default
        return None
    by_hostname = [site for site in sites if rank(site) == 3]
    return by_hostname[0] if len(by_hostname) == 1 else sites[0]


def _home_path(site: Site) -> str | None:
    """url_path of the site's home page in the active language, else of the site's own home page."""
    paths = _root_paths().get(site.pk, {})
    try:
        language = get_supported_content_language_variant(translation.get_language() or "")
    except LookupError:
        language = None
    if language in paths:
        return paths[language]
    return remembered(f"root-url-path:{site.root_page_id}", lambda: site.root_page.url_path)


def route(request, path: str) -> RouteResult | None:
    """Wagtail's RouteResult for `path` (the part of the URL after the locale prefix), or None: a 404."""
    site = find_site(request)
    if site is None:
        return None
    request._wagtail_site = site
    # Page.get_url(request) reads the site root paths from the request (Wagtail's own per-request cache).
    request._wagtail_cached_site_root_paths = _site_root_paths()
    home_path = _home_path(site)
    if home_path is None:
        return None
    components = [component for component in path.split("/") if component]
    candidates = [
        home_path + "".join(f"{part}/" for part in components[:depth]) for depth in range(len(components) + 1)
    ]
    # Both reads compiled to SQL once per process (languages/compiled.py): compiling them was ~8 % of a page.
    found = {page.url_path: page for page in run_compiled(_pages_at, (len(candidates),), tuple(candidates))}
    on_path = []
    for candidate in candidates:  # the pages that exist, from the home page down, without a gap
        if candidate not in found:
            break
        on_path.append(found[candidate])
    if not on_path:
        return None
    deepest = on_path[-1]
    model = deepest.specific_class
    if model is None:
        return None
    remaining = components[len(on_path) - 1 :]
    rows = run_compiled(_page_row, (model, not remaining, translation.get_language()), (deepest.pk,))
    if not rows:
        raise model.DoesNotExist(f"{model._meta.object_name} matching query does not exist.")
    page = rows[0]
    if len(on_path) > 1:
        page._cached_parent_obj = on_path[-2]  # treebeard's get_parent() reads it
    page.route_ancestors = on_path[:-1]
    if not remaining and len(on_path) == 1:  # a home page: its versions came with the sites
        versions = home_translations(page)
        if versions is not None:
            remember_live_translations(page, versions)
    if not page.alias_of_id and not any(page.path.startswith(path) for path in restricted_paths()):
        # Wagtail's view-restriction hook asks the page; nothing above it is restricted.
        page.get_view_restrictions = PageViewRestriction.objects.none
    try:
        return page.route(request, remaining)
    except Http404:
        return None


def _pages_at(count: int, *url_paths: str):
    """The pages at these URL paths (`count` of them). No ORDER BY: `route` puts them in path order (compiling
    an ordering cost more than the sort)."""
    return Page.objects.filter(url_path__in=url_paths).order_by()


def _page_row(model, own_view: bool, language: str, pk: int):
    """The routed page's row, with what its own view (`own_view`: the page itself is asked for) reads with
    it. `language`, the active one, is part of the compiled query's key: `reader_annotations` read it."""
    related = getattr(model, "reader_select_related", ())
    queryset = model._default_manager.select_related("locale", *related)
    if own_view and hasattr(model, "reader_annotations"):  # what the page's own view reads with its row
        queryset = queryset.annotate(**model.reader_annotations())
    if own_view and issubclass(model, ArticlePage):  # its related stories' subject (search/related.py)
        queryset = queryset.annotate(related_index_row=index_row_annotation())
    return queryset.filter(pk=pk).order_by()[:1]


def serve(request, path: str):
    """Wagtail's page view, with the page found by `route`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)


def _descendant_of_q(self, other, inclusive=False) -> Q:
    """Wagtail's PageQuerySet.descendant_of_q (also child_of_q's) with the path as a range: path_prefix_q."""
    q = path_prefix_q(other.path) & Q(depth__gte=other.depth)
    if not inclusive:
        q &= ~Q(pk=other.pk)
    return q


def _private_q(self) -> Q:
    """PageQuerySet.private_q from the remembered restricted paths (Wagtail queries the restrictions
    again on every `.public()`; a reader page calls it several times)."""
    q = Q()
    for path in restricted_paths():
        q |= path_prefix_q(path)
    return q if q else Q(pk__in=[])


def install() -> None:
    """Called once at start-up (HomeConfig.ready)."""
    PageQuerySet.private_q = _private_q
    clear_site_root_paths_cache = Site.clear_site_root_paths_cache

    def clear_and_forget() -> None:  # a site, or a site's home page in some language, was saved
        clear_site_root_paths_cache()
        memo.invalidate()

    Site.clear_site_root_paths_cache = staticmethod(clear_and_forget)
    PageQuerySet.descendant_of_q = _descendant_of_q
    # A view's page (search, topics) finds its site through Wagtail's Site.find_for_request: the same rules
    # (find_site) from the remembered site table instead of a query per request; kept on the request as before.
    Site._find_for_request = staticmethod(find_site)
    request_started.connect(start_request, dispatch_uid="home.routing.start_request")
