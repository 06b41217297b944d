"""The network's languages, declared once.

Eleven content languages and three script variants derived from them by transliteration.
Settings, templates, the demo network, search and translation all read this table; nothing else
lists language codes.
"""

from dataclasses import dataclass

# The English names are msgids: reader pages show them translated into the reader's language and script
# (home/templatetags/press_tags.py, `language_name`); gettext_noop only marks them for makemessages.
from django.utils.translation import gettext_noop as N_

from . import inflection, stopwords


@dataclass(frozen=True)
class Analysis:
    """How reader search analyses text in a language, at index and at query time (search/analysis).

    casing: "turkic" (I/ı and İ/i are different letters), "casefold" (ß is ss), or "simple".
    fold_script: text in the variant scripts is folded to this language's own script first.
    same_letters: pairs of letters search treats as one ("ёе": readers rarely type ё).
    morphology: "snowball" (the `stemmer` algorithm), "lemmas" (every lemma pymorphy3's dictionary
        `stemmer` gives a word; words it does not know get the Snowball algorithm `unknown_words`),
        "morphemes" (Korean morpheme analysis), "suffixes" (strip `suffixes`, then a prefix), or "".
    keyboard_folds: pairs of letters readers type for the language's own on another keyboard
        ("ғг": ғ typed as г); words typed that way still match.
    stem_final: pairs of letters a stem ends with before a vowel suffix and on its own (мектебі,
        мектеп: "бп"), written after keyboard folds; a stripped stem's last letter is read as its pair.
    inner_keyboard_folds: keyboard folds applied after a word's first letter only: Tatar readers type
        э for ә (икмэк бэясе), but word-initial э is a letter of its own (эш, work; аш, food).
    vowel_changes: a stem's last vowel as it changes in inflection, and the base form's vowel, after
        keyboard folds: "+иа" (Uyghur raising, only when a suffix was stripped: мәктиви, мәктәп;
        Алмутида, Алмута), "êa" (Kurmanji oblique: bajêr, bajar). The changed stem is indexed and
        queried besides the stem itself.
    stop_words: function words (languages/stopwords.py) left out of indexed text and queries alike;
        compared after keyboard and diacritic folds, so "жане" is "және" and "ze" is "że".
    diacritic_folds: pairs of letters (in the canonical script, after script folding) that readers
        type without their diacritics on a plain Latin keyboard ("şs": şehir typed as sehir). Unlike
        keyboard folds these are alternatives: text is indexed under both spellings and a query word
        matches either, so an exact spelling ranks above a folded one (search/analysis).
    """

    casing: str = "simple"
    fold_script: bool = False
    same_letters: str = ""
    morphology: str = ""
    stemmer: str = ""
    suffixes: tuple[str, ...] = ()
    keyboard_folds: str = ""
    diacritic_folds: str = ""
    unknown_words: str = ""
    stem_final: str = ""
    stop_words: frozenset[str] = frozenset()
    vowel_changes: str = ""
    inner_keyboard_folds: str = ""


# Letters typed without their diacritics, per Latin alphabet. Kazakh and Uzbek are indexed in Cyrillic:
# their pairs are the Cyrillic letters whose Latin spelling loses a diacritic or apostrophe (ş→s is
# ш→с; oʻ→o is ў→о); the others (ä ğ ı ñ ö ū ü, gʻ) are keyboard folds already. German Snowball
# already reads ä/ae/a, ö/oe/o, ü/ue/u as one letter and casefolding ß as ss.
TURKISH_DIACRITICS = "ıi şs çc ğg öo üu âa îi ûu"
POLISH_DIACRITICS = "łl ąa ęe śs ćc ńn óo żz źz"
GERMAN_DIACRITICS = "äa öo üu"
KURMANJI_DIACRITICS = "êe îi ûu çc şs"
KAZAKH_LATIN_DIACRITICS = "шс"
UZBEK_LATIN_DIACRITICS = "ўо ғг"

# Letters of the Cyrillic Turkic alphabets and the Russian-keyboard letters readers type for them.
TURKIC_CYRILLIC_KEYBOARD = "әа ғг қк ңн өо ұу үу іи һх җж ўу ҳх"
# A stem's final consonant voiced before a vowel suffix (мектеп, мектебі; китап, китави in Uyghur),
# after keyboard folds (ғ and қ are г and к by then).
TURKIC_STEM_FINAL = "бп гк"


@dataclass(frozen=True)
class Language:
    code: str  # Wagtail locale / URL prefix
    name: str  # English name
    name_local: str  # the language's name for itself, in its own script
    script: str  # ISO 15924
    bidi: bool = False  # right to left
    variant_of: str | None = None  # base language for a transliterated script variant
    analysis: Analysis | None = None  # search analysis (a variant uses its base language's)

    @property
    def is_variant(self) -> bool:
        return self.variant_of is not None

    @property
    def direction(self) -> str:
        return "rtl" if self.bidi else "ltr"


def _suffixes(suffixes: tuple[str, ...], keyboard_folds: str = "", **options) -> Analysis:
    return Analysis(morphology="suffixes", suffixes=suffixes, keyboard_folds=keyboard_folds, **options)


