"""Public journalist profiles: /<locale>/journalists/<slug>/."""

from django.http import Http404
from django.shortcuts import render
from django.utils import translation

import languages

from .models import ArticlePage, Journalist

STORIES_ON_PROFILE = 30
# Rows read to pick one version per story; a profile lists at most STORIES_ON_PROFILE stories, and a
# story exists in at most one page per locale.
ROWS_READ = STORIES_ON_PROFILE * len(languages.LANGUAGES)


def _one_version_per_story(rows: list[dict], reader_code: str) -> dict[int, list[str]]:
    """Page ids to show (the reader's language, else the original), each with the story's other languages."""
    stories: dict = {}
    for row in rows:
        stories.setdefault(row["translation_key"], []).append(row)
    chosen: dict[int, list[str]] = {}
    for versions in stories.values():
        codes = [row["locale__language_code"] for row in versions]
        best = next(
            (row for row in versions if row["locale__language_code"] == reader_code),
            next((row for row in versions if row["locale__language_code"] == row["original_language"]), versions[0]),
        )
        chosen[best["pk"]] = [code for code in codes if code != best["locale__language_code"]]
        if len(chosen) == STORIES_ON_PROFILE:
            break
    return chosen


def journalist_profile(request, slug: str):
    """A journalist's bio and their live public articles in every outlet, one entry per story."""
    reader_code = translation.get_language() or languages.DEFAULT_LANGUAGE
    versions = list(Journalist.objects.filter(slug=slug).select_related("locale", "photo"))
    if not versions:
        raise Http404
    journalist = next((item for item in versions if item.locale.language_code == reader_code), versions[0])
    rows = list(
        ArticlePage.objects.live()
        .public()
        .filter(bylines__journalist__translation_key=journalist.translation_key)
        .order_by("-published_at", "pk")
        .values("pk", "translation_key", "locale__language_code", "original_language")
        .distinct()[:ROWS_READ]
    )
    chosen = _one_version_per_story(rows, reader_code)
    articles = ArticlePage.prefetch_for_listing(ArticlePage.objects.filter(pk__in=chosen).order_by("-published_at"))
    for article in articles:
        article.other_languages = [languages.BY_CODE[code] for code in chosen[article.pk] if code in languages.BY_CODE]
    outlets = {article.outlet.pk: article.outlet for article in articles if article.outlet}
    return render(
        request,
        "newsroom/journalist_profile.html",
        {"journalist": journalist, "articles": articles, "outlets": list(outlets.values())},
    )
