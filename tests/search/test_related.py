"""Related stories on the article page: other outlets' stories on the same subject, in the reader's
language, at a fixed number of queries."""

import datetime
import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from languages.localize import translate_page
from search.backends.elasticsearch import related_body
from search.backends.sqlite import SQLiteBackend
from search.related import related_stories
from tests import factories

from .conftest import publish


@pytest.fixture
def other_outlet(outlet_index):
    return publish(factories.OutletPageFactory(parent=outlet_index, title="Ақиқат", slug="aqiqat", languages=["kk"]))


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def story(article_in):
    return article_in(
        "kk",
        title="Алматыда этникалық газеттер көрмесі ашылды",
        lead="Достық үйінде елдегі ұлттық басылымдардың газеттері көрсетілді.",
    )


def test_the_article_page_lists_other_outlets_stories_on_its_subject(
    client, article_in, outlet_in, story, outlet, other_outlet
):
    same_subject = article_in(
        "kk",
        outlet=other_outlet,
        title="Газеттер көрмесі Астанада да өтеді",
        lead="Этникалық басылымдар.",
        published_at=days_ago(2),
    )
    unrelated = article_in("kk", outlet=other_outlet, title="Футбол турнирі аяқталды", lead="Жеңімпаз анықталды.")
    own_outlet = article_in("kk", outlet=outlet, title="Газеттер көрмесіне оқырмандар келді", lead="Газеттер.")
    reprint = article_in("kk", outlet=other_outlet, title="Газеттер көрмесі ашылды", republished_from=story, lead="")
    outlet_in("ru")
    other_in_russian = translate_page(other_outlet, "ru")
    russian = article_in("ru", outlet=other_in_russian, title="Выставка газет в Алматы", lead="Газеттер көрмесі.")

    response = client.get(story.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="more-heading"' in html
    assert same_subject.title in html
    for other in (unrelated, own_outlet, reprint, russian):
        assert f">{other.title}</a></h3>" not in html, other.title


def test_related_stories_are_in_the_readers_language_and_script(article_in, outlet_in, story, other_outlet):
    related = article_in("kk", outlet=other_outlet, title="Газеттер көрмесі Астанада өтеді", lead="Газеттер.")
    outlet_in("kk-latn")
    latin_outlet = translate_page(other_outlet, "kk-latn")
    latin = translate_page(related, "kk-latn", title="Gazetter körmesı Astanada ötedı")
    publish(latin_outlet)
    latin_story = translate_page(story, "kk-latn", title="Almatyda etnikalyq gazetter körmesı aşyldy")
    assert [page.pk for page in related_stories(latin_story)] == [latin.pk]
    assert [page.pk for page in related_stories(story)] == [related.pk]


def test_stories_sharing_more_of_the_title_come_first(article_in, story, other_outlet):
    one_word = article_in("kk", outlet=other_outlet, title="Алматыда жаңа саябақ ашылды", lead="Саябақ.")
    close = article_in("kk", outlet=other_outlet, title="Этникалық газеттер көрмесі туралы", lead="Газеттер көрмесі.")
    assert [page.pk for page in related_stories(story)][:2] == [close.pk, one_word.pk]


def test_the_query_count_does_not_grow_with_the_archive(article_in, story, other_outlet):
    article_in("kk", outlet=other_outlet, title="Газеттер көрмесі Астанада өтеді", lead="Газеттер.")
    related_stories(story)  # Django probes SQLite's JSON functions once per connection, at their first use
    with CaptureQueriesContext(connection) as few:
        assert len(related_stories(story)) == 1
    for number in range(6):
        article_in("kk", outlet=other_outlet, title=f"Газеттер көрмесі {number}", lead="Этникалық газеттер.")
    with CaptureQueriesContext(connection) as many:
        assert len(related_stories(story)) == 4
    assert len(many) == len(few)


def test_an_article_without_an_index_row_has_no_related_stories(outlet):
    draft = factories.ArticlePageFactory(parent=outlet, live=False)
    assert related_stories(draft) == []


def test_elasticsearch_asks_for_any_subject_term_outside_the_story_and_outlet():
    story_key, outlet_key = uuid.uuid4(), uuid.uuid4()
    body = related_body("kk-latn", ["газет", "корме"], story_key, outlet_key, 4)
    query = body["query"]["bool"]
    assert [match["multi_match"]["query"] for match in query["must"][0]["bool"]["should"]] == ["газет", "корме"]
    assert query["must"][0]["bool"]["minimum_should_match"] == 1
    assert {"terms": {"language": ["kk", "kk-latn"]}} in query["filter"]
    assert query["must_not"] == [{"term": {"story_key": str(story_key)}}, {"term": {"outlet_key": str(outlet_key)}}]
    assert body["collapse"] == {"field": "story_key"} and body["size"] == 4


def test_the_next_reader_sees_a_story_published_or_unpublished_after_the_article_was_read(
    client, article_in, story, other_outlet
):
    first = article_in("kk", outlet=other_outlet, title="Газеттер көрмесі Астанада өтеді", lead="Газеттер.")
    assert first.title in client.get(story.url).content.decode()  # the related block is now kept
    second = article_in("kk", outlet=other_outlet, title="Этникалық газеттер көрмесі Шымкентте", lead="Газеттер.")
    html = client.get(story.url).content.decode()
    assert first.title in html and second.title in html
    first.unpublish()
    html = client.get(story.url).content.decode()
    assert first.title not in html and second.title in html


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend's window of best matches")
def test_a_window_of_best_matches_that_holds_too_few_stories_falls_back_to_every_match(
    article_in, story, other_outlet, monkeypatch
):
    for number in range(6):
        article_in("kk", outlet=other_outlet, title=f"Газеттер көрмесі {number}", lead="Этникалық газеттер.")
    every_match = [article.pk for article in related_stories(story)]
    # A window of one match holds one story at most: the backend must look at every match instead.
    monkeypatch.setattr(SQLiteBackend, "RELATED_WINDOW", 1)
    assert [article.pk for article in related_stories(story)] == every_match
    assert len(every_match) == 4
