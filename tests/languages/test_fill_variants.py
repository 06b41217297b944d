"""manage.py fill_variants: the script-variant catalogs follow their base catalogs, proof-reading kept."""

from io import StringIO

from django.core.management import call_command

import polib
import pytest

BASE = {
    "Search": "Іздеу",
    "Outlet %(name)s": "%(name)s басылымы",
    "Read <strong>more</strong>": "<strong>Толығырақ</strong> оқу",
    "Journal": "Журнал",
}


def write_catalog(path, entries, fuzzy=()):
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": path.parent.parent.name}
    for msgid, msgstr in entries.items():
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if msgid in fuzzy else []))
    catalog.save(str(path))


@pytest.fixture
def locale(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path]
    for code in ("kk", "ug", "uz"):
        write_catalog(tmp_path / code / "LC_MESSAGES" / "django.po", BASE if code == "kk" else {})
    write_catalog(tmp_path / "kk_Latn" / "LC_MESSAGES" / "django.po", dict.fromkeys(BASE, "") | {"Journal": "Jurnal!"})
    for code in ("ug_Arab", "uz_Latn"):
        write_catalog(tmp_path / code / "LC_MESSAGES" / "django.po", {})
    return tmp_path


def variant_entries(locale):
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(locale / "kk_Latn" / "LC_MESSAGES" / "django.po"))}


def test_fill_variants_transliterates_empty_entries_and_keeps_placeholders_and_tags(locale):
    out = StringIO()
    call_command("fill_variants", stdout=out)
    entries = variant_entries(locale)
    assert entries["Search"] == "Izdeu"
    assert entries["Outlet %(name)s"] == "%(name)s basylymy"
    assert entries["Read <strong>more</strong>"] == "<strong>Tolyğyraq</strong> oqu"
    assert "kk-latn (django): changed 3" in out.getvalue()


def test_fill_variants_keeps_a_proof_readers_correction(locale):
    call_command("fill_variants", stdout=StringIO())
    assert variant_entries(locale)["Journal"] == "Jurnal!"


def test_a_transliterated_entry_follows_its_base_and_a_corrected_one_stays(locale):
    call_command("fill_variants", stdout=StringIO())
    write_catalog(locale / "kk" / "LC_MESSAGES" / "django.po", BASE | {"Search": "Іздестіру", "Journal": "Хабаршы"})
    call_command("fill_variants", stdout=StringIO())
    catalog = polib.pofile(str(locale / "kk_Latn" / "LC_MESSAGES" / "django.po"))
    assert catalog.find("Search").msgstr == "Izdestıru"
    assert catalog.find("Search").tcomment == "transliterated from kk"
    assert catalog.find("Journal").msgstr == "Jurnal!"  # no mark: proof-read


def test_fill_variants_all_starts_over_from_the_base(locale):
    call_command("fill_variants", "--all", stdout=StringIO())
    assert variant_entries(locale)["Journal"] == "Jurnal"


def test_fill_variants_refills_a_fuzzy_entry_and_waits_for_an_untranslated_base(locale):
    write_catalog(locale / "kk" / "LC_MESSAGES" / "django.po", BASE | {"New": ""})
    write_catalog(locale / "kk_Latn" / "LC_MESSAGES" / "django.po", {"Search": "Old", "New": ""}, fuzzy=("Search",))
    out = StringIO()
    call_command("fill_variants", stdout=out)
    catalog = polib.pofile(str(locale / "kk_Latn" / "LC_MESSAGES" / "django.po"))
    assert catalog.find("Search").msgstr == "Izdeu" and "fuzzy" not in catalog.find("Search").flags
    assert catalog.find("New").msgstr == ""
    assert "1 wait for their kk translation" in out.getvalue()


def test_fill_variants_dry_run_writes_nothing(locale):
    out = StringIO()
    call_command("fill_variants", "--dry-run", stdout=out)
    assert "kk-latn (django): would change 3" in out.getvalue()
    assert variant_entries(locale)["Search"] == ""
