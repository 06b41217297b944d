"""Every translation request has an owner: a translator, or the outlet's editors' queue, from which an
editor assigns it (overview, page header, admin home); the chooser lists only the language's translators."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale

import pytest

from ethnic_press.permissions import EDITOR
from tests.helpers import TO_DASHBOARD, assert_refused, login, make_user
from translations.access import target_page
from translations.models import Assignment, DefaultTranslator

from .conftest import make_translator, published_korean_article

pytestmark = pytest.mark.django_db


def can_edit(page, user) -> bool:
    """Asked of a fresh user object (Wagtail caches page permissions on the instance)."""
    return page.permissions_for_user(get_user_model().objects.get(pk=user.pk)).can_edit()


def _assignment(code: str) -> Assignment:
    return Assignment.objects.get(translation__target_locale__language_code=code)


def test_the_policys_default_translator_gets_the_requests_of_their_language(
    koryo, policy, koryo_editor, kazakh_translator
):
    chosen = make_translator("dana", ["kk"])
    DefaultTranslator.objects.create(policy=policy, language="kk", translator=chosen)
    published_korean_article(koryo, koryo_editor)
    assert _assignment("kk").translator == chosen


def test_a_request_nobody_holds_waits_in_the_editors_queue_with_its_count_on_their_home(
    koryo, policy, koryo_editor, kazakh_translator
):
    article = published_korean_article(koryo, koryo_editor)
    russian = _assignment("ru")
    assert russian.translator is None

    html = login(koryo_editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Unassigned translations: 1" in html
    assert reverse("translations_assign", args=[russian.pk]) in html
    # The overview says who holds each request, and offers to assign the unassigned one.
    overview = login(koryo_editor).get(reverse("translations_overview")).content.decode()
    assert "unassigned" in overview and ">Assign</a>" in overview and ">Reassign</a>" in overview
    # The article's header offers each request to (re)assign.
    edit = login(koryo_editor).get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Assign the Русский translation (unassigned)" in edit
    assert "Reassign the Қазақша translation" in edit


def test_the_assignment_chooser_lists_only_the_languages_translators_with_their_load(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    published_korean_article(koryo, koryo_editor)
    idle = make_translator("boris", ["ru", "de"])
    form = login(koryo_editor).get(reverse("translations_assign", args=[_assignment("ru").pk]))
    assert form.status_code == 200
    html = form.content.decode()
    assert "olga — 1 open request" in html
    assert "boris — 0 open requests" in html
    assert html.index("boris") < html.index("olga —")  # the least loaded first
    assert "aigerim" not in html  # holds Kazakh only
    assert idle  # used


def test_an_editor_reassigns_a_request_and_the_grants_follow(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    published_korean_article(koryo, koryo_editor)
    kazakh = _assignment("kk")
    page = target_page(kazakh)
    dana = make_translator("dana", ["kk"])
    assert can_edit(page, kazakh_translator)

    response = login(koryo_editor).post(
        reverse("translations_assign", args=[kazakh.pk]),
        {"translator": dana.pk, "due_date": "2031-04-01", "next": reverse("translations_overview")},
    )

    assert response.status_code == 302 and response["Location"] == reverse("translations_overview")
    kazakh.refresh_from_db()
    assert kazakh.translator == dana and kazakh.due_date == datetime.date(2031, 4, 1)
    assert can_edit(page, dana)
    assert not can_edit(page, kazakh_translator)
    # And back to the queue.
    login(koryo_editor).post(
        reverse("translations_assign", args=[kazakh.pk]), {"translator": "", "due_date": "2031-04-01"}
    )
    kazakh.refresh_from_db()
    assert kazakh.translator is None and not can_edit(page, dana)


def test_a_translator_of_another_language_or_a_past_date_is_refused_with_a_message(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    published_korean_article(koryo, koryo_editor)
    kazakh = _assignment("kk")
    url = reverse("translations_assign", args=[kazakh.pk])
    wrong = login(koryo_editor).post(url, {"translator": russian_translator.pk, "due_date": "2031-04-01"})
    past = login(koryo_editor).post(url, {"translator": kazakh_translator.pk, "due_date": "2001-01-01"})
    assert wrong.status_code == 200 and "Select a valid choice" in wrong.content.decode()
    assert past.status_code == 200 and "The due date has passed already." in past.content.decode()
    kazakh.refresh_from_db()
    assert kazakh.translator == kazakh_translator


def test_only_the_outlets_editors_assign(koryo, policy, koryo_editor, koryo_journalist, kazakh_translator, outlet):
    published_korean_article(koryo, koryo_editor)
    url = reverse("translations_assign", args=[_assignment("kk").pk])
    for user in (koryo_journalist, kazakh_translator, make_user("dostyq-editor", outlet, EDITOR)):
        assert_refused(login(user).get(url), TO_DASHBOARD)
        assert_refused(login(user).post(url, {"translator": "", "due_date": "2031-04-01"}), TO_DASHBOARD)
    assert _assignment("kk").translator == kazakh_translator


def test_the_request_form_marks_each_translators_languages_and_loads_its_date_picker(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    article = published_korean_article(koryo, koryo_editor)
    html = login(koryo_editor).get(reverse("translations_request", args=[article.pk])).content.decode()
    kk = Locale.objects.get(language_code="kk").pk
    assert f'data-languages="{kk}' in html
    assert -1 < html.find("date-time-chooser.js") < html.find("initDateChooser(")  # defined before the widget uses it
    assert "translator_chooser.js" in html
    assert "olga — 1 open request" in html


def test_an_administrator_names_a_default_translator_in_the_policy_form(koryo, kazakh_translator, russian_translator):
    admin = make_user("root")
    admin.is_superuser = True
    admin.save()
    form = login(admin).get(reverse("language_policies:add"))
    assert form.status_code == 200 and 'name="default_translators-TOTAL_FORMS"' in form.content.decode()
    data = {
        "outlet": koryo.pk,
        "source_languages": ["ko"],
        "target_languages": ["kk", "ru"],
        "deadline_days": "5",
        "default_translators-TOTAL_FORMS": "2",
        "default_translators-INITIAL_FORMS": "0",
        "default_translators-MIN_NUM_FORMS": "0",
        "default_translators-MAX_NUM_FORMS": "1000",
        "default_translators-0-language": "kk",
        "default_translators-0-translator": kazakh_translator.pk,
        "default_translators-0-ORDER": "1",
        "default_translators-1-language": "ru",
        "default_translators-1-translator": kazakh_translator.pk,  # does not hold Russian
        "default_translators-1-ORDER": "2",
    }
    refused = login(admin).post(reverse("language_policies:add"), data)
    assert refused.status_code == 200 and "does not translate into" in refused.content.decode()
    data["default_translators-1-translator"] = russian_translator.pk
    saved = login(admin).post(reverse("language_policies:add"), data)
    assert saved.status_code == 302, saved.content.decode()[:2000]
    policy = koryo.language_policy
    assert (
        policy.default_translator("kk") == kazakh_translator and policy.default_translator("ru") == russian_translator
    )
