"""Uzbek: Cyrillic (canonical here) ↔ the official Latin alphabet (1995, as amended).

The letters, the е/ye, ц/s/ts and ё ю я rules and the dictionary of exceptions (сентябрь → sentabr,
цирк → sirk, самолёт → samolyot, and back) come from `UzTransliterator` (Ulugbek Salaev, MIT). This
module works around what it does not do well enough for a publishing site:
- it rejoins its tokens with single spaces, which would eat newlines and double spaces, and it drops a
  one-letter word (у, ё); so it is given one word at a time, and a one-letter word with a hyphen after it;
- it reads ё ю я е after a hyphen as inside a word (ёр-ёр → yor-or); so each part of a hyphenated word
  is converted on its own (ёр-ёр → yor-yor, ёнма-ён → yonma-yon, эл-юрт → el-yurt);
- it writes o‘ g‘ with U+2018 and the tutuq belgisi (from ъ) with U+2019, which are punctuation and split
  words in a search index; the official signs are the modifier letters ʻ (U+02BB: Oʻzbekiston) and
  ʼ (U+02BC: maʼno), which are letters, so those are written instead;
- an all-capital word stays all capitals (ШАҲАР → SHAHAR, not ShAHAR);
- ы and щ, which are not Uzbek letters but occur in Kazakh and Russian spellings of names, are read as
  и and ш (Шымкент → Shimkent);
- "2021 йил", "10 март" become "2021-yil", "10-mart" as the Latin orthography writes dates, and back.
Latin input may use any apostrophe for ʻ and ʼ: after o or g it is read as ʻ (o‘, g‘), elsewhere as ʼ.
«Guillemets» are kept in both scripts.

Not reversible: ц after a consonant is s (цирк ↔ sirk comes back only because it is in the exceptions
list; other words such as "цех" come back as "сех"), ь is dropped (except where the exceptions list knows
the word), and Latin "e" at the start of a word always comes back as э.
"""

import re
from functools import cache

from UzTransliterator import UzTransliterator

from ._text import APOSTROPHES, CYRILLIC, LATIN, is_all_caps, word_script

WORD = re.compile(rf"[^\W\d_]+(?:[-{APOSTROPHES}][^\W\d_]+)*(?:(?<=[oOgG])[{APOSTROPHES}])?")

_NOT_UZBEK = str.maketrans({"ы": "и", "Ы": "И", "щ": "ш", "Щ": "Ш"})
_OFFICIAL_SIGNS = str.maketrans({"‘": "ʻ", "’": "ʼ"})
_LATIN_APOSTROPHE = re.compile(rf"([oOgG])?[{APOSTROPHES}]")

_SUFFIXES = r"(?:da|dan|ga|gacha|ning|ni|dagi|i)?"
_DATE_WORDS_LATIN = "yil|asr|yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr"
_DATE_WORDS_CYRILLIC = "йил|аср|январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр"
_DATE_IN_LATIN = re.compile(rf"(\d)[ \u00a0](?=(?:{_DATE_WORDS_LATIN}){_SUFFIXES}\b)", re.IGNORECASE)
_DATE_IN_CYRILLIC = re.compile(rf"(\d)-(?=(?:{_DATE_WORDS_CYRILLIC}))", re.IGNORECASE)


@cache
def _transliterator() -> UzTransliterator:
    return UzTransliterator()


def _library(word: str, from_: str, to: str) -> str:
    if len(word) == 1:
        return _transliterator().transliterate(word + "-", from_, to)[:-1]
    return _transliterator().transliterate(word, from_, to)


def _part_to_latin(part: str) -> str:
    latin = _library(part.translate(_NOT_UZBEK), "cyr", "lat").translate(_OFFICIAL_SIGNS)
    return latin.upper() if is_all_caps(part) else latin


def _part_to_cyrillic(part: str) -> str:
    # UzTransliterator reads ‘ after o/g as part of the letter and ’ as ъ.
    letters = _LATIN_APOSTROPHE.sub(lambda match: match.group(1) + "‘" if match.group(1) else "’", part)
    cyrillic = _library(letters, "lat", "cyr")
    return cyrillic.upper() if is_all_caps(part) else cyrillic


def cyrillic_word_to_latin(word: str) -> str:
    if word_script(word) != CYRILLIC:
        return word
    return "-".join(_part_to_latin(part) if part else part for part in word.split("-"))


def latin_word_to_cyrillic(word: str) -> str:
    if word_script(word) != LATIN:
        return word
    return "-".join(_part_to_cyrillic(part) if part else part for part in word.split("-"))


def cyrillic_to_latin(text: str) -> str:
    text = WORD.sub(lambda match: cyrillic_word_to_latin(match.group()), text)
    return _DATE_IN_LATIN.sub(r"\1-", text)


def latin_to_cyrillic(text: str) -> str:
    text = WORD.sub(lambda match: latin_word_to_cyrillic(match.group()), text)
    return _DATE_IN_CYRILLIC.sub(r"\1 ", text)
