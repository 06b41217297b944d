"""Reader pages that are not Wagtail pages: journalist profiles and topics."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

import languages
from languages.localize import localize_all
from languages.transliteration import can_transliterate, transliterate

from .feeds import once_per_story
from .models import ArticlePage, Journalist, Topic
from .outlet_rows import OUTLET_FIELDS

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


def _family(code: str) -> str:
    language = languages.BY_CODE.get(code)
    return (language.variant_of or code) if language else code


def _bio_in(versions: list[Journalist], reader_code: str) -> tuple[str, str]:
    """The bio and its language: the reader's own, else the base language's transliterated into the
    reader's script (ug → ug-arab), else Russian, else Kazakh; never another script of the reader's
    language as it stands (a ug-arab page does not show the Cyrillic Uyghur bio)."""
    bios = {item.locale.language_code: item.bio for item in versions if item.bio}
    if reader_code in bios:
        return bios[reader_code], reader_code
    base = _family(reader_code)
    if base in bios and can_transliterate(base, reader_code):
        return transliterate(bios[base], base, reader_code), reader_code
    for code in ("ru", languages.DEFAULT_LANGUAGE):
        if code in bios and _family(code) != base:
            return bios[code], code
    return "", reader_code


def _outlets_in(articles: list, reader_code: str) -> list[Page]:
    """The outlets of `articles`, each once, in the reader's language where the outlet has a live page in it
    (a Korean story shown in its original on a Kazakh profile is still Koryo Ilbo's, named in Kazakh)."""
    outlets = {article.outlet.pk: article.outlet for article in articles if article.outlet}
    if not outlets:
        return []
    keys = dict(Page.objects.filter(pk__in=outlets).values_list("pk", "translation_key"))
    localized = {
        outlet.translation_key: outlet
        for outlet in Page.objects.live()
        .public()
        .filter(translation_key__in=keys.values(), locale__language_code=reader_code)
        .only(*OUTLET_FIELDS, "translation_key")
    }
    chosen: dict = {}
    for pk, outlet in outlets.items():
        chosen.setdefault(keys[pk], localized.get(keys[pk], outlet))
    return list(chosen.values())


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
    bio, bio_language = _bio_in(versions, reader_code)
    return render(
        request,
        "newsroom/journalist_profile.html",
        {
            "journalist": journalist,
            "bio": bio,
            "bio_language": bio_language,
            "articles": articles,
            "outlets": _outlets_in(articles, reader_code),
        },
    )


TOPIC_PAGE_SIZE = 20


def _topic_in_reader_language(slug: str, reader_code: str) -> Topic:
    """The topic (every translation shares the slug) in the reader's language, else the original."""
    versions = list(Topic.objects.filter(slug=slug).select_related("locale"))
    if not versions:
        raise Http404
    return next((topic for topic in versions if topic.locale.language_code == reader_code), versions[0])


def topic_index(request):
    """Every topic in the reader's language, for the navigation's "Topics"."""
    reader_code = translation.get_language() or languages.DEFAULT_LANGUAGE
    topics = localize_all(list(Topic.objects.filter(locale__language_code=languages.DEFAULT_LANGUAGE)), reader_code)
    topics.sort(key=lambda topic: topic.name.casefold())
    return render(
        request,
        "newsroom/topic_index.html",
        {"topics": topics, "breadcrumbs": [(_("Front page"), f"/{reader_code}/")]},
    )


def topic_page(request, slug: str):
    """The stories on one topic in the reader's language, newest first, 20 a page, each story once."""
    reader_code = translation.get_language() or languages.DEFAULT_LANGUAGE
    topic = _topic_in_reader_language(slug, reader_code)
    on_topic = (
        ArticlePage.objects.live().public().filter(locale__language_code=reader_code, article_topics__topic__slug=slug)
    )
    articles = once_per_story(on_topic).order_by("-published_at", "-pk")  # a reprint beside its original: once
    paginator = Paginator(articles, TOPIC_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = ArticlePage.prefetch_for_listing(page.object_list)
    return render(
        request,
        "newsroom/topic_page.html",
        {
            "topic": topic,
            "articles": page,
            "breadcrumbs": [(_("Front page"), f"/{reader_code}/"), (_("Topics"), reverse("topics"))],
        },
    )
