"""Script conversion: the script-variant pages (kk-latn, ug-arab, uz-latn) and search folding."""

import pytest

from languages.transliteration import can_transliterate, fold_to_canonical, transliterate, transliterate_html

# --- Kazakh: Cyrillic ↔ 2021 Latin ------------------------------------------------------------------

# The table of DESIGN.md, letter by letter.
KAZAKH_2021 = (
    "а a, ә ä, б b, в v, г g, ғ ğ, д d, е e, ж j, з z, и i, й i, і ı, к k, қ q, л l, м m, н n, ң ñ, о o, "
    "ө ö, п p, р r, с s, т t, у u, ұ ū, ү ü, ф f, х h, һ h, ш ş, ы y"
)


@pytest.mark.parametrize("cyrillic,latin", [pair.split() for pair in KAZAKH_2021.split(", ")])
def test_kazakh_letter_follows_2021_alphabet(cyrillic, latin):
    assert transliterate(cyrillic, "kk", "kk-latn") == latin


def test_kazakh_sentence_in_2021_latin():
    text = "Бүгін Алматыда ұлттық баспасөз күні аталып өтті."
    assert transliterate(text, "kk", "kk-latn") == "Bügın Almatyda ūlttyq baspasöz künı atalyp öttı."


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Қазақстан", "Qazaqstan"),
        ("ҚАЗАҚ", "QAZAQ"),
        ("Шымкент", "Şymkent"),
        ("ШЫМКЕНТ", "ŞYMKENT"),
        ("Іле", "Ile"),  # і is dotless ı, whose capital is I
        ("ІЛЕ", "ILE"),
        ("Ирак", "İrak"),  # и is dotted i, whose capital is İ
        ("ИІ", "İI"),
        ("Ұлытау", "Ūlytau"),
        ("Чарын", "Charyn"),  # a two-letter output is title case in a capitalised word…
        ("ЧАРЫН", "CHARYN"),  # …and all capitals in an all-capital one
    ],
)
def test_kazakh_latin_casing_keeps_dotted_and_dotless_i_apart(cyrillic, latin):
    assert transliterate(cyrillic, "kk", "kk-latn") == latin
    assert transliterate(latin, "kk-latn", "kk") == cyrillic


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("ёлка", "iolka"),
        ("станция", "stantsiia"),
        ("чемпион", "chempion"),
        ("ащы", "aşşy"),
        ("объект", "obekt"),
        ("сентябрь", "sentiabr"),
        ("экономика", "ekonomika"),
        ("аю", "aiu"),
        ("Юсуп", "İusup"),
        ("Ассамблеясы", "Assambleiasy"),
    ],
)
def test_kazakh_letters_without_2021_letter_follow_documented_convention(cyrillic, latin):
    assert transliterate(cyrillic, "kk", "kk-latn") == latin


@pytest.mark.parametrize(
    "word",
    ["Қазақстан", "баспасөз", "ұлттық", "Өскемен", "Ақтөбе", "Түркістан", "жаңалық", "ғалым", "Астана", "тілі"]
    + ["мектеп", "ауыл", "Ертіс", "көрме", "Дала", "өнер", "шығармашылық", "ұстаз", "Іле", "ҚАЗАҚ"],
)
def test_kazakh_word_without_ambiguous_letters_round_trips(word):
    assert transliterate(transliterate(word, "kk", "kk-latn"), "kk-latn", "kk") == word


@pytest.mark.parametrize(
    "word",
    ["ойын", "бойынша", "үйі", "сайлау", "жиі", "тиіс", "Ирак", "қоян", "аю", "Азия", "миллиард", "радио"]
    + ["бюджет", "Ассамблеясының", "халық", "хабар", "тарих", "Чарын", "Юсуп"],
)
def test_kazakh_latin_inverse_recovers_i_y_and_iotated_letters_in_common_words(word):
    assert transliterate(transliterate(word, "kk", "kk-latn"), "kk-latn", "kk") == word


@pytest.mark.parametrize(
    "word,comes_back_as",
    [("шаһар", "шахар"), ("станция", "стантсия"), ("экономика", "економика"), ("Раиса", "Райса")],
)
def test_kazakh_documented_non_reversible_words_come_back_in_the_inverse_spelling(word, comes_back_as):
    assert transliterate(transliterate(word, "kk", "kk-latn"), "kk-latn", "kk") == comes_back_as


def test_kazakh_latin_foreign_words_and_digits_are_left_alone():
    text = "Facebook желісінде COVID-19 туралы 2021 жылғы хабар"
    latin = transliterate(text, "kk", "kk-latn")
    assert latin == "Facebook jelısınde COVID-19 turaly 2021 jylğy habar"
    assert transliterate(latin, "kk-latn", "kk") == text


def test_kazakh_latin_input_in_decomposed_form_is_read_as_letters():
    assert transliterate("u\u0304lttyq", "kk-latn", "kk") == "ұлттық"


# --- Uyghur: Cyrillic ↔ Arabic script, ULY Latin → Cyrillic ---------------------------------------


