"""Search-as-you-type through /api/search/suggest/: stories, outlets, topics and journalists for the
first letters typed, in the reader's language and from its other script, on the configured database."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from languages.localize import translate_page
from tests import factories


def suggestions(client, q: str, lang: str) -> list[dict]:
    response = client.get("/api/search/suggest/", {"q": q, "lang": lang})
    assert response.status_code == 200
    return response.json()["suggestions"]


def labels(items: list[dict], kind: str) -> list[str]:
    return [item["label"] for item in items if item["kind"] == kind]


@pytest.fixture
def story(article_in):
    return article_in("kk", title="Қазақстан газеттерінің көрмесі ашылды", lead="Газеттер.")


def test_the_first_letters_suggest_stories_and_outlets(client, story):
    found = suggestions(client, "газ", "kk")
    assert labels(found, "story") == [story.title]
    assert found[0]["url"] == story.url
    assert found[0]["detail"] == "Қазақстан достығы"
    assert labels(suggestions(client, "қазақстан дос", "kk"), "outlet") == ["Қазақстан достығы"]


def test_complete_words_match_their_forms_and_the_last_word_its_beginning(client, story):
    assert labels(suggestions(client, "Қазақстанның газ", "kk"), "story") == [story.title]
    assert labels(suggestions(client, "Қазақстанның көр", "kk"), "story") == [story.title]
    assert labels(suggestions(client, "Қазақстанның футб", "kk"), "story") == []


def test_letters_typed_in_the_other_script_or_without_the_languages_letters(client, story):
    assert labels(suggestions(client, "Qazaqstan gaz", "kk-latn"), "story") == [story.title]
    assert labels(suggestions(client, "казакстан газ", "kk"), "story") == [story.title]


def test_typing_without_diacritics_in_a_latin_alphabet(client, article_in):
    story = article_in("tr", title="Şehir tiyatrosu yeni sezonu açtı", lead="Tiyatro.")
    assert labels(suggestions(client, "sehir tiy", "tr"), "story") == [story.title]


def test_topics_and_journalists_by_any_word_and_script(client, story, home):
    factories.TopicFactory(name="Мәдениет", slug="culture", locale=factories.locale("kk"))
    factories.JournalistFactory(
        name="Нұрлан Әбдіров", name_cyrillic="Нұрлан Әбдіров", name_latin="Nurlan Äbdırov", slug="nurlan"
    )
    assert labels(suggestions(client, "мәд", "kk"), "topic") == ["Мәдениет"]
    assert labels(suggestions(client, "абд", "kk"), "journalist") == ["Нұрлан Әбдіров"]
    assert labels(suggestions(client, "nurlan", "kk-latn"), "journalist") == ["Nurlan Äbdırov"]
    [journalist] = [item for item in suggestions(client, "нұр", "kk") if item["kind"] == "journalist"]
    assert journalist["url"] == "/kk/journalists/nurlan/"


def test_one_suggestion_per_story_in_the_readers_script(client, story, outlet_in):
    outlet_in("kk-latn")
    latin = translate_page(story, "kk-latn", title="Qazaqstan gazetterınıñ körmesı aşyldy")
    found = suggestions(client, "gaz", "kk-latn")
    assert [(item["label"], item["url"]) for item in found if item["kind"] == "story"] == [(latin.title, latin.url)]


def test_one_letter_or_bad_input_suggests_nothing_without_error(client, story):
    assert suggestions(client, "г", "kk") == []
    assert suggestions(client, '"*) OR NEAR(', "kk") == []
    # An unknown language is the visitor's own (here the default), not an error.
    assert labels(suggestions(client, "газ", "xx"), "story") == [story.title]
    response = client.get("/api/search/suggest/", {"q": "г" * 500, "lang": "kk"})
    assert response.status_code == 400
    assert response.json()["errors"]


def test_the_query_count_does_not_grow_with_the_archive(client, article_in, story):
    suggestions(client, "газ", "kk")  # the site's root paths, cached after the first request
    with CaptureQueriesContext(connection) as few:
        suggestions(client, "газ", "kk")
    for number in range(8):
        article_in("kk", title=f"Газеттер туралы {number}", lead="Газеттер.")
    with CaptureQueriesContext(connection) as many:
        assert len(labels(suggestions(client, "газ", "kk"), "story")) == 5
    assert len(many) == len(few)
