"""The translation overview: articles × locales for an outlet (or every outlet, for network editors).

Each cell is one of missing, requested, in progress N%, ready for review, published, stale, overdue
(translations/status.py). Filters: outlet, language, status; `?format=csv` exports what is shown.
The number of queries does not depend on the number of articles, translations or locales.
"""

import csv

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.http import HttpResponse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.models import Locale, Page

import languages
from ethnic_press.models import OutletPage
from ethnic_press.permissions import outlets_overseen_by, sees_every_outlet
from ethnic_press.spreadsheets import safe_cell
from newsroom.models import ArticlePage

from ..status import LABELS, cells_for
from .base import TranslationsAdminView

PER_PAGE = 50


def source_articles(outlet_keys: list | None):
    """Source-language articles (originals) of the given outlets, or of every outlet when None."""
    articles = ArticlePage.objects.filter(original_language=F("locale__language_code"))
    if outlet_keys is not None:
        outlets = list(OutletPage.objects.filter(translation_key__in=outlet_keys).values_list("path", "depth"))
        if not outlets:
            return articles.none()
        within = Q()
        for path, depth in outlets:
            within |= Q(path__startswith=path, depth=depth + 1)
        articles = articles.filter(within)
    return articles.select_related("locale").only("id", "title", "path", "translation_key", "locale__language_code")


class OverviewView(TranslationsAdminView, TemplateView):
    template_name = "translations/overview.html"
    header_icon = "table"
    page_title = gettext_lazy("Translation overview")

    def dispatch(self, request, *args, **kwargs):
        self.accesses = outlets_overseen_by(request.user)
        if not self.accesses:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.outlet = request.GET.get("outlet", "")
        self.language = request.GET.get("language", "")
        self.status = request.GET.get("status", "")
        by_key = {str(access.translation_key): access for access in self.accesses}
        if self.outlet and self.outlet not in by_key:
            raise PermissionDenied
        if self.outlet:
            keys = [self.outlet]
        elif sees_every_outlet(request.user):
            keys = None
        else:
            keys = list(by_key)
        codes = [language.code for language in languages.LANGUAGES]
        existing = set(Locale.objects.values_list("language_code", flat=True))
        self.codes = [code for code in codes if code in existing and (not self.language or code == self.language)]
        articles = list(source_articles(keys).order_by("-published_at", "-pk"))
        cells = cells_for(articles, self.codes)
        outlet_names = self.outlet_names(articles, by_key)
        self.rows = []
        for article in articles:
            row_cells = [cells[article.pk, code] for code in self.codes]
            if self.status and not any(c.status == self.status and not c.is_source for c in row_cells):
                continue
            self.rows.append({"article": article, "outlet": outlet_names.get(article.pk, ""), "cells": row_cells})
        if request.GET.get("format") == "csv":
            return self.csv()
        return super().get(request, *args, **kwargs)

    @staticmethod
    def outlet_names(articles, by_key) -> dict:
        """Article pk → outlet name, from the parent outlet page's translation key (one query)."""
        parents = {article.path[: -Page.steplen] for article in articles}
        outlet_keys = dict(OutletPage.objects.filter(path__in=parents).values_list("path", "translation_key"))
        names = {}
        for article in articles:
            access = by_key.get(str(outlet_keys.get(article.path[: -Page.steplen])))
            names[article.pk] = str(access) if access else ""
        return names

    def get_context_data(self, **kwargs):
        page = Paginator(self.rows, PER_PAGE).get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        query["format"] = "csv"
        return {
            **super().get_context_data(**kwargs),
            "accesses": self.accesses,
            "columns": [languages.BY_CODE[code] for code in self.codes],
            "rows": page,
            "outlet": self.outlet,
            "language": self.language,
            "status": self.status,
            "statuses": [(key, label) for key, label in LABELS.items()],
            "all_languages": languages.LANGUAGES,
            "csv_query": query.urlencode(),
        }

    def csv(self) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translations.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["outlet", "article", "source language", "language", "status", "percent", "translator", "due date"]
        )
        for row in self.rows:
            article = row["article"]
            for code, cell in zip(self.codes, row["cells"], strict=True):
                if cell.is_source:
                    continue
                assignment = cell.assignment
                cells = [
                    row["outlet"],
                    article.title,
                    article.locale.language_code,
                    code,
                    cell.status,
                    "" if cell.percent is None else cell.percent,
                    assignment.translator.get_username() if assignment and assignment.translator else "",
                    assignment.due_date.isoformat() if assignment else "",
                ]
                writer.writerow([safe_cell(value) for value in cells])
        return response
