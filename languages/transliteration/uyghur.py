"""Uyghur: Cyrillic (canonical here) ↔ Arabic script (UEY), and Latin (ULY) → Cyrillic for search.

The letters are converted by `umsc` (ScriptConverter4Uyghur by neouyghur, Apache-2.0), which goes through a
common Turkic script and writes proper Uyghur Arabic: ئ before a word-initial vowel and between vowels
(ئۇيغۇر ئاۋازى, ئائىلە). This module adds what umsc leaves to its caller:
- only words of the expected script are handed to umsc (it would turn a Latin "COVID" into Arabic letters);
- letters that the Uyghur Cyrillic alphabet takes over from Russian for loans are first spelled with Uyghur
  ones (ц → тс, щ → ш, ы → и, э → е, ё → йо, ь dropped; Kazakh і → и, ұ → у in names) so that nothing
  Cyrillic is left in Arabic text; those words therefore do not round-trip (Федерация → Федератсия);
- ъ is the Cyrillic sign for a hamza after a consonant (җүръәт ↔ جۈرئەت); umsc marks every hamza with an
  apostrophe, which becomes ъ after a consonant and disappears between vowels (аилә, саәт), as Uyghur
  Cyrillic spells them;
- ж at the start of a native word is Arabic ي. Kazakhstan's Uyghur Cyrillic writes the initial yi- of
  the literary language as it is said here, жи-: жил "year" (يىل), жигит, жигирмә, жиғин, жиғ-, жиқ-,
  жирақ, жилан, жип… Every word that starts with жи is such a word except the loans in `_ZH_LOANS`
  (жираф, жилет …), which keep ژ as журнал (ژۇرنال), жүри and every other ж do; so are the native жү-
  words of `_NATIVE_ZHU` (жүк, жүклә-, жүгүр-, жүрәк, жүр-), while йүз "hundred" is written with й. Back from Arabic, an
  initial يى is жи. Names follow the names table (languages/names): Җаркәнт, not Жаркәнт, and explicit
  Arabic forms such as جامبۇل for Жамбул;
- comma, semicolon and question mark become the Arabic ، ؛ ؟ and back (not a comma between digits);
- case: Arabic script has none, so Arabic → Cyrillic capitalises the start of the text and of each
  sentence, and the names of the names table (and registered names) as the table writes them
  (دوستلۇق ئۆيىدە → Достлуқ өйидә), and Russian-style surnames (-ов, -ева, -ович … with or without a
  case ending: Турсунов, Сабировниң), and the first letter after «; other proper names inside a sentence
  (first names) stay lower case.
  ULY → Cyrillic keeps each word's case.
"""

import re
import unicodedata
from functools import cache

from umsc import UgMultiScriptConverter

from ._text import APOSTROPHES, ARABIC, CYRILLIC, LATIN, apply_case_of, convert_words, nfc, word_script

WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)*")

# Russian letters of loans, and Kazakh ones of Kazakh names, spelled with Uyghur letters.
_NOT_UYGHUR = str.maketrans({"ц": "тс", "щ": "ш", "ы": "и", "э": "е", "ё": "йо", "ь": "", "ъ": "'", "і": "и", "ұ": "у"})
# People type Uyghur Arabic on Persian or Arabic keyboards too; these are the same letters for Uyghur.
_ARABIC_VARIANTS = str.maketrans({"ی": "ي", "ک": "ك", "\u0640": ""})
_CYRILLIC_VOWELS = "аәеиоөуүюя"
# Loans that start with жи and keep ژ (see the module docstring); stems, so inflected forms follow.
_ZH_LOANS = ("жираф", "жилет", "жиклер", "жиголо", "жиро", "жиу", "житсу", "жизел")
_TO_ARABIC_PUNCTUATION = (
    (re.compile(r"(?<!\d),|,(?!\d)"), "،"),
    (re.compile(";"), "؛"),
    (re.compile(r"\?"), "؟"),
)
_TO_CYRILLIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?"})
# A surname of the Russian pattern, with or without a Uyghur case ending; the stem has at least five
# letters, so that native words such as совға (a gift) are not taken for one.
_SURNAME = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{3,}(?:ов|ев)(?:а|на|ич)?)"
    r"(?=(?:ниң|ни|ға|гә|қа|кә|да|дә|та|тә|дин|дин|тин|дики|тики|ниңки)?(?![^\W\d_]))"
)
# A name in guillemets («Уйғур авази», «Яш қәләм») starts with a capital, as nearly every quote does.
_QUOTED_NAME = re.compile(r"(?<=«)[^\W\d_]")
_SENTENCE_START = re.compile(r"(?:^|(?P<end>[.!?…])\s+)[«“\"(]*(?P<letter>[^\W\d_])")


