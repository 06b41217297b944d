"""Character-level normalisation shared by every analyser: Unicode forms, casing, folds, tokens."""

import re
import unicodedata

# Turkic alphabets in Latin script give I/ı and İ/i their own letters; str.lower() maps I to i,
# which makes "ILIK" (ılık, lukewarm) match "iletişim". Kazakh is included for its 2021 Latin
# alphabet (і is written ı); in Cyrillic text the two letters never occur, so it is harmless there.
TURKIC_CASING = {"tr", "tt", "kk", "az"}

# Folds applied after casing: letters readers type interchangeably.
CYRILLIC_FOLDS = str.maketrans({"ё": "е"})
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})

# Control characters (NUL included) break backends' query parsers and mean nothing to a reader.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Words: runs of letters, marks and digits, with apostrophes allowed inside (Ukrainian м'ясо,
# Uzbek Latin o'zbek). Underscore and punctuation separate.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def normalise(text: str) -> str:
    """NFKC (full-width letters, Arabic presentation forms, ligatures) without control characters."""
    return unicodedata.normalize("NFKC", _CONTROL.sub(" ", text)).translate(APOSTROPHES)


def lower(text: str, language: str) -> str:
    if language in TURKIC_CASING:
        text = text.replace("I", "ı").replace("İ", "i")
        # NFKC keeps "i̇" (i + combining dot) produced by other tools' lower("İ"); fold it too.
        text = text.replace("i\u0307", "i")
        return text.lower()
    if language == "de":
        # casefold maps ß to ss, so "Straße" and "Strasse" meet.
        return text.casefold()
    return text.lower()


def words(text: str) -> list[str]:
    return _WORD.findall(text)
