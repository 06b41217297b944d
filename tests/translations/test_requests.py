"""Translation requests: opened by an outlet's language policy on publication, or by an editor by hand."""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from ethnic_press.permissions import EDITOR
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import TO_DASHBOARD, article_form, assert_refused, login, make_user
from translations.models import Assignment

from .conftest import make_translator, publish_through_admin, published_korean_article, translation_page

pytestmark = pytest.mark.django_db


def test_publishing_a_korean_article_requests_kazakh_and_russian_translations(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    article = published_korean_article(koryo, koryo_editor)

    assignments = {
        a.translation.target_locale.language_code: a
        for a in Assignment.objects.select_related("translation__target_locale")
    }
    assert set(assignments) == {"kk", "ru"}
    assert assignments["kk"].translator == kazakh_translator
    assert assignments["ru"].translator == russian_translator
    for assignment in assignments.values():
        assert assignment.due_date == timezone.localdate() + datetime.timedelta(days=5)
        assert assignment.status == Assignment.Status.REQUESTED
    # The translation pages exist for the translation editor, but nothing is published before review.
    kazakh = translation_page(article, "kk")
    assert not kazakh.live
    assert kazakh.title == article.title
    assert login(koryo_editor).get(kazakh.url or "/kk/outlets/koryo-ilbo/theatre-season/").status_code == 404


def written_in_the_admin(koryo, user, action: str = "action-publish") -> ArticlePage:
    """A Korean article created with the admin's form in Koryo Ilbo's Korean section."""
    section = koryo.get_translation(factories.locale("ko"))
    draft = ArticlePage(title="고려극장 창립 기념 공연", slug="anniversary", published_at=timezone.now())
    response = login(user).post(
        reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", section.pk]),
        article_form(draft, lead="고려극장이 창립 기념 공연을 열었다.", **{action: action}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(slug="anniversary", locale__language_code="ko")


def test_an_article_written_in_the_admin_opens_its_outlets_requests_when_published(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    article = written_in_the_admin(koryo, koryo_editor)

    assert article.live and article.original_language == "ko"
    requested = Assignment.objects.filter(translation__source__object_id=article.translation_key)
    assert sorted(requested.values_list("translation__target_locale__language_code", flat=True)) == ["kk", "ru"]
    html = login(koryo_editor).get(reverse("translations_overview")).content.decode()
    assert article.title in html


def test_a_translation_requested_by_hand_is_never_shown_as_the_original(koryo, koryo_editor, kazakh_translator):
    article = written_in_the_admin(koryo, koryo_editor)
    client = login(koryo_editor)
    client.post(
        reverse("translations_request", args=[article.pk]),
        {"locale": _locale("kk"), "translator": kazakh_translator.pk, "due_date": "2031-03-01"},
    )

    kazakh = translation_page(article, "kk")
    html = client.get(reverse("translations_overview"), {"outlet": str(koryo.translation_key)}).content.decode()
    assert kazakh.original_language == "ko" and kazakh.is_translation
    assert html.count("translation-cell--source") == 1
    assert html.count(f">{article.title}</a>") == 1  # one row: the Korean original, not its Kazakh copy
    assert "translation-cell--requested" in html


def test_the_least_loaded_translator_of_the_language_gets_the_work(koryo, policy, koryo_editor, kazakh_translator):
    second = make_translator("dana", ["kk"])
    published_korean_article(koryo, koryo_editor, slug="first", title="첫 번째 기사")
    published_korean_article(koryo, koryo_editor, slug="second", title="두 번째 기사")
    kazakh = Assignment.objects.filter(translation__target_locale__language_code="kk").order_by("pk")
    assert [a.translator for a in kazakh] == [kazakh_translator, second]
    # Nobody holds Russian: the requests wait for an editor to assign them.
    russian = Assignment.objects.filter(translation__target_locale__language_code="ru")
    assert [a.translator for a in russian] == [None, None]


def test_republishing_does_not_open_the_requests_again(koryo, policy, koryo_editor, kazakh_translator):
    article = published_korean_article(koryo, koryo_editor)
    publish_through_admin(koryo_editor, article, lead="고려극장이 새 시즌을 열었다.")
    assert Assignment.objects.count() == 2


def test_articles_in_other_languages_of_the_outlet_are_not_translated_by_the_policy(koryo, policy, koryo_editor):
    section = koryo.get_translation(factories.locale("ru"))
    article = ArticlePage(
        title="Корейский театр открыл сезон", slug="season", original_language="ru", locale=section.locale, live=False
    )
    section.add_child(instance=article)
    article.save_revision().publish()
    assert not Assignment.objects.exists()


def test_editor_requests_a_german_translation_by_hand(koryo, policy, koryo_editor):
    article = published_korean_article(koryo, koryo_editor)
    german = make_translator("lena", ["de"])
    client = login(koryo_editor)
    url = reverse("translations_request", args=[article.pk])

    page = client.get(f"/admin/pages/{article.pk}/edit/")
    assert url in page.content.decode()
    response = client.post(url, {"locale": _locale("de"), "translator": german.pk, "due_date": "2031-03-01"})

    assert response.status_code == 302
    assignment = Assignment.objects.get(translation__target_locale__language_code="de")
    assert assignment.translator == german
    assert assignment.due_date == datetime.date(2031, 3, 1)
    assert assignment.requested_by == koryo_editor
    assert not translation_page(article, "de").live


def test_a_translator_is_not_assigned_a_language_they_do_not_hold(koryo, policy, koryo_editor, russian_translator):
    article = published_korean_article(koryo, koryo_editor)
    response = login(koryo_editor).post(
        reverse("translations_request", args=[article.pk]),
        {"locale": _locale("de"), "translator": russian_translator.pk, "due_date": "2031-03-01"},
    )
    assert response.status_code == 200
    assert "does not translate into Deutsch" in response.content.decode()
    assert not Assignment.objects.filter(translation__target_locale__language_code="de").exists()


def test_only_the_outlets_editors_may_request_translations(koryo, policy, koryo_editor, koryo_journalist, outlet):
    article = published_korean_article(koryo, koryo_editor)
    other_editor = make_user("dostyq-editor", outlet, EDITOR)
    url = reverse("translations_request", args=[article.pk])
    data = {"locale": _locale("de"), "due_date": "2031-03-01"}
    for user in (koryo_journalist, other_editor):
        assert_refused(login(user).get(url), TO_DASHBOARD)
        assert_refused(login(user).post(url, data), TO_DASHBOARD)
    assert not Assignment.objects.filter(translation__target_locale__language_code="de").exists()


def _locale(code: str) -> int:
    return Locale.objects.get(language_code=code).pk