@cache
def _converter() -> UgMultiScriptConverter:
    return UgMultiScriptConverter("UCS", "UAS")


def _hamza_to_cyrillic(word: str) -> str:
    out = []
    for index, char in enumerate(word):
        if char != "'":
            out.append(char)
        elif index and word[index - 1].isalpha() and word[index - 1].lower() not in _CYRILLIC_VOWELS:
            out.append("ъ")
    return "".join(out)


# Native words written жү- here (the literary yü-): жүк "load" and жүклә-, жүгүр- "run", жүрәк "heart",
# жүр- "walk" before a consonant or ү (жүрди, жүргән, жүрүш) — not the loan жүри "jury".
_NATIVE_ZHU = re.compile(r"жү(?:к|гүр|рәк|рү|р(?![аәеиоөуүя]))")


def _native_zh_to_y(lowered: str) -> str:
    if (lowered.startswith("жи") and not lowered.startswith(_ZH_LOANS)) or _NATIVE_ZHU.match(lowered):
        return "й" + lowered[1:]
    return lowered


def _initial_yi_to_zhi(cyrillic: str) -> str:
    if cyrillic.startswith("йи") or (cyrillic.startswith("йү") and _NATIVE_ZHU.match("ж" + cyrillic[1:])):
        return "ж" + cyrillic[1:]
    return cyrillic


def cyrillic_word_to_arabic(word: str) -> str:
    if word_script(word) != CYRILLIC:
        return word
    return _converter().UCS2UAS(_native_zh_to_y(word.lower().translate(_NOT_UYGHUR)))


def arabic_word_to_cyrillic(word: str) -> str:
    if word_script(word) != ARABIC:
        return word
    letters = unicodedata.normalize("NFKC", word).translate(_ARABIC_VARIANTS)
    return _initial_yi_to_zhi(_hamza_to_cyrillic(_converter().UAS2UCS(letters)))


def latin_word_to_cyrillic(word: str) -> str:
    """One word of Uyghur Latin (ULY: uyghur awazi, jür'et, n'gha) in Cyrillic, its case kept."""
    if word_script(word) != LATIN:
        return word
    letters = re.sub(f"[{APOSTROPHES}]", "'", nfc(word).lower().replace("ë", "é"))
    return apply_case_of(word, _initial_yi_to_zhi(_hamza_to_cyrillic(_converter().ULS2UCS(letters))))


def cyrillic_to_arabic(text: str) -> str:
    text = convert_words(WORD, text, cyrillic_word_to_arabic)
    for pattern, replacement in _TO_ARABIC_PUNCTUATION:
        text = pattern.sub(replacement, text)
    return text


def _capitalise_sentences(text: str, at_sentence_start: bool) -> str:
    def capitalise(match: re.Match[str]) -> str:
        letter = match.group("letter")
        if (match.group("end") is None and not at_sentence_start) or word_script(letter) != CYRILLIC:
            return match.group()
        return match.group()[:-1] + letter.upper()

    return _SENTENCE_START.sub(capitalise, text)


def arabic_to_cyrillic(text: str, at_sentence_start: bool = True) -> str:
    """Arabic-script text in Cyrillic; `at_sentence_start` says whether the text opens a sentence."""
    text = convert_words(WORD, text.translate(_TO_CYRILLIC_PUNCTUATION), arabic_word_to_cyrillic)
    text = _SURNAME.sub(lambda match: match.group(1)[:1].upper() + match.group(1)[1:], text)
    text = _QUOTED_NAME.sub(lambda match: match.group().upper(), text)
    return _capitalise_sentences(text, at_sentence_start)


def latin_to_cyrillic(text: str) -> str:
    return convert_words(WORD, text, latin_word_to_cyrillic)
