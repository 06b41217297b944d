"""The names table: one spelling per place, outlet and name per language (languages/names/*.toml)."""

import pytest

import languages
from languages import names
from languages.transliteration._text import word_script

CONTENT_CODES = [language.code for language in languages.CONTENT_LANGUAGES]


@pytest.mark.parametrize("kind", ["region", "place", "outlet"])
def test_every_region_place_and_outlet_has_a_spelling_in_every_content_language(kind):
    missing = [(entry.key, code) for entry in names.of_kind(kind) for code in CONTENT_CODES if not entry.spelling(code)]
    assert missing == []


@pytest.mark.parametrize("kind", ["region", "place"])
def test_place_names_are_written_in_the_script_of_their_language(kind):
    wrong = []
    for entry in names.of_kind(kind):
        for language in languages.LANGUAGES:
            value = entry.spelling(language.code)
            if value and word_script(value) not in (language.script, None) and language.script != "Hang":
                wrong.append((entry.key, language.code, value))
    assert wrong == []


def test_script_variant_forms_given_in_the_table_are_in_the_variants_script():
    wrong = [
        (entry.key, variant.code, entry.variant_form(variant.code))
        for entry in names.table()
        for variant in languages.VARIANTS
        if entry.variant_form(variant.code) and word_script(entry.variant_form(variant.code)) != variant.script
    ]
    assert wrong == []


def test_places_lie_in_known_regions_and_regions_are_all_of_kazakhstan():
    codes = {entry.key for entry in names.of_kind("region")}
    assert len(codes) == 20 and all(code.startswith("KZ-") for code in codes)
    assert {entry.region for entry in names.of_kind("place") if entry.region} <= codes
    assert {entry.slug for entry in names.of_kind("region") if entry.is_city} == {"astana", "almaty", "shymkent"}


def test_avoided_spellings_are_not_the_chosen_ones():
    clashes = [
        (entry.key, code, value)
        for entry in names.table()
        for code, values in entry.avoid.items()
        for value in values
        if value == entry.spelling(code)
    ]
    assert clashes == []


@pytest.mark.parametrize(
    "kind,key,code,expected",
    [
        ("region", "KZ-79", "uz", "Чимкент"),
        ("region", "KZ-79", "tr", "Çimkent"),
        ("place", "kokshetau", "pl", "Kokczetaw"),
        ("place", "petropavl", "tt", "Петропавел"),
        ("place", "oral", "tt", "Орал"),
        ("place", "zharkent", "ug", "Җаркәнт"),
        ("region", "KZ-33", "ug", "Йәттису вилайити"),
        ("outlet", "koryo-ilbo", "kk", "Корё ильбо"),
        ("outlet", "koryo-ilbo", "de", "Koryo Ilbo"),  # the Latin form serves every Latin-script language
        ("outlet", "koryo-ilbo", "kk-latn", "Koryo Ilbo"),
        ("outlet", "ukrainski-novyny", "kk", "Українські новини"),  # the outlet's own name
        ("outlet", "ukrainski-novyny", "uz-latn", "Ukrainski Novyny"),
        ("place", "shchuchinsk", "kk-latn", "Şuchinsk"),
    ],
)
def test_one_spelling_per_language_from_the_table(kind, key, code, expected):
    assert names.spelling(kind, key, code) == expected


def test_variant_without_a_form_of_its_own_is_the_transliterated_base_spelling():
    assert names.get("outlet", "birlik-uni").variant_form("kk-latn") is None
    assert names.spelling("outlet", "birlik-uni", "kk-latn") == "Bırlık ünı"
    assert names.spelling("place", "taraz", "uz-latn") == "Taroz"


def test_cities_of_republican_significance_are_found_by_slug_like_other_cities():
    assert names.city("almaty").spelling("ug") == "Алмута"
    assert names.city("taraz").spelling("uz") == "Тароз"
    with pytest.raises(KeyError):
        names.city("atlantis")


def test_malformed_entries_are_refused_with_the_file_and_key(tmp_path):
    path = tmp_path / "places.toml"
    path.write_text('[[name]]\nkey = "x"\nkk = "Х"\nxx = "?"\n', encoding="utf-8")
    with pytest.raises(names.NamesError, match="places.toml.*xx"):
        names._load_file("place", path)
    path.write_text('[[name]]\nkey = "x"\n[[name]]\nkey = "x"\n', encoding="utf-8")
    with pytest.raises(names.NamesError, match="duplicate key 'x'"):
        names._load_file("place", path)
