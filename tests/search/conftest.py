from wagtail.rich_text import RichText

import pytest

from languages.localize import translate_page
from tests import factories

from .corpus import STORIES


def publish(page):
    """Publish the way editors do (a revision), so the search signals fire."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def outlet_in(home, outlet_index, outlet):
    """The network outlet in a language: the kk outlet, or its translation (with home and directory)."""

    def build(language: str):
        if language == "kk":
            return outlet
        translate_page(home, language)
        translate_page(outlet_index, language)
        return translate_page(outlet, language)

    return build


@pytest.fixture
def article_in(outlet_in):
    """Publish an article in a language: article_in("ru", title=..., lead=..., body=...)."""

    def build(language: str, *, body: str = "", outlet=None, **fields):
        fields.setdefault("original_language", language.split("-")[0])
        page = factories.ArticlePageFactory(
            parent=outlet or outlet_in(language),
            locale=factories.locale(language),
            body=[("paragraph", RichText(f"<p>{body}</p>"))] if body else [],
            **fields,
        )
        return publish(page)

    return build


@pytest.fixture
def corpus(article_in):
    """The relevance corpus of some languages: {story key: article}."""

    def build(*language_codes: str) -> dict:
        return {
            story.key: article_in(story.language, title=story.title, lead=story.lead, body=story.body)
            for story in STORIES
            if story.language in language_codes
        }

    return build
