"""Script variants of real sentences and names: the names table before the letter rules, the Uyghur native-ж
rule, capitals that survive the Arabic script, Uzbek hyphenated words."""

import re

import pytest

from languages.transliteration import transliterate
from tests.factories import JournalistFactory


def round_trip(text: str, base: str, variant: str) -> str:
    return transliterate(transliterate(text, base, variant), variant, base)


# --- Kazakh Latin: established forms of outlets, places and names -----------------------------------


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("«Корё ильбо» газетінің тілшісі", "«Koryo Ilbo» gazetınıñ tılşısı"),
        ("Корё ильбоның редакциясы", "Koryo Ilbonyñ redaktsiiasy"),  # a suffix on the established form
        ("КОРЁ ИЛЬБО ГАЗЕТІ", "KORYO ILBO GAZETI"),
        ("«Українські новини» газетімен", "«Ukrainski Novyny» gazetımen"),
        ("«Ұйғыр авази» мен «Жанубий Қозоғистон»", "«Uyghur Avazi» men «Janubiy Qozogʻiston»"),
        ("«Достық – Дружба» журналы", "«Dostyq – Druzhba» jurnaly"),
        # an outlet that writes its name in Latin keeps it, also from a Cyrillic form the table avoids
        ("«Дойче Альгемайне Цайтунг» газеті", "«Deutsche Allgemeine Zeitung» gazetı"),
        ("«Deutsche Allgemeine Zeitung» газеті", "«Deutsche Allgemeine Zeitung» gazetı"),
        ("Алматыдағы Корей театры «Чхунхян туралы аңыз» қойылымын көрсетті", None),
    ],
)
def test_kazakh_latin_keeps_established_forms_of_names(cyrillic, latin):
    result = transliterate(cyrillic, "kk", "kk-latn")
    if latin is None:
        assert "«Chunhyang turaly añyz»" in result and "Chhun" not in result
    else:
        assert result == latin


def test_kazakh_latin_sentence_with_places_from_a_demo_translation():
    text = (
        "Одан кейін сахнада Көкшетаудан, Щучинскіден және Красный Ярдан келген фольклорлық ансамбльдер өнер көрсетті."
    )
    assert transliterate(text, "kk", "kk-latn") == (
        "Odan keiın sahnada Kökşetaudan, Şuchinskıden jäne Krasnyi İardan kelgen folklorlyq ansamblder öner körsettı."
    )


@pytest.mark.parametrize(
    "cyrillic,latin",
    [("Щучинск", "Şuchinsk"), ("Щучинскіден", "Şuchinskıden"), ("ащы", "aşşy"), ("тұщы", "tūşşy"), ("борщ", "borş")],
)
def test_kazakh_latin_shch_is_double_between_vowels_and_single_elsewhere(cyrillic, latin):
    assert transliterate(cyrillic, "kk", "kk-latn") == latin


def test_a_lower_case_common_word_that_looks_like_a_name_follows_the_letter_rules():
    assert transliterate("чхунхян", "kk", "kk-latn") == "chhunhian"


def test_kazakh_latin_established_forms_come_back_in_the_tables_cyrillic():
    assert round_trip("«Корё ильбо» газетінің тілшісі", "kk", "kk-latn") == "«Корё ильбо» газетінің тілшісі"
    assert transliterate("Koryo Ilbonyñ", "kk-latn", "kk") == "Корё ильбоның"


# --- Uzbek Latin: hyphenated words part by part ----------------------------------------------------


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Концерт дастурида «ёр-ёр», лапар ва ўлан каби халқ қўшиқлари янгради.", None),
        ("ёр-ёр", "yor-yor"),
        ("ёнма-ён", "yonma-yon"),
        ("эл-юрт", "el-yurt"),
        ("ЁР-ЁР", "YOR-YOR"),
        ("кийим-кечак", "kiyim-kechak"),
        ("«Корё ильбо» газетасига", "«Koryo Ilbo» gazetasiga"),
    ],
)
def test_uzbek_latin_converts_hyphenated_words_part_by_part(cyrillic, latin):
    result = transliterate(cyrillic, "uz", "uz-latn")
    if latin is None:
        assert result == "Konsert dasturida «yor-yor», lapar va oʻlan kabi xalq qoʻshiqlari yangradi."
    else:
        assert result == latin
    assert transliterate(result, "uz-latn", "uz") == cyrillic


