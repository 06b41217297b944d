"""The admin in every admin language: no string left to English or to the site's default language."""

import datetime
import json
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

from wagtail.users.models import UserProfile

import polib
import pytest
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation

import languages
from languages import admin_catalogues, catalogs

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Markup, scripts, and the language menus (each language is named in its own script there).
NOT_TEXT = re.compile(r"<script.*?</script>|<style.*?</style>|<select.*?</select>|<[^>]+>", re.S)


@pytest.mark.parametrize("code", languages.ADMIN_LANGUAGES)
def test_every_admin_string_of_wagtail_wagtail_localize_and_django_is_translated(code):
    assert [gap.msgid for gap in admin_catalogues.gaps(code)] == []


@pytest.mark.parametrize(
    "code,domain",
    [
        (code, domain)
        for code in languages.ADMIN_LANGUAGES
        for domain in admin_catalogues.DOMAINS
        if catalogs.catalog_path(code, domain, admin=True).exists()
    ],
)
def test_this_projects_admin_translations_are_complete_and_compiled(code, domain):
    assert catalogs.catalog_problems(code, domain, admin=True) == []


@pytest.mark.parametrize("admin", [False, True])
def test_the_uyghur_admin_is_all_in_the_arabic_script(admin):
    catalog = polib.pofile(str(catalogs.catalog_path("ug-arab", admin=admin)))
    cyrillic = [entry.msgstr for entry in catalog if CYRILLIC.search(entry.msgstr)]
    assert cyrillic == []


def test_languages_without_an_admin_catalogue_are_not_offered(settings):
    offered = {code for code, _ in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    assert offered.isdisjoint({"kk", "uz", "tt", "ku", "ug", "kk-latn", "uz-latn"})
    assert set(languages.ADMIN_LANGUAGES) <= offered


@pytest.fixture
def editor_in(db, client):
    def log_in(code: str):
        user = get_user_model().objects.create_superuser("admin-" + code, password="x")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = code
        profile.save()
        client.force_login(user)
        return client

    return log_in


@pytest.mark.parametrize("url", ["/admin/images/", "/admin/account/", "/admin/reports/site-history/"])
def test_a_korean_admin_screen_has_no_english_or_kazakh_string(editor_in, url):
    html = editor_in("ko").get(url).content.decode()
    text = NOT_TEXT.sub(" ", html)
    assert not CYRILLIC.search(text), CYRILLIC.findall(text)[:20]
    for english in ("Search", "Filter", "Show filters", "Sort by", "Never", "Yes, revoke"):
        assert f">{english}<" not in html


def test_the_uyghur_admin_is_right_to_left_in_the_arabic_script(editor_in):
    html = editor_in("ug-arab").get("/admin/images/").content.decode()
    assert 'dir="rtl"' in html
    assert not CYRILLIC.search(NOT_TEXT.sub(" ", html))


def test_the_gaps_command_lists_and_adds_missing_admin_strings_for_a_translator(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path, tmp_path / "admin"]  # no translations of this project at all
    out = StringIO()
    call_command("admin_catalogue_gaps", "--add", "de", stdout=out)
    missing = int(out.getvalue().split(":")[1].split()[0])
    catalog = polib.pofile(str(tmp_path / "admin" / "de" / "LC_MESSAGES" / "django.po"))
    assert missing > 0 and len(catalog.untranslated_entries()) == missing
    assert catalog.find("Select a new language") is not None  # wagtail-localize leaves it untranslated


@pytest.mark.parametrize(
    ("code", "download", "upload"),
    [("ru", "Скачать PO-файл", "Загрузить PO-файл"), ("uk", "Завантажити PO-файл", "Надіслати PO-файл")],
)
def test_the_translation_editors_download_and_upload_buttons_read_differently(editor_in, code, download, upload):
    # wagtail-localize's own catalogs call both buttons "Загрузить"/"Завантажити"; the project's admin
    # catalogue (LOCALE_PATHS) tells them apart in the admin's JavaScript catalogue the editor reads.
    script = editor_in(code).get("/admin/jsi18n/").content.decode()  # its catalogue is JSON, non-ASCII escaped
    assert f'"Download PO file": {json.dumps(download)}' in script
    assert f'"Upload PO file": {json.dumps(upload)}' in script


@pytest.mark.parametrize(
    ("kind", "tool", "comment"),
    [
        (StringTranslation.TRANSLATION_TYPE_MANUAL, "", "Переведено вручную {date}"),
        (StringTranslation.TRANSLATION_TYPE_MACHINE, "", "Машинный перевод {date}"),
        (StringTranslation.TRANSLATION_TYPE_MANUAL, "DeepL", "Переведено с помощью DeepL {date}"),
    ],
)
def test_the_translation_editors_note_under_a_segment_reads_as_russian(kind, tool, comment):
    # wagtail-localize's Russian catalog writes "Переведено в ручную в {date}"; the project's admin catalogue
    # corrects the note the editor shows under each translated segment.
    segment = StringTranslation(translation_type=kind, tool_name=tool, updated_at=datetime.datetime(2026, 11, 30))
    with translation.override("ru"):
        assert segment.get_comment() == comment.format(date=segment.updated_at.strftime(DATE_FORMAT))