def test_uyghur_newspaper_name_converts_both_ways_exactly():
    assert transliterate("Уйғур авази", "ug", "ug-arab") == "ئۇيغۇر ئاۋازى"
    assert transliterate("ئۇيغۇر ئاۋازى", "ug-arab", "ug") == "Уйғур авази"


@pytest.mark.parametrize(
    "cyrillic,arabic",
    [("әдәбият", "ئەدەبىيات"), ("өй", "ئۆي"), ("аилә", "ئائىلە"), ("Алмута", "ئالمۇتا"), ("җүръәт", "جۈرئەت")],
)
def test_uyghur_arabic_writes_hamza_before_initial_and_second_vowels(cyrillic, arabic):
    assert transliterate(cyrillic, "ug", "ug-arab") == arabic


@pytest.mark.parametrize(
    "text",
    ["Мәдәнийәт", "Журналист", "Мәктәп", "Оқуғучи", "Нәшрият", "Җәмийәт", "Аилә", "Җүръәт", "Сүрәт"]
    + ["Гезит һәр һәптидә икки қетим чиқиду. Униң мухбирлири көп.", "Мәктәп вә аилә, мәдәнийәт вә җүръәт."],
)
def test_uyghur_cyrillic_to_arabic_and_back_is_exact_for_sentence_cased_text(text):
    assert transliterate(transliterate(text, "ug", "ug-arab"), "ug-arab", "ug") == text


def test_uyghur_arabic_punctuation_and_untouched_latin_and_numbers():
    arabic = transliterate("COVID-19 вә 3,5 пайиз, шундақму?", "ug", "ug-arab")
    assert arabic == "COVID-19 ۋە 3,5 پايىز، شۇنداقمۇ؟"
    assert transliterate(arabic, "ug-arab", "ug") == "COVID-19 вә 3,5 пайиз, шундақму?"


def test_uyghur_russian_and_kazakh_letters_leave_no_cyrillic_in_arabic_text():
    arabic = transliterate("Федерация, Ұлттық объект", "ug", "ug-arab")
    assert not any("\u0400" <= char <= "\u04ff" for char in arabic)


def test_uyghur_arabic_to_cyrillic_capitalises_sentence_starts_and_names_of_the_table_only():
    cyrillic = transliterate("ژۇرنالىست ئالمۇتىدا ئىشلەيدۇ. كىم؟ مەكتەپ", "ug-arab", "ug")
    assert cyrillic == "Журналист Алмутида ишләйду. Ким? Мәктәп"
    assert transliterate("ئۇ ژۇرنالىست", "ug-arab", "ug") == "У журналист"


@pytest.mark.parametrize(
    "latin,cyrillic",
    [("Uyghur awazi", "Уйғур авази"), ("jür'et", "җүръәт"), ("MEKTEP", "МӘКТӘП"), ("medeniyet", "мәдәнийәт")],
)
def test_uyghur_latin_uly_converts_to_cyrillic_keeping_case(latin, cyrillic):
    assert transliterate(latin, "ug-latn", "ug") == cyrillic


# --- Uzbek: Cyrillic ↔ Latin ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("сентябрь", "sentabr"),
        ("цирк", "sirk"),
        ("Ўзбекистон", "O\u02bbzbekiston"),  # ʻ MODIFIER LETTER TURNED COMMA, the official o‘ sign
        ("Жанубий Қозоғистон", "Janubiy Qozog\u02bbiston"),
        ("маъно", "ma\u02bcno"),  # ʼ MODIFIER LETTER APOSTROPHE, the tutuq belgisi
        ("газета", "gazeta"),
        ("журналист", "jurnalist"),
        ("маданият", "madaniyat"),
        ("Тошкент", "Toshkent"),
        ("ўқитувчи", "o\u02bbqituvchi"),
        ("Ғафур Ғулом", "G\u02bbafur G\u02bbulom"),
        ("қуёш", "quyosh"),
        ("поезд", "poyezd"),
        ("объект", "obyekt"),
        ("тоғ", "tog\u02bb"),
        ("ШАҲАР", "SHAHAR"),
    ],
)
def test_uzbek_cyrillic_and_latin_convert_both_ways(cyrillic, latin):
    assert transliterate(cyrillic, "uz", "uz-latn") == latin
    assert transliterate(latin, "uz-latn", "uz") == cyrillic


@pytest.mark.parametrize("spelling", ["O'zbekiston", "O`zbekiston", "O‘zbekiston", "O’zbekiston", "Oʻzbekiston"])
def test_uzbek_latin_accepts_every_apostrophe_people_type(spelling):
    assert transliterate(spelling, "uz-latn", "uz") == "Ўзбекистон"


def test_uzbek_kazakh_spelling_of_shymkent_is_read_as_uzbek():
    assert transliterate("Шымкент", "uz", "uz-latn") == "Shimkent"


def test_uzbek_keeps_whitespace_one_letter_words_and_guillemets():
    text = "«Жанубий Қозоғистон»  газетаси\nу ва ё"
    latin = transliterate(text, "uz", "uz-latn")
    assert latin == "«Janubiy Qozog\u02bbiston»  gazetasi\nu va yo"
    assert transliterate(latin, "uz-latn", "uz") == text