# --- Uyghur Arabic script: native ж, names, capitals --------------------------------------------------


@pytest.mark.parametrize(
    "cyrillic,arabic",
    [
        ("1957-жилдин бери", "1957-يىلدىن بېرى"),
        ("жигит", "يىگىت"),
        ("жигирмә", "يىگىرمە"),
        ("Жиғилған", "يىغىلغان"),
        ("жиққан", "يىققان"),
        ("журнал", "ژۇرنال"),  # loans keep ژ
        ("журналист", "ژۇرنالىست"),
        ("жираф", "ژىراف"),
        ("жүри", "ژۈرى"),
        ("жүкләң", "يۈكلەڭ"),  # native жү- words: жүк, жүклә-, жүгүр-, жүрәк, жүр-
        ("жүгүрүштә", "يۈگۈرۈشتە"),
        ("жүрәк", "يۈرەك"),
        ("жүрди", "يۈردى"),
        ("йүз", "يۈز"),  # "hundred" is written with й here
    ],
)
def test_uyghur_native_zh_is_arabic_ye_and_loans_keep_zhe(cyrillic, arabic):
    assert transliterate(cyrillic, "ug", "ug-arab") == arabic
    assert transliterate(arabic, "ug-arab", "ug").lower() == cyrillic.lower()


def test_every_native_zhi_word_of_the_uyghur_demo_is_written_with_ye():
    from demo import loader

    texts = [outlet["description"].get("ug", "") for outlet in loader.outlets()]
    for article in loader.articles("ug"):
        texts += [article["title"], article["lead"], *article["body"]]
        texts += [(article.get("quote") or {}).get("text", "")] + (article.get("fact_box") or {}).get("items", [])
    text = " ".join(texts)
    words = [word for word in re.findall(r"[^\W\d_]+", text) if word.lower().startswith("жи")]
    assert words
    arabic = [transliterate(word, "ug", "ug-arab") for word in words]
    assert all(word.startswith("يى") for word in arabic), list(zip(words, arabic, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Алмутидики Достлуқ өйидә Норуз байрими кәң нишанланди",
        "Қазақстан уйғурлириниң гезити, 1957-жилдин бери Алмутида уйғур тилида чиқиду.",
        "Фестивални Қазақстан хәлқи Ассамблеяси уюштурди. Мухбиримиз Турсунов вә Сабированиң хәвири.",
        "Жамбул вилайитидики Җаркәнттә «Уйғур авази» гезитиниң оқурмәнлири жиғилди.",
    ],
)
def test_uyghur_round_trip_through_arabic_keeps_names_capitalised(text):
    assert round_trip(text, "ug", "ug-arab") == text


def test_uyghur_names_with_an_arabic_form_of_their_own_use_it():
    assert transliterate("Жамбул вилайити", "ug", "ug-arab") == "جامبۇل ۋىلايىتى"
    assert transliterate("Җаркәнт", "ug", "ug-arab") == "جاركەنت"


# --- Names kept in the database: journalists ----------------------------------------------------------


@pytest.mark.django_db
def test_journalists_latin_and_arabic_names_are_used_in_every_variant():
    JournalistFactory(
        name="Елена Ким", name_cyrillic="Елена Ким", name_latin="Yelena Kim", name_arabic="يېلېنا كىم", slug="elena-kim"
    )
    assert transliterate("Елена Кимнің мақаласы", "kk", "kk-latn") == "Yelena Kimnıñ maqalasy"
    assert transliterate("Елена Кимниң мақалиси", "ug", "ug-arab").startswith("يېلېنا كىم")
    assert transliterate("Елена Кимнинг мақоласи", "uz", "uz-latn") == "Yelena Kimning maqolasi"


@pytest.mark.django_db
def test_a_corrected_latin_name_is_used_at_once():
    journalist = JournalistFactory(name="Сергей Ли", name_cyrillic="Сергей Ли", name_latin="Sergei Li")
    assert transliterate("Сергей Ли", "kk", "kk-latn") == "Sergei Li"
    journalist.name_latin = "Sergey Lee"
    journalist.save()
    assert transliterate("Сергей Ли", "kk", "kk-latn") == "Sergey Lee"
    journalist.delete()
    assert transliterate("Сергей Ли", "kk", "kk-latn") == "Sergei Li"