LANGUAGES: tuple[Language, ...] = (
    Language(
        "kk",
        N_("Kazakh"),
        "Қазақша",
        "Cyrl",
        # Turkic casing for the 2021 Latin alphabet (і is written ı); harmless in Cyrillic text.
        analysis=_suffixes(
            inflection.KAZAKH,
            TURKIC_CYRILLIC_KEYBOARD,
            casing="turkic",
            fold_script=True,
            same_letters="ёе",
            diacritic_folds=KAZAKH_LATIN_DIACRITICS,
            stem_final=TURKIC_STEM_FINAL,
            stop_words=stopwords.KAZAKH,
        ),
    ),
    Language(
        "ru",
        N_("Russian"),
        "Русский",
        "Cyrl",
        # Lemmas rather than Snowball: bench/morphology_bench.py (README, "Morphology").
        analysis=Analysis(
            same_letters="ёе",
            morphology="lemmas",
            stemmer="ru",
            unknown_words="russian",
            stop_words=stopwords.RUSSIAN,
        ),
    ),
    Language("ko", N_("Korean"), "한국어", "Hang", analysis=Analysis(morphology="morphemes")),
    Language(
        "de",
        N_("German"),
        "Deutsch",
        "Latn",
        analysis=Analysis(
            casing="casefold",
            morphology="snowball",
            stemmer="german",
            diacritic_folds=GERMAN_DIACRITICS,
            stop_words=stopwords.GERMAN,
        ),
    ),
    Language(
        "ug",
        N_("Uyghur"),
        "Уйғурчә",
        "Cyrl",
        analysis=_suffixes(
            inflection.UYGHUR,
            TURKIC_CYRILLIC_KEYBOARD,
            fold_script=True,
            same_letters="ёе",
            stem_final=TURKIC_STEM_FINAL + " вп",
            stop_words=stopwords.UYGHUR,
            vowel_changes="+иа",
        ),
    ),
    Language(
        "uz",
        N_("Uzbek"),
        "Ўзбекча",
        "Cyrl",
        analysis=_suffixes(
            inflection.UZBEK,
            TURKIC_CYRILLIC_KEYBOARD,
            fold_script=True,
            same_letters="ёе",
            diacritic_folds=UZBEK_LATIN_DIACRITICS,
            stem_final=TURKIC_STEM_FINAL,
            stop_words=stopwords.UZBEK,
        ),
    ),
    Language(
        "uk",
        N_("Ukrainian"),
        "Українська",
        "Cyrl",
        analysis=Analysis(same_letters="ёе", morphology="lemmas", stemmer="uk", stop_words=stopwords.UKRAINIAN),
    ),
    Language(
        "pl",
        N_("Polish"),
        "Polski",
        "Latn",
        analysis=Analysis(
            morphology="snowball", stemmer="polish", diacritic_folds=POLISH_DIACRITICS, stop_words=stopwords.POLISH
        ),
    ),
    Language(
        "tr",
        N_("Turkish (Ahiska)"),
        "Türkçe",
        "Latn",
        analysis=Analysis(
            casing="turkic",
            morphology="snowball",
            stemmer="turkish",
            diacritic_folds=TURKISH_DIACRITICS,
            stop_words=stopwords.TURKISH,
        ),
    ),
    # Kurmanji is printed in both scripts in Kazakhstan; the demo and the canonical search form use Latin.
    Language(
        "ku",
        N_("Kurdish (Kurmanji)"),
        "Kurmancî",
        "Latn",
        analysis=_suffixes(
            inflection.KURMANJI,
            fold_script=True,
            diacritic_folds=KURMANJI_DIACRITICS,
            stop_words=stopwords.KURMANJI,
            vowel_changes="êa",
        ),
    ),
    Language(
        "tt",
        N_("Tatar"),
        "Татарча",
        "Cyrl",
        analysis=_suffixes(
            inflection.TATAR,
            TURKIC_CYRILLIC_KEYBOARD,
            casing="turkic",
            same_letters="ёе",
            stem_final=TURKIC_STEM_FINAL,
            stop_words=stopwords.TATAR,
            inner_keyboard_folds="эа",
        ),
    ),
    Language("kk-latn", N_("Kazakh (Latin)"), "Qazaqşa", "Latn", variant_of="kk"),
    Language("ug-arab", N_("Uyghur (Arabic script)"), "ئۇيغۇرچە", "Arab", bidi=True, variant_of="ug"),
    Language("uz-latn", N_("Uzbek (Latin)"), "Oʻzbekcha", "Latn", variant_of="uz"),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
# The admin speaks the languages that have a complete admin catalogue: Wagtail's, wagtail-localize's and
# Django's, completed by this project in locale/admin/. Uyghur's is in the Arabic script. Kazakh, Uzbek,
# Tatar and Kurmanji have none; their speakers choose one of these (README, "The admin's language").
ADMIN_LANGUAGES = ("ru", "uk", "ug-arab", "ko", "de", "pl", "tr")
DEFAULT_LANGUAGE = "kk"
CONTENT_LANGUAGES = [language for language in LANGUAGES if not language.is_variant]
VARIANTS = [language for language in LANGUAGES if language.is_variant]
# Form and model choices of a content language (script variants are made, never chosen).
CONTENT_CHOICES = [(language.code, language.name) for language in CONTENT_LANGUAGES]


def get(code: str) -> Language:
    return BY_CODE[code]


def analysis(code: str) -> Analysis:
    """The search analysis of a locale: its own, or its base language's for a script variant."""
    language = BY_CODE[code]
    base = BY_CODE[language.variant_of] if language.variant_of else language
    assert base.analysis is not None, f"{base.code} has no search analysis"
    return base.analysis


def family(code: str) -> list[str]:
    """A language and its script variants: the locales a reader of `code` can search together."""
    base = BY_CODE[code].variant_of or code
    return [language.code for language in LANGUAGES if language.code == base or language.variant_of == base]


def django_lang_info() -> dict[str, dict]:
    """Entries for django.conf.locale.LANG_INFO (Django lacks Kurmanji and names variants wrongly)."""
    return {
        language.code: {
            "bidi": language.bidi,
            "code": language.code,
            "name": language.name,
            "name_local": language.name_local,
        }
        for language in LANGUAGES
    }
