"""The reader search page (/<locale>/search/) and the JSON API (/api/search/)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

import languages

from . import engine, suggest
from .facets import labelled
from .forms import EXAMPLE_DATE, SearchForm, local_date
from .models import SearchDocument
from .promotions import picks
from .stats import enqueue_search


def print_page_links(result, request) -> dict:
    """A print page's thumbnail and its PDF opened at the page (the edition's page is `url`)."""
    if result.kind != SearchDocument.Kind.PRINT_PAGE:
        return {}
    return {
        "pdf": request.build_absolute_uri(reverse("editions_pdf", args=[result.page_id])) + f"#page={result.part}",
        "thumbnail": request.build_absolute_uri(
            reverse("editions_page_image", args=[result.page_id, result.part, "thumbnail"])
        ),
    }


def _run(request, language: str):
    """(form, page, facets, picks); page is None when the input was rejected."""
    form = SearchForm(request.GET, language)
    if not form.is_valid():
        return form, None, {}, []
    params = form.params()
    page = engine.search(params, request)
    if params.q.strip() and params.page == 1:
        enqueue_search(params.q, params.language, page.count)
    return form, page, labelled(page.facets, params.language), picks(params.q, params.language, request)


def _add_facet_links(facets: dict[str, list[dict]], query) -> None:
    """Each facet value links to the same search with that value chosen (or cleared, if it was)."""
    for name, items in facets.items():
        for item in items:
            linked = query.copy()
            item["selected"] = query.get(name) == item["value"]
            if item["selected"]:
                linked.pop(name, None)
            else:
                linked[name] = item["value"]
            item["href"] = linked.urlencode()


@require_GET
def search_page(request):
    language = translation.get_language()
    if language not in languages.BY_CODE:
        language = languages.DEFAULT_LANGUAGE
    form, page, facets, promotions = _run(request, language)
    query = request.GET.copy()
    query.pop("page", None)
    _add_facet_links(facets, query)
    if page is not None:
        for result in page.results:
            result.links = print_page_links(result, request)
            for other in result.translations:
                other["language_name"] = languages.BY_CODE[other["language"]].name_local
    context = {
        "form": form,
        "query": form.cleaned_data.get("q", "") if page is not None else "",
        "search": page,
        "facets": facets,
        "promotions": promotions,
        "errors": form.error_messages() if page is None else [],
        "selected": {name: request.GET.get(name, "") for name in ("outlet", "community", "region", "topic")},
        "kinds": SearchDocument.Kind.choices,
        "base_query": query.urlencode(),
        "date_example": local_date(EXAMPLE_DATE),
    }
    return render(request, "search/search_page.html", context, status=400 if page is None else 200)


@require_GET
def search_api(request):
    # /api/search/ has no locale prefix, so the active language is only the visitor's preference (or
    # the site default); a valid `lang` is the language the client asked to read, messages included.
    requested = request.GET.get("lang", "")
    if requested in languages.BY_CODE:
        with translation.override(requested):
            return _api_response(request, requested)
    language = translation.get_language()
    return _api_response(request, language if language in languages.BY_CODE else languages.DEFAULT_LANGUAGE)


def _api_response(request, language: str) -> JsonResponse:
    form, page, facets, promotions = _run(request, language)
    if page is None:
        return JsonResponse({"errors": form.error_list()}, status=400, json_dumps_params={"ensure_ascii": False})
    return JsonResponse(
        {
            "count": page.count,
            # False for a very common word: `count` is then a lower bound (and the facet counts those of
            # part of the matches when facets_exact is false).
            "count_exact": page.exact,
            "facets_exact": page.facets_exact,
            "page": page.page,
            "num_pages": page.num_pages,
            "results": [
                {
                    "title": result.title,
                    "url": result.url,
                    "outlet": result.outlet,
                    "language": result.language,
                    "published_at": result.published_at.isoformat(),
                    "snippet": str(result.snippet),
                    "translations": result.translations,
                    "also_in": result.also_in,
                    "kind": result.kind,
                    "part": result.part,
                    **print_page_links(result, request),
                }
                for result in page.results
            ],
            "facets": facets,
            "promotions": promotions,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def suggest_api(request):
    """`/api/search/suggest/?q=&lang=`: stories, outlets, topics and journalists for the letters typed."""
    requested = request.GET.get("lang", "")
    language = requested if requested in languages.BY_CODE else translation.get_language()
    if language not in languages.BY_CODE:
        language = languages.DEFAULT_LANGUAGE
    text = request.GET.get("q", "")
    if not isinstance(text, str) or len(text) > suggest.MAX_LENGTH:
        with translation.override(language):
            message = gettext("The search text is too long: at most %(limit_value)d characters.") % {
                "limit_value": suggest.MAX_LENGTH
            }
        return JsonResponse({"errors": [message]}, status=400, json_dumps_params={"ensure_ascii": False})
    with translation.override(language):
        suggestions = suggest.suggest(text, language, request)
    return JsonResponse(
        {"query": text, "language": language, "suggestions": [item.as_dict() for item in suggestions]},
        json_dumps_params={"ensure_ascii": False},
    )
