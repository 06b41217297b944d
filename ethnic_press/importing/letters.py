"""Is a text plainly in a language, by its letters alone? The import's language check asks this first.

Each of the network's alphabets has letters no other candidate language writes (Kazakh і ұ, Ukrainian ї є ґ,
Uzbek ў ҳ, Polish ł ą ę, Hangul), and letters it never writes (Russian has none of the Turkic letters,
Ukrainian no ы э). A text whose letters are almost all in one script, with enough of the declared language's
own letters and none of a neighbour's, is in that language whatever py3langid would say of its words, and the
model is not asked. Everything else (Latin Kazakh, Uzbek and Kurdish, Cyrillic Kurdish, German without
umlauts, mixed texts) goes to the model as before. The thresholds are far from the demo texts of every
language (tests/ethnic_press/test_language_check.py checks that the shortcut never changes a verdict).

A shortcut only ever lets a line pass: it cannot refuse one the model would accept.
"""

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    script: tuple[str, str]  # the alphabet's range of code points; SCRIPT_SHARE of the letters must be in it
    own: str  # letters of this language (lower case) …
    own_share: float  # … that make up at least this share of the letters
    never: str  # letters the language does not write: one of them and the model decides
    also: str = ""  # letters of which there must be at least one as well (an empty string: no condition)
    also_share: float = 0.0  # … and at least this share


SCRIPT_SHARE = 0.9
CYRILLIC = ("\u0400", "\u052f")
LATIN = ("a", "\u024f")
# Every Cyrillic letter of the network's alphabets that Russian does not have.
_NOT_RUSSIAN = "әғқңөұүһіїєґўҳҗԛԝӧ"
# Measured shares in the demo texts (lower case letters): Kazakh і ұ 3.8–7.7 %, its other letters 5.1–11.7 %;
# Russian ы э ъ ё ≥ 0.9 %; Ukrainian і ї є ґ ≥ 3.6 %; Uyghur қ ғ ≥ 3.2 %; Uzbek ў ҳ ≥ 0.8 %; Tatar ә ө ү җ ң һ
# ≥ 8 %, ы ≥ 1 %; Polish ą ę ł ś ź ż ć ń ≥ 3 %; Turkish ğ ı ≥ 4 % (Kurmanji writes neither, Latin Kazakh and
# Tatar write them with ä ñ ū): every threshold below is about half the smallest share, and several times the largest
# share of those letters in the other languages' texts.
RULES = {
    "ko": Rule(("\uac00", "\ud7a3"), "", 0.0, ""),
    "ru": Rule(CYRILLIC, "ыэъё", 0.004, _NOT_RUSSIAN),
    "uk": Rule(CYRILLIC, "іїєґ", 0.02, "ыэъёәғқңөұүһўҳҗԛԝӧ"),
    "kk": Rule(CYRILLIC, "іұ", 0.02, "їєґўҳҗԛԝӧ", also="әғқңөүһ", also_share=0.03),
    "uz": Rule(CYRILLIC, "ўҳ", 0.004, "әөүңіұїєґҗһԛԝӧы"),
    "tt": Rule(CYRILLIC, "әөүҗңһ", 0.04, "қғіұїєґўҳԛԝӧ", also="ы", also_share=0.01),
    "ug": Rule(CYRILLIC, "қғ", 0.016, "іұїєґўҳԛԝӧ", also="әөүҗңһ", also_share=0.02),
    "pl": Rule(LATIN, "ąęłśźżćń", 0.015, "äüßğışçêîûñūəqx"),
    "tr": Rule(LATIN, "ğı", 0.02, "äñūêîûəqwxąęłß"),
}
# A Cyrillic Uyghur text writes ы only in loans (py3langid, which knows Uyghur in the Arabic script only,
# takes it for Kazakh or Tatar when it writes more: language_check._uyghur_could_be decides those).
UYGHUR_Y_AT_MOST = 0.005


def plainly_in(letters: list[str], declared: str) -> bool:
    """Whether `letters` (a text's letters, in order) are plainly the declared language's (see the module)."""
    rule = RULES.get(declared)
    if rule is None or not letters:
        return False
    counts = Counter("".join(letters).lower())
    total = len(letters)
    low, high = rule.script
    if sum(count for letter, count in counts.items() if low <= letter <= high) < SCRIPT_SHARE * total:
        return False
    if any(letter in counts for letter in rule.never):
        return False
    if sum(counts[letter] for letter in rule.own) < rule.own_share * total:
        return False
    if rule.also and sum(counts[letter] for letter in rule.also) < max(rule.also_share * total, 1):
        return False
    if declared == "ug" and counts["ы"] > UYGHUR_Y_AT_MOST * total:
        return False
    return True
