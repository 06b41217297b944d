"""The interface catalogs in locale/: complete, compiled, and consistent with each language's glossary."""

import polib
import pytest

import languages
from languages import catalogs

CODES = [language.code for language in languages.LANGUAGES]


@pytest.mark.parametrize("code", CODES)
def test_every_catalog_is_complete_without_fuzzy_entries_and_compiled(code):
    assert catalogs.catalog_problems(code) == []


@pytest.mark.parametrize("code", CODES)
def test_every_catalog_uses_its_languages_glossary(code):
    assert catalogs.glossary_violations(code) == []


@pytest.mark.parametrize("code", [language.code for language in languages.CONTENT_LANGUAGES])
def test_every_content_language_has_a_glossary_of_the_same_terms(code):
    english = [term.en for term in catalogs.glossary("kk")]
    assert [term.en for term in catalogs.glossary(code)] == english


# --- The checks themselves ----------------------------------------------------------------------------


@pytest.fixture
def kazakh_catalog(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path]
    folder = tmp_path / "kk" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (tmp_path / "kk" / "glossary.toml").write_text(
        '[[term]]\nen = "filter"\nuse = "сүзгі"\nstems = ["сүзгі"]\navoid = ["іріктеу"]\n', encoding="utf-8"
    )

    def write(entries: list[polib.POEntry]) -> None:
        catalog = polib.POFile()
        catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "kk"}
        catalog.extend(entries)
        catalog.save(str(folder / "django.po"))
        catalog.save_as_mofile(str(folder / "django.mo"))

    return write


def test_empty_fuzzy_and_misplaced_placeholder_entries_are_reported(kazakh_catalog):
    kazakh_catalog(
        [
            polib.POEntry(msgid="Search", msgstr=""),
            polib.POEntry(msgid="Filter", msgstr="Сүзгі", flags=["fuzzy"]),
            polib.POEntry(msgid="since %(year)s", msgstr="%(years)s жылдан бері"),
        ]
    )
    problems = catalogs.catalog_problems("kk")
    assert "untranslated: 'Search'" in problems
    assert "fuzzy: 'Filter'" in problems
    assert any(problem.startswith("placeholders differ: 'since %(year)s'") for problem in problems)


def test_a_catalog_changed_after_compiling_is_reported(kazakh_catalog, tmp_path):
    kazakh_catalog([polib.POEntry(msgid="Search", msgstr="Іздеу")])
    path = tmp_path / "kk" / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(str(path))
    catalog.find("Search").msgstr = "Іздестіру"
    catalog.save()
    assert catalogs.catalog_problems("kk") == ["django.mo out of date ('Search'): run compilemessages"]


def test_glossary_violations_name_the_term_and_the_entry(kazakh_catalog):
    kazakh_catalog(
        [
            polib.POEntry(msgid="Filter", msgstr="Іріктеу"),
            polib.POEntry(msgid="Remove a filter", msgstr="Сүзгіні алып тастау"),
        ]
    )
    assert catalogs.glossary_violations("kk") == [
        "'filter' is not «сүзгі» in 'Filter' → 'Іріктеу'",
        "«іріктеу» is avoided for 'filter': 'Filter' → 'Іріктеу'",
    ]


def test_a_site_path_in_the_english_is_not_a_glossary_term(kazakh_catalog, tmp_path):
    (tmp_path / "kk" / "glossary.toml").write_text(
        '[[term]]\nen = "topic"\nuse = "тақырып"\nstems = ["тақырып"]\n', encoding="utf-8"
    )
    kazakh_catalog(
        [
            polib.POEntry(msgid="A site path, e.g. /topics/.", msgstr="Сайттағы жол, мысалы /topics/."),
            polib.POEntry(msgid="Topics", msgstr="Бөлімдер"),
        ]
    )
    assert catalogs.glossary_violations("kk") == ["'topic' is not «тақырып» in 'Topics' → 'Бөлімдер'"]
