"""Search folding: any script a reader types, in the canonical script of the language, and nothing else."""

import pytest

from languages.transliteration import fold_to_canonical, transliterate


@pytest.mark.parametrize(
    "text,language,folded",
    [
        ("Qazaqstan тарихы", "kk", "Қазақстан тарихы"),
        ("QAZAQSTAN, Ūlytau!", "kk-latn", "ҚАЗАҚСТАН, Ұлытау!"),
        ("Uyghur awazi ئۇيغۇر گېزىتى", "ug", "Uyghur awazi уйғур гезити"),
        ("Uyghur Awazi", "ug-arab", "Уйғур Авази"),
        ("Oʻzbekiston газетаси", "uz", "Ўзбекистон газетаси"),
        ("Kurdistan к’и жь ԝана", "ku", "Kurdistan kî ji wana"),
        ("Uyghur awazi", "ug", "Уйғур авази"),
        ("Navroʻz bayrami", "uz", "Наврўз байрами"),  # ʻ is a letter of no script
        ("yil", "ug", "жил"),  # ULY yi- is жи- in Kazakhstan's Uyghur Cyrillic, as in the indexed text
    ],
)
def test_fold_converts_each_word_by_its_own_script(text, language, folded):
    assert fold_to_canonical(text, language) == folded


@pytest.mark.parametrize(
    "text,language",
    [
        ("Қазақстан тарихы, 2024 жыл", "kk"),
        ("Уйғур авази гезити", "ug"),
        ("Ўзбекистон газетаси", "uz"),
        ("Kurdistan û Nûbar", "ku"),
        ("Deutsche Allgemeine Zeitung", "de"),
        ("Українські новини", "uk"),
    ],
)
def test_fold_leaves_canonical_text_unchanged(text, language):
    assert fold_to_canonical(text, language) == text


@pytest.mark.parametrize(
    "text,language",
    [
        ("Жаңа iPhone 15 Алматыда сатылымға шықты", "kk"),
        ("Google компаниясы қазақ тілін қолдайды", "kk"),
        ("Мектеп оқушылары YouTube арнасын ашты", "kk"),
        ("Netflix, Telegram және Instagram желілері", "kk"),
        ("Photoshop дастурида ишлаш", "uz"),
        ("WhatsApp гуруҳи очилди", "uz"),
        ("Samsung вә Apple телефонлири", "ug"),
        ("Gezitni Google arqiliq izdeng", "ug-arab"),
    ],
)
def test_fold_leaves_latin_brand_names_in_text_alone(text, language):
    folded = fold_to_canonical(text, language)
    for brand in ("iPhone", "Google", "YouTube", "Netflix", "Instagram", "Photoshop", "WhatsApp", "Samsung", "Apple"):
        if brand in text:
            assert brand in folded


@pytest.mark.parametrize("query", ["iphone", "google", "youtube", "facebook", "photoshop", "netflix"])
def test_fold_leaves_a_lower_case_brand_query_alone(query):
    assert fold_to_canonical(query, "kk") == query


@pytest.mark.parametrize(
    "text,language,address",
    [
        ("Толығырақ: https://koryo.kz/news/2024?lang=kk сайтында", "kk", "https://koryo.kz/news/2024?lang=kk"),
        ("Хат жазыңыз: info@dostyq-druzhba.kz мекенжайына", "kk", "info@dostyq-druzhba.kz"),
        ("Batafsil: www.janubiy.uz saytida", "uz", "www.janubiy.uz"),
        ("Sayt: uyghur-awazi.kz", "ug", "uyghur-awazi.kz"),
        ("bizge jazyñyz: redaksiia@qazaq.kz", "kk-latn", "redaksiia@qazaq.kz"),
    ],
)
def test_fold_keeps_urls_email_addresses_and_domains_whole(text, language, address):
    assert address in fold_to_canonical(text, language)


def test_fold_reads_latin_text_as_the_languages_latin_but_not_a_brand_in_it():
    assert fold_to_canonical("Bala Google arqyly ızdedı", "kk") == "Бала Google арқылы іздеді"


def test_fold_of_kazakh_latin_words_in_cyrillic_text_needs_a_letter_only_kazakh_latin_has():
    assert fold_to_canonical("Жаңалықтар: Qazaqstan tarihy", "kk") == "Жаңалықтар: Қазақстан tarihy"


def test_fold_of_a_variant_page_and_of_a_latin_query_agree_for_non_reversible_words():
    page = transliterate("Станция мен экономика", "kk", "kk-latn")
    assert fold_to_canonical(page, "kk") == fold_to_canonical("Stantsiia men ekonomika", "kk")


def test_fold_rejects_unknown_language():
    with pytest.raises(ValueError):
        fold_to_canonical("Qazaqstan", "xx")
