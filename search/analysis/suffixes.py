"""Light inflection stripping for the agglutinative languages that have no maintained stemmer.

Kazakh, Uyghur, Uzbek and Tatar (in their canonical Cyrillic script, after script folding) and
Kurmanji (Latin) add case, number and possession suffixes to an unchanging root. No Snowball or
morphological dictionary exists for them, so the rule, applied identically to indexed text and to
queries, is:

1. fold the letters readers often type without (on a Russian keyboard, or a Latin one without ı):
   ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, і→и, һ→х, җ→ж, ў→у (KEYBOARD_FOLDS). Few word pairs differ only
   in these letters, and a reader typing "мерекеси" or "merekesi" means мерекесі;
2. strip the longest suffix (suffixes are folded the same way) while the remaining stem keeps at
   least MIN_STEM letters, at most MAX_PASSES times (plural, possessive, case:
   журналистерге → журналистер → журналис);
3. truncate what is left to PREFIX_LENGTH letters, so any remaining suffix chain past a long root
   falls away (журналист and журналистерге both give журнали).

The effect is a prefix match: a query word finds every word sharing its first PREFIX_LENGTH
letters after stripping. Precision suffers only for long words that differ after the seventh
letter, which the relevance suite in tests/search measures.
"""

MIN_STEM = 3
MAX_PASSES = 4
PREFIX_LENGTH = 7

SUFFIXES: dict[str, tuple[str, ...]] = {
    "kk": (
        # plural
        "лар",
        "лер",
        "дар",
        "дер",
        "тар",
        "тер",
        # genitive, dative, accusative, locative, ablative, instrumental
        "ның",
        "нің",
        "дың",
        "дің",
        "тың",
        "тің",
        "ға",
        "ге",
        "қа",
        "ке",
        "на",
        "не",
        "ды",
        "ді",
        "ты",
        "ті",
        "ны",
        "ні",
        "да",
        "де",
        "та",
        "те",
        "нда",
        "нде",
        "дағы",
        "дегі",
        "тағы",
        "тегі",
        "дан",
        "ден",
        "тан",
        "тен",
        "нан",
        "нен",
        "мен",
        "бен",
        "пен",
        # possessive
        "ым",
        "ім",
        "ың",
        "ің",
        "сы",
        "сі",
        "ымыз",
        "іміз",
        "ыңыз",
        "іңіз",
        "ы",
        "і",
    ),
    "ug": (
        "лар",
        "ләр",
        "ниң",
        "ни",
        "ға",
        "гә",
        "қа",
        "кә",
        "да",
        "дә",
        "та",
        "тә",
        "дики",
        "тики",
        "дин",
        "тин",
        "им",
        "им",
        "иң",
        "си",
        "имиз",
        "иңиз",
        "и",
    ),
    "uz": (
        "лар",
        "нинг",
        "ни",
        "га",
        "ка",
        "қа",
        "да",
        "даги",
        "дан",
        "им",
        "инг",
        "си",
        "имиз",
        "ингиз",
        "и",
    ),
    "tt": (
        "лар",
        "ләр",
        "нар",
        "нәр",
        "ның",
        "нең",
        "ны",
        "не",
        "га",
        "гә",
        "ка",
        "кә",
        "на",
        "нә",
        "да",
        "дә",
        "та",
        "тә",
        "нда",
        "ндә",
        "дагы",
        "дәге",
        "тагы",
        "тәге",
        "дан",
        "дән",
        "тан",
        "тән",
        "нан",
        "нән",
        "ым",
        "ем",
        "сы",
        "се",
        "ы",
        "е",
    ),
    "ku": (
        # oblique, ezafe and indefinite endings; -y- is the glide after a vowel
        "an",
        "ên",
        "ê",
        "î",
        "a",
        "ek",
        "ekê",
        "ekî",
        "yan",
        "yên",
        "yê",
        "ya",
        "yî",
    ),
}

_CYRILLIC_KEYBOARD = str.maketrans("әғқңөұүіһҗўҳ", "агкноууихжух")
KEYBOARD_FOLDS = {
    "kk": _CYRILLIC_KEYBOARD,
    "ug": _CYRILLIC_KEYBOARD,
    "uz": _CYRILLIC_KEYBOARD,
    "tt": _CYRILLIC_KEYBOARD,
}
_NO_FOLD = str.maketrans({})

_ORDERED = {
    language: sorted(
        {suffix.translate(KEYBOARD_FOLDS.get(language, _NO_FOLD)) for suffix in items}, key=len, reverse=True
    )
    for language, items in SUFFIXES.items()
}


def strip_suffixes(word: str, language: str) -> str:
    suffixes = _ORDERED[language]
    word = word.translate(KEYBOARD_FOLDS.get(language, _NO_FOLD))
    for _ in range(MAX_PASSES):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word[:PREFIX_LENGTH]
