"""The admin's language: the account's choice, else the browser's admin language, else Russian — never
the site's Kazakh, which has no admin catalogue; new staff and translators get their language."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.forms import TaskStateCommentForm
from wagtail.users.models import UserProfile

import pytest

from ethnic_press.permissions import EDITOR, JOURNALIST, add_member
from ethnic_press.provisioning import access_for
from languages.admin_language import admin_language_for, from_browser
from tests import factories
from tests.helpers import login
from translations.models import Translator

pytestmark = pytest.mark.django_db


def bare_user(username: str):
    """An account nobody chose an admin language for."""
    return get_user_model().objects.create_user(username, f"{username}@example.kz", "x", is_superuser=True)


def html_lang(response) -> str:
    return response.content.decode().split('<html lang="', 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ko-KR,ko;q=0.9,en;q=0.5", "ko"),
        ("kk-KZ,kk;q=0.9,de;q=0.5", "de"),
        ("kk,tt", "ru"),
        ("", "ru"),
        ("ug", "ug-arab"),
    ],
)
def test_the_browsers_admin_language_else_russian(header, expected):
    assert from_browser(header) == expected


def test_an_account_without_a_choice_never_gets_the_kazakh_admin(home):
    client = login(bare_user("nobody"))
    kazakh_browser = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="kk-KZ,kk;q=0.9")
    korean_browser = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="ko,kk;q=0.5")
    assert html_lang(kazakh_browser) == "ru"
    assert "Іздеу" not in kazakh_browser.content.decode()
    assert html_lang(korean_browser) == "ko"


def test_the_login_page_speaks_the_browsers_admin_language(db):
    response = Client().get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="kk,de;q=0.8")
    assert html_lang(response) == "de"


def test_a_chosen_admin_language_wins_over_the_browser(home):
    user = bare_user("chosen")
    UserProfile.objects.create(user=user, preferred_language="tr")
    response = login(user).get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="ko")
    assert html_lang(response) == "tr"


def test_the_reader_site_keeps_its_own_language(home):
    response = Client().get("/kk/", HTTP_ACCEPT_LANGUAGE="ko")
    assert html_lang(response) == "kk"


def test_new_outlet_staff_get_their_outlets_language_else_russian(outlet_index):
    korean = factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo", languages=["ko", "ru"])
    kazakh = factories.OutletPageFactory(parent=outlet_index, title="Достық", slug="dostyq", languages=["kk"])
    journalist, editor = bare_user("minsu"), bare_user("aset")
    add_member(journalist, access_for(korean), JOURNALIST)
    add_member(editor, access_for(kazakh), EDITOR)
    assert UserProfile.get_for_user(journalist).preferred_language == "ko"
    assert UserProfile.get_for_user(editor).preferred_language == "ru"
    # A choice the person made is kept.
    UserProfile.objects.filter(user=journalist).update(preferred_language="en")
    add_member(journalist, access_for(kazakh), EDITOR)
    assert UserProfile.objects.get(user=journalist).preferred_language == "en"


def test_new_translators_get_their_first_admin_language(db):
    minji, dilnur = bare_user("minji"), bare_user("dilnur")
    Translator.objects.create(user=minji, languages=["ko", "ru"])
    Translator.objects.create(user=dilnur, languages=["kk"])
    assert UserProfile.get_for_user(minji).preferred_language == "ko"
    assert UserProfile.get_for_user(dilnur).preferred_language == "ru"


def test_admin_language_for_the_outlets_languages():
    assert admin_language_for(["uz", "tt"]) == "ru"
    assert admin_language_for(["kk", "de"]) == "de"


def test_this_projects_screen_titles_follow_each_request_s_language(outlet):
    """Titles are translated per request, not once at start-up in the default language (Kazakh)."""
    user = bare_user("olga")
    UserProfile.objects.create(user=user, preferred_language="ru")
    Translator.objects.create(user=user, languages=["ru"])
    html = login(user).get(reverse("translations_mine")).content.decode()
    assert "Мои переводы" in html and "Менің аудармаларым" not in html
    overview = login(user).get(reverse("translations_overview")).content.decode()
    assert "Обзор переводов" in overview


@pytest.mark.parametrize(("language", "search"), [("ko", "검색"), ("de", "Suche"), ("ru", "Поиск")])
def test_the_image_chooser_speaks_the_admins_language(home, language, search):
    """Its "Search" tab was translated once, at import, into the site's Kazakh («Іздеу») for everybody."""
    user = bare_user(f"chooser-{language}")
    UserProfile.objects.create(user=user, preferred_language=language)
    response = login(user).get(reverse("wagtailimages_chooser:choose"))
    html = response.json()["html"]
    assert "Іздеу" not in html
    assert search in html.split('id="tab-label-search"', 1)[1][:200]


@pytest.mark.parametrize(("language", "word"), [("ko", "댓글"), ("ru", "комментарий"), ("de", "Kommentar")])
def test_the_request_changes_comment_speaks_the_admins_language(language, word):
    """The workflow dialog's comment field was labelled once, at import, in English (no Kazakh catalogue)."""
    with translation.override(language):
        assert word in str(TaskStateCommentForm().fields["comment"].label)


@pytest.mark.parametrize(
    ("language", "name"),
    [("ko", "카자흐스탄 민족 언론"), ("ru", "Этническая пресса Казахстана"), ("de", "Ethnische Presse Kasachstans")],
)
def test_the_dashboard_names_the_network_in_the_admins_language(home, language, name):
    """Wagtail's dashboard heading is the Site's name, one string in English for every admin language."""
    user = bare_user(f"dashboard-{language}")
    UserProfile.objects.create(user=user, preferred_language=language)
    heading = login(user).get(reverse("wagtailadmin_home")).content.decode().split('<h1 class="w-h1', 1)[1][:300]
    assert name in heading and "Ethnic Press" not in heading