def test_uzbek_dates_take_the_latin_hyphen_and_lose_it_again():
    latin = transliterate("2021 йил 10 мартда, 3 мартаба", "uz", "uz-latn")
    assert latin == "2021-yil 10-martda, 3 martaba"
    assert transliterate(latin, "uz-latn", "uz") == "2021 йил 10 мартда, 3 мартаба"


# --- HTML --------------------------------------------------------------------------------------------


def test_html_converts_text_and_keeps_tags_and_links():
    html = '<p>Қазақ <a href="/kk/x/">тілі</a></p>'
    assert transliterate_html(html, "kk", "kk-latn") == '<p>Qazaq <a href="/kk/x/">tılı</a></p>'


def test_html_keeps_attributes_entities_comments_and_code_byte_for_byte():
    html = (
        "<P CLASS='lead' title=\"Қазақ тілі\">Іле&nbsp;өзені &amp; Шу<br>"
        '<img alt="Іле" src="/media/іле.jpg"/></P><!-- Қазақ --><code>шығыс</code>'
        "<script>const ш = '«Қазақ»';</script>"
    )
    assert transliterate_html(html, "kk", "kk-latn") == (
        "<P CLASS='lead' title=\"Қазақ тілі\">Ile&nbsp;özenı &amp; Şu<br>"
        '<img alt="Іле" src="/media/іле.jpg"/></P><!-- Қазақ --><code>шығыс</code>'
        "<script>const ш = '«Қазақ»';</script>"
    )


def test_html_plain_text_and_empty_fragment():
    assert transliterate_html("жаңа кітап", "kk", "kk-latn") == "jaña kıtap"
    assert transliterate_html("", "kk", "kk-latn") == ""


def test_html_uyghur_arabic_keeps_links_and_adds_arabic_comma():
    html = '<p>Уйғур авази, <a href="/ug/gezit/">гезит</a></p>'
    assert transliterate_html(html, "ug", "ug-arab") == '<p>ئۇيغۇر ئاۋازى، <a href="/ug/gezit/">گېزىت</a></p>'


def test_html_arabic_to_cyrillic_capitalises_per_sentence_across_nodes():
    html = "<p>ئۇيغۇر ئاۋازى <a href='/x/'>گېزىتى</a>. ئالمۇتا</p><p>مەدەنىيەت</p>"
    assert transliterate_html(html, "ug-arab", "ug") == (
        "<p>Уйғур авази <a href='/x/'>гезити</a>. Алмута</p><p>Мәдәнийәт</p>"
    )


def test_html_uzbek_text_nodes():
    html = '<h2 id="o-zbek">Ўзбекистон</h2><p>«Жанубий Қозоғистон» <em>газетаси</em></p>'
    assert transliterate_html(html, "uz", "uz-latn") == (
        '<h2 id="o-zbek">O\u02bbzbekiston</h2><p>«Janubiy Qozog\u02bbiston» <em>gazetasi</em></p>'
    )


# --- Kurmanji: Soviet Kurdish Cyrillic → Hawar Latin --------------------------------------------


def test_kurmanji_cyrillic_specimen_reads_as_hawar_latin():
    cyrillic = "Щарәке бәрф, баран у ба һәвр’а к’әтн һ’ӧщәте, чька к’и жь ԝана зорә."
    assert fold_to_canonical(cyrillic, "ku") == "Carekê berf, baran û ba hevra ketn hucetê, çika kî ji wana zore."


@pytest.mark.parametrize(
    "cyrillic,latin",
    [("Ә’мре", "Emrê"), ("Әз", "Ez"), ("Е зор", "Ê zor"), ("ԚӘ", "QE"), ("хԝә", "xwe"), ("г’әриб", "xerîb")],
)
def test_kurmanji_apostrophe_letters_and_capitals(cyrillic, latin):
    assert transliterate(cyrillic, "ku-cyrl", "ku") == latin


# --- Pairs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source,target",
    [("kk", "kk-latn"), ("kk-latn", "kk"), ("ug", "ug-arab"), ("ug-arab", "ug"), ("uz", "uz-latn")]
    + [("uz-latn", "uz"), ("ug-latn", "ug"), ("ku-cyrl", "ku")],
)
def test_supported_pairs(source, target):
    assert can_transliterate(source, target)


@pytest.mark.parametrize("source,target", [("kk", "ru"), ("kk-latn", "uz-latn"), ("ug", "ug-latn"), ("kk", "kk")])
def test_unsupported_pair_is_refused(source, target):
    assert not can_transliterate(source, target)
    with pytest.raises(ValueError):
        transliterate("Қазақ", source, target)
    with pytest.raises(ValueError):
        transliterate_html("<p>Қазақ</p>", source, target)


def test_kazakh_latin_converts_letters_of_other_cyrillic_alphabets_in_quoted_names():
    # i capitalises to İ in Kazakh Latin
    assert transliterate("Ґанна, Єва, Ўктам, Җәлил", "kk", "kk-latn") == "Ganna, İeva, Uktam, Jälil"
