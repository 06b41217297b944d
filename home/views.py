from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

import languages
from ethnic_press.models import PrintEditionPage
from newsroom.absolute import absolute_url
from newsroom.outlet_rows import attach_outlets
from newsroom.renditions import prefetch_renditions

LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", "Disallow: /language/"]
    lines += [f"Sitemap: {absolute_url(request, path)}" for path in ("/sitemap.xml", "/sitemap-news.xml")]
    lines.append("")
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def reader_language(request, code: str):
    """The language picker's link: remember the reader's language and script (for `/`), then go on.

    A GET, not Django's set_language POST: reader pages carry no CSRF token, so they stay cacheable.
    """
    if code not in languages.BY_CODE:
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


EDITIONS_PAGE_SIZE = 24


def editions_index(request):
    """The network's print archive: the latest print editions of every outlet in the reader's language."""
    code = translation.get_language() or languages.DEFAULT_LANGUAGE
    editions = (
        PrintEditionPage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .select_related("cover_image")
        .order_by("-issue_date", "-pk")
    )
    page = Paginator(editions, EDITIONS_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    prefetch_renditions([edition.cover_image for edition in page.object_list], "cover")
    attach_outlets(page.object_list)
    context = {"editions": page, "breadcrumbs": [(_("Front page"), f"/{code}/")]}
    return render(request, "home/editions_index.html", context)


def page_not_found(request, exception=None):
    """The reader's 404, in the language of the URL (LocaleMiddleware has activated it), with the site around it."""
    return render(request, "404.html", {"error_page": True}, status=404)


def csrf_failure(request, reason=""):
    """A form sent without its security cookie (the page-password form, say): the reader's page in the URL's
    language rather than Django's CSRF page (CSRF_FAILURE_VIEW)."""
    return render(request, "403_csrf.html", {"error_page": True}, status=403)


def server_error(request):
    """The reader's 500 in the URL's language, rendered without the database (it may be what failed)."""
    return render_without_database(request, "500.html", 500)


def render_without_database(request, template: str, status: int) -> HttpResponse:
    """An error page in the URL's language without a request context: context processors and
    template tags that read the database never run."""
    code = translation.get_language_from_path(request.path_info) or languages.DEFAULT_LANGUAGE
    with translation.override(code):
        language = languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT_LANGUAGE])
        context = {"current_language": language, "error_page": True}
        html = loader.get_template(template).render(context)
    return HttpResponse(html, status=status)


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links; send them to the icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
