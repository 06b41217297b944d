"""Helpers shared by the per-language converters: scripts, Turkic casing, word-by-word substitution."""

import functools
import re
import unicodedata
from collections.abc import Callable

CYRILLIC = "Cyrl"
LATIN = "Latn"
ARABIC = "Arab"

# Every quote-like mark that people type for an apostrophe inside a word: ASCII ', backtick, the
# typographic ‘ ’, and the modifier letters ʻ ʼ (the official Uzbek and Soviet Kurdish signs).
APOSTROPHES = "'`‘’ʻʼ"


@functools.lru_cache(maxsize=4096)  # one entry per distinct character
def script_of(char: str) -> str | None:
    """The script of one letter, by Unicode name (cheap and exact enough for three scripts)."""
    name = unicodedata.name(char, "")
    for prefix, script in (("CYRILLIC", CYRILLIC), ("LATIN", LATIN), ("ARABIC", ARABIC)):
        if name.startswith(prefix):
            return script
    return None


def word_script(word: str) -> str | None:
    """The script of a word: that of its first letter that has one."""
    for char in word:
        script = script_of(char)
        if script:
            return script
    return None


def turkic_upper(text: str) -> str:
    """Upper case with the Turkic dotted/dotless pair: i → İ, ı → I (Python's upper() maps i → I)."""
    return text.replace("i", "İ").upper()


def turkic_lower(text: str) -> str:
    """Lower case with the Turkic pair: I → ı, İ → i (Python's lower() maps I → i and İ → i̇)."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def is_all_caps(word: str) -> bool:
    """An all-capitals word of two or more cased letters (ҚАЗАҚ), as opposed to a capitalised one (Қазақ)."""
    cased = [char for char in word if char.isupper() or char.islower()]
    return len(cased) > 1 and all(char.isupper() for char in cased)


def apply_case_of(source: str, converted: str) -> str:
    """Give `converted` the capitalisation pattern of `source` (for converters that lower-case everything)."""
    if is_all_caps(source):
        return converted.upper()
    if source[:1].isupper():
        return converted[:1].upper() + converted[1:]
    return converted


def convert_words(pattern: re.Pattern[str], text: str, convert: Callable[[str], str]) -> str:
    """Replace every match of `pattern` (a word) by `convert(word)`; everything between stays as it is."""
    return pattern.sub(lambda match: convert(match.group()), text)


def nfc(text: str) -> str:
    """Compose letters first: Latin text often arrives decomposed (u + combining macron for ū)."""
    return unicodedata.normalize("NFC", text)
