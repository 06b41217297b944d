"""Republication: an outlet reprints another outlet's story, readers are pointed to the original."""

from django.urls import reverse

import pytest

from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import article_form, in_locale

from .test_feeds import rss_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def original(outlet_b):
    page = factories.ArticlePageFactory(parent=outlet_b, title="Ұйғыр театры жаңа маусымды ашты")
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


@pytest.fixture
def reprint(article_a):
    """Outlet A's article, to be marked as a reprint."""
    article_a.save_revision().publish()
    return ArticlePage.objects.get(pk=article_a.pk)


def publish_form(client, page, **fields):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), article_form(page, **fields, **{"action-publish": "1"})
    )


def test_editor_marks_an_article_as_republished_and_readers_are_pointed_to_the_original(
    editor_client, client, reprint, original
):
    response = publish_form(editor_client, reprint, republished_from=original.pk)
    assert response.status_code == 302
    reprint.refresh_from_db()
    assert reprint.republished_from_id == original.pk

    html = client.get(reprint.url).content.decode()
    # Absolute from the request's address (newsroom.absolute), not the Site record's "localhost".
    assert f'<link rel="canonical" href="http://testserver{original.url}">' in html
    assert 'class="article__republished"' in html
    assert f'href="{original.url}">Уйғур авази</a>' in html

    original_html = client.get(original.url).content.decode()
    assert 'id="republications-heading"' in original_html
    assert f'href="{reprint.url}">Коре ильбо</a>' in original_html
    assert f'<link rel="canonical" href="http://testserver{original.url}">' in original_html  # its own


@pytest.mark.parametrize("case", ["same outlet", "draft", "itself"])
def test_editor_cannot_republish_from_a_draft_its_own_outlet_or_itself(editor_client, reprint, outlet_a, case):
    if case == "same outlet":
        target = factories.ArticlePageFactory(parent=outlet_a)
        target.save_revision().publish()
    elif case == "draft":
        target = factories.ArticlePageFactory(parent=factories.OutletPageFactory(parent=outlet_a.get_parent()))
        target.live = False
        target.save()
    else:
        target = reprint
    response = publish_form(editor_client, reprint, republished_from=target.pk)
    assert response.status_code == 200
    assert response.context["form"].errors["republished_from"]
    reprint.refresh_from_db()
    assert reprint.republished_from_id is None


def chooser_html(response) -> str:
    # Browsing answers the modal's JSON; the search box gets the result list as HTML.
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def test_chooser_offers_live_articles_of_other_outlets_only(editor_client, outlet_a, reprint, original):
    draft = factories.ArticlePageFactory(parent=original.get_parent(), title="Жоба: жаңа мақала")
    draft.live = False
    draft.save()
    params = {"page_type": "newsroom.articlepage", "target_pages[]": [outlet_a.pk]}
    browse = editor_client.get(reverse("wagtailadmin_choose_page_child", args=[original.get_parent().pk]), params)
    search = editor_client.get(reverse("wagtailadmin_choose_page_search"), {**params, "q": "театр"})
    for response in (browse, search):
        assert response.status_code == 200
        html = chooser_html(response)
        assert original.title in html
        assert draft.title not in html
    own = editor_client.get(reverse("wagtailadmin_choose_page_child", args=[outlet_a.pk]), params)
    assert reprint.title not in chooser_html(own)


def test_edit_form_chooser_sends_the_reprinting_outlet(editor_client, reprint, outlet_a):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[reprint.pk])).content.decode()
    assert 'new PageChooser("id_republished_from", ' in html
    assert f'"targetPages": [{outlet_a.pk}]' in html


def test_translations_reprint_the_same_story(reprint, original):
    reprint.republished_from = original
    reprint.save_revision().publish()
    translated = in_locale(reprint, "ru", title="Уйгурский театр открыл новый сезон")
    assert translated.republished_from_id == original.pk
    # No Russian version of the original: the reader is sent to the original without a canonical link.
    assert translated.original_for_reader().pk == original.pk


def test_a_topic_lists_a_republished_story_once(client, reprint, original, outlet_b):
    # A reprint beside its original on a topic's page was the same story twice (the count too); the
    # original is listed, the reprint left out, and a story that is not reprinted is still there.
    reprint.republished_from = original
    reprint.save_revision().publish()
    topic = factories.TopicFactory(name="Мәдениет", slug="culture")
    other = factories.ArticlePageFactory(parent=outlet_b, title="Ұйғыр мектебінің түлектері марапатталды")
    for page in (reprint, original, other):
        factories.ArticleTopicFactory(page=page, topic=topic)
    html = client.get("/kk/topics/culture/").content.decode()
    assert html.count(original.title) == 1 and other.title in html
    assert reprint.title not in html


def test_a_topics_feed_lists_a_republished_story_once(client, reprint, original, outlet_b):
    # The topic's page listed the story once, its feed still twice (the reprint beside its original).
    reprint.republished_from = original
    reprint.save_revision().publish()
    topic = factories.TopicFactory(name="Мәдениет", slug="culture")
    other = factories.ArticlePageFactory(parent=outlet_b, title="Ұйғыр мектебінің түлектері марапатталды")
    for page in (reprint, original, other):
        factories.ArticleTopicFactory(page=page, topic=topic)
    titles = rss_titles(client.get("/kk/topics/culture/feed/"))
    assert sorted(titles) == sorted([original.title, other.title])
    # A reprint whose original readers cannot read (unpublished) stays in the feed: the story is there once.
    original.unpublish()
    assert sorted(rss_titles(client.get("/kk/topics/culture/feed/"))) == sorted([reprint.title, other.title])


def test_a_locales_feed_lists_a_republished_story_once(client, reprint, original):
    # The front page showed the story once, the language's feed twice (the reprint beside its original).
    reprint.republished_from = original
    reprint.save_revision().publish()
    assert original.title in rss_titles(client.get("/kk/feed/"))
    assert reprint.title not in rss_titles(client.get("/kk/feed/"))
    # A reprint whose original readers cannot read (unpublished) stays in the feed: the story is there once.
    original.unpublish()
    titles = rss_titles(client.get("/kk/feed/"))
    assert reprint.title in titles and original.title not in titles
