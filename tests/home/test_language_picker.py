"""The language picker of a view's page (search, topics) links each language's version as Django's
translate_url finds it (home/templatetags/press_tags.py resolves the path once for all fourteen)."""

from django.urls import translate_url

import pytest

import languages
from home.templatetags.press_tags import _translated_paths


@pytest.mark.parametrize(
    "path", ["/ru/search/", "/kk/topics/culture/", "/ug-arab/topics/", "/de/nowhere/at/all/", "/", "/ru/%D0%B0/"]
)
def test_each_language_gets_the_path_translate_url_gives(path):
    assert _translated_paths(path) == {
        language.code: translate_url(path, language.code) for language in languages.LANGUAGES
    }
