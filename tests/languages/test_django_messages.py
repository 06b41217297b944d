"""Django's and Wagtail's own messages that readers meet (languages/django_messages.py) read in the page's
language and script in every locale: Django has no catalog for kk-latn or ku (they fell back to Kazakh
Cyrillic), writes ug in Arabic and uz in Latin script only, and Wagtail has none for kk, uz, tt or ku."""

import re
from pathlib import Path

import django
from django.test import Client
from django.urls import reverse
from django.utils import translation

import wagtail
from wagtail.models import PageViewRestriction

import polib
import pytest

import languages
from languages import catalogs, django_messages
from tests import factories

CODES = [language.code for language in languages.LANGUAGES]
PLURAL_IDS = [singular for singular, _plural in django_messages.PLURALS]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%s")


def upstream_msgids() -> set[str]:
    """Every msgid of Django's and Wagtail's own (Russian) catalogs."""
    found = set()
    for package in (django, wagtail):
        for path in Path(package.__file__).parent.glob("**/locale/ru/LC_MESSAGES/django.po"):
            found.update(entry.msgid for entry in polib.pofile(str(path)))
    return found


def test_every_listed_message_is_djangos_or_wagtails_exactly():
    upstream = upstream_msgids()
    assert [msgid for msgid in django_messages.MSGIDS + PLURAL_IDS if msgid not in upstream] == []


@pytest.mark.parametrize("code", CODES)
def test_every_listed_message_is_translated_in_every_catalog(code):
    catalog = {entry.msgid: entry for entry in polib.pofile(str(catalogs.catalog_path(code))) if not entry.obsolete}
    missing = []
    for msgid in django_messages.MSGIDS + PLURAL_IDS:
        entry = catalog.get(msgid)
        texts = (list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]) if entry else []
        if not texts or not all(texts) or "fuzzy" in entry.flags:
            missing.append(msgid)
    assert missing == []


def script_problem(code: str, text: str) -> str | None:
    """What is wrong with `text`'s letters on a `code` page (None: the page's script only)."""
    letters = PLACEHOLDER.sub("", text)
    script = languages.BY_CODE[code].script
    if script == "Latn" and CYRILLIC.search(letters):
        return "Cyrillic on a Latin-script page"
    if script == "Cyrl" and LATIN.search(letters.replace("KB", "").replace("MB", "").replace("GB", "")):
        return "Latin letters on a Cyrillic page"
    if script == "Cyrl" and ARABIC.search(letters):
        return "Arabic script on a Cyrillic page"
    if script == "Arab" and (CYRILLIC.search(letters) or LATIN.search(letters)):
        return "Cyrillic or Latin letters on an Arabic-script page"
    return None


@pytest.mark.parametrize("code", CODES)
def test_django_shows_our_translation_in_the_pages_script(code):
    """Our catalog wins over Django's and Wagtail's (LOCALE_PATHS), and every message is in the page's script."""
    problems = []
    with translation.override(code):
        for msgid in django_messages.MSGIDS:
            text = translation.gettext(msgid)
            if text == msgid and code not in ("de", "pl", "tr", "ko") and "%s" not in msgid:
                problems.append(f"English: {msgid!r}")
            elif problem := script_problem(code, text):
                problems.append(f"{problem}: {msgid!r} → {text!r}")
        for singular, plural in django_messages.PLURALS:
            for n in (1, 5):
                text = translation.ngettext(singular, plural, n)
                if problem := script_problem(code, text):
                    problems.append(f"{problem}: {singular!r} → {text!r}")
    assert problems == []


def test_kurmanji_and_kazakh_latin_are_their_own_not_the_default_languages():
    with translation.override("ku"):
        assert translation.gettext("This field is required.") == "Ev qad pêwîst e."
    with translation.override("kk-latn"):
        assert translation.gettext("This field is required.") == "Būl örıstı toltyru mındettı."
    with translation.override("ug"):  # Django's own Uyghur is in Arabic script
        assert translation.gettext("Enter a whole number.") == "Пүтүн сан киргүзүң."
    with translation.override("uz"):  # Django's own Uzbek is in Latin script
        assert translation.gettext("Enter a whole number.") == "Бутун сон киритинг."


# --- On the pages ------------------------------------------------------------------------------------------

KAZAKH_ONLY = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


def search_errors(content: str) -> str:
    match = re.search(r'(?s)<div class="corrections" role="alert">(.*?)</ul>', content)
    assert match, "no error box on the search page"
    return re.sub(r"<[^>]+>", " ", match.group(1))


def reader_text(content: str, code: str) -> str:
    """The page's text without what is in other scripts by design: the language picker's names."""
    content = re.sub(r"(?s)<(script|style|head)[^>]*>.*?</\1>", "", content)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("kk-latn", ["Kündı osylai jazyñyz", "Bet: Bütın san engızıñız."]),
        ("ku", ["Dîrokê wekî", "Rûpel: Hejmareke tam binivîse."]),
    ],
)
def test_the_search_pages_errors_read_in_the_pages_language_and_script(client, db, code, expected):
    for query, words in (
        ({"q": "Наурыз", "from": "31.31.2024"}, expected[0]),
        ({"q": "Наурыз", "page": "abc"}, expected[1]),
    ):
        response = client.get(f"/{code}/search/", query)
        assert response.status_code == 400
        errors = search_errors(response.content.decode())
        assert words in errors
        assert not CYRILLIC.search(errors), errors


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("kk-latn", ["Qūpiiasöz qajet", "Būl örıstı toltyru mındettı.", "Engızılgen qūpiiasöz dūrys emes."]),
        ("ku", ["Şîfre pêwîst e", "Ev qad pêwîst e.", "Şîfreya ku te nivîsî ne rast e."]),
    ],
)
def test_the_page_password_form_reads_in_the_pages_language_and_script(client, outlet, code, expected):
    story = factories.ArticlePageFactory(parent=outlet, title="Жабық мақала")
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="password", password="sesame")
    with translation.override(code):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk])
    assert url.startswith(f"/{code}/")
    empty = reader_text(client.post(url, {"password": "", "return_url": story.url}).content.decode(), code)
    wrong = reader_text(client.post(url, {"password": "guess", "return_url": story.url}).content.decode(), code)
    for text in (empty, wrong):
        assert expected[0] in text
        assert "Password" not in text and "password" not in text
        assert not CYRILLIC.search(text), text
        if code == "ku":
            assert not KAZAKH_ONLY.search(text), text
    assert expected[1] in empty
    assert expected[2] in wrong


@pytest.mark.parametrize(("code", "expected"), [("kk-latn", "Forma jıberılmedı"), ("ku", "Form nehat şandin")])
def test_a_form_sent_without_its_security_cookie_gets_a_reader_page_in_the_urls_language(outlet, code, expected):
    story = factories.ArticlePageFactory(parent=outlet, title="Жабық мақала")
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="password", password="sesame")
    with translation.override(code):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk])
    response = Client(enforce_csrf_checks=True).post(url, {"password": "sesame", "return_url": story.url})
    assert response.status_code == 403
    content = response.content.decode()
    assert expected in content and "CSRF" not in content
    assert f'lang="{code}"' in content
