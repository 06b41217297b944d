"""Every translatable string of the code has a translation in every catalog of locale/.

The strings are extracted the way README's "After strings change in the code" does it: Django's
makemessages (xgettext) over the project's Python and templates, leaving out .venv, tests, bench,
node_modules, static_collected and media. It runs on a scratch tree of links to the project, so locale/ is
never written. A string added to the code (or changed) without a pass of makemessages and translation fails
here, naming the string and the catalogs that lack it. Needs GNU gettext (xgettext, msguniq): .ci/run
installs it; without it the test is skipped locally and fails under CI.
"""

import contextlib
import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

import polib
import pytest

import languages
from languages import catalogs

CODES = [language.code for language in languages.LANGUAGES]

# Not the project's source: README's makemessages --ignore list, plus the repository's own folders and the
# development server's runtime files (var/: mail written to files).
NOT_SOURCE = {"locale", ".venv", "tests", "bench", "node_modules", "static_collected", "media", "var"}


# The files makemessages reads for the django domain.
EXTRACTED = {".py", ".html", ".txt"}


def _not_extracted(folder: str, names: list[str]) -> set[str]:
    return {
        name
        for name in names
        if name.startswith(".")
        or name == "__pycache__"
        or (Path(name).suffix not in EXTRACTED and not (Path(folder) / name).is_dir())
    }


def extract_strings(root: Path, scratch: Path) -> list[polib.POEntry]:
    """The translatable strings of the project in `root`, as makemessages extracts them."""
    if shutil.which("xgettext") is None or shutil.which("msguniq") is None:
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is missing: add `gettext` to .ci/run's packages")
        pytest.skip("GNU gettext (xgettext) is not installed")
    # A private copy of the files makemessages reads: it writes a preprocessed `<template>.py` beside each
    # template and deletes it afterwards, which in the real tree (symlinked, as before) raced with any other
    # process reading or extracting the same templates (CI once failed on `templates/503.html.py`).
    tree = scratch / "source"
    tree.mkdir()
    for entry in root.iterdir():
        if entry.name.startswith(".") or entry.name in NOT_SOURCE:
            continue
        if entry.is_dir():
            shutil.copytree(entry, tree / entry.name, ignore=_not_extracted)
        elif entry.suffix in EXTRACTED:
            shutil.copy2(entry, tree / entry.name)
    locale = tree / "locale"
    locale.mkdir()
    with override_settings(LOCALE_PATHS=[str(locale)]), contextlib.chdir(tree):
        call_command("makemessages", locale=["kk"], verbosity=0)
    return [entry for entry in polib.pofile(str(locale / "kk" / "LC_MESSAGES" / "django.po")) if entry.msgid]


def untranslated(strings: list[polib.POEntry], catalog_file: Path) -> list[str]:
    """The strings a catalog lacks, has empty or fuzzy, or has with another plural."""
    catalog = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(catalog_file)) if not entry.obsolete}
    problems = []
    for string in strings:
        entry = catalog.get((string.msgctxt, string.msgid))
        place = ", ".join(f"{path}:{line}" for path, line in string.occurrences[:2])
        if entry is None:
            problems.append(f"not in the catalog: {string.msgid!r} ({place})")
        elif "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {string.msgid!r} ({place})")
        elif (entry.msgid_plural or "") != (string.msgid_plural or ""):
            problems.append(f"plural changed: {string.msgid!r} ({place})")
        elif not all(entry.msgstr_plural.values()) if entry.msgid_plural else not entry.msgstr:
            problems.append(f"untranslated: {string.msgid!r} ({place})")
    return problems


@pytest.fixture(scope="module")
def project_strings(tmp_path_factory):
    return extract_strings(Path(settings.BASE_DIR), tmp_path_factory.mktemp("strings"))


def test_the_code_has_translatable_strings(project_strings):
    assert len(project_strings) > 400
    assert any(string.msgid == "Skip to content" for string in project_strings)  # a template's
    assert any(string.msgid == "club news topic" for string in project_strings)  # a model's


@pytest.mark.parametrize("code", CODES)
def test_every_string_of_the_code_is_translated_in_every_catalog(project_strings, code):
    problems = untranslated(project_strings, catalogs.catalog_path(code))
    assert problems == [], (
        f"{len(problems)} string(s) of the code lack a {code} translation; run README's "
        '"After strings change in the code" (makemessages, translate, fill_variants, compilemessages)'
    )


# --- The check itself, on a small project ----------------------------------------------------------------


def test_a_new_string_in_python_or_a_template_is_reported_until_translated(tmp_path):
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    (project / "templates").mkdir()
    (project / "tests").mkdir()
    (project / "app" / "views.py").write_text(
        "from django.utils.translation import gettext as _, pgettext\n\n"
        '_("Brand-new notice")\npgettext("menu", "Close")\n'
    )
    (project / "templates" / "page.html").write_text(
        "{% load i18n %}{% translate 'Share' %}"
        "{% blocktranslate count counter=n %}{{ counter }} story"
        "{% plural %}{{ counter }} stories{% endblocktranslate %}"
    )
    (project / "tests" / "test_app.py").write_text(  # tests are not the project's source
        'from django.utils.translation import gettext as _\n_("Test only")\n'
    )
    strings = extract_strings(project, tmp_path)
    assert sorted((string.msgctxt or "", string.msgid) for string in strings) == [
        ("", "%(counter)s story"),
        ("", "Brand-new notice"),
        ("", "Share"),
        ("menu", "Close"),
    ]

    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "kk"}
    catalog.extend(
        [
            polib.POEntry(msgid="Share", msgstr="Бөлісу"),
            polib.POEntry(msgid="Close", msgstr="Жабу"),  # no context: not the menu's "Close"
            polib.POEntry(msgid="Brand-new notice", msgstr="Жаңа хабарлама", flags=["fuzzy"]),
            polib.POEntry(msgid="%(counter)s story", msgid_plural="%(counter)s stories", msgstr_plural={0: "", 1: ""}),
        ]
    )
    catalog.save(str(tmp_path / "django.po"))
    assert sorted(untranslated(strings, tmp_path / "django.po")) == [
        "fuzzy: 'Brand-new notice' (app/views.py:3)",
        "not in the catalog: 'Close' (app/views.py:4)",
        "untranslated: '%(counter)s story' (templates/page.html:1)",
    ]
