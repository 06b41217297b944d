"""Search folding: any script a reader types, in the canonical script of the language's family.

Words are converted by their own script, with the letter rules of the language modules. What is not the
language's own writing is kept as it is:
- URLs, e-mail addresses and domain names (www.koryo.kz, info@dostyq.kz);
- a Latin word that cannot be the language's Latin alphabet: letters it lacks (Facebook, Xinjiang in
  Kazakh), a capital inside a word (iPhone, YouTube), or spellings of English and other Western languages
  that no word of the language has (Google, Photoshop, YouTube: oo, ee, th, ph, ck, ou …);
- in text that has letters of another script too (a Cyrillic page, a Cyrillic or mixed query), a Latin
  word that carries none of the letters that only the language's Latin alphabet has (ä ğ ı ñ ö ş ū ü q
  in Kazakh, oʻ gʻ q ʼ in Uzbek, é ö ü q in Uyghur ULY): a Latin word in Cyrillic text is a brand or a
  foreign name. In all-Latin text (a script-variant page, a Latin query) such words are read as the
  language's Latin.
"""

import functools
import re
from collections.abc import Callable

import languages

from . import kazakh, kurmanji, uyghur, uzbek
from ._text import APOSTROPHES, ARABIC, CYRILLIC, LATIN, convert_words, nfc, script_of, word_script

# Per language: what a word is, and how a word of a non-canonical script is folded.
_FOLDERS: dict[str, tuple[re.Pattern[str], dict[str, Callable[[str], str]]]] = {
    "kk": (kazakh.LATIN_WORD, {LATIN: kazakh.latin_word_to_cyrillic}),
    "ug": (uyghur.WORD, {ARABIC: uyghur.arabic_word_to_cyrillic, LATIN: uyghur.latin_word_to_cyrillic}),
    "uz": (uzbek.WORD, {LATIN: uzbek.latin_word_to_cyrillic}),
    "ku": (kurmanji.WORD, {CYRILLIC: kurmanji.cyrillic_to_latin}),
}
_EXTRA_SCRIPTS = {"ug-latn": "ug", "ku-cyrl": "ku"}
_ARABIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?"})

# Addresses are kept whole: scheme or www URLs, e-mail addresses, and bare domain names.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
# Letter sequences of English and other Western spellings that none of these languages' Latin alphabets
# produce in their own words.
_WESTERN = re.compile(r"oo|ee|th|ph|ck|wh|ou|tion")
# The letters a language's Latin alphabet has (lower case), and those only it has among the scripts
# readers type in. c appears only in ch in all three.
_ALPHABET = {
    "kk": frozenset("aäbdefgğhiıjklmnñoöpqrsştuūüvyz") | {"c"},
    "uz": frozenset("abdefghijklmnopqrstuvxyz" + APOSTROPHES) | {"c"},
    "ug": frozenset("abdeéfghijklmnoöpqrstuüwxyz" + APOSTROPHES) | {"c", "ë"},
}
# Matched against the lower-cased word, without IGNORECASE: that would let i match ı.
_DISTINCTIVE = {
    "kk": re.compile("[äğıñöşūüq]"),
    "uz": re.compile(f"[og]?[{APOSTROPHES}]|q"),
    "ug": re.compile("[éëöüq]"),
}
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_C_WITHOUT_H = re.compile(r"c(?!h)")


def base_language(language: str) -> str:
    if language in _EXTRA_SCRIPTS:
        return _EXTRA_SCRIPTS[language]
    if language not in languages.BY_CODE:
        raise ValueError(f"Unknown language {language!r}")
    return languages.BY_CODE[language].variant_of or language


def plausible_latin(word: str, language: str, latin_text: bool) -> bool:
    """Whether a Latin `word` can be Kazakh, Uzbek or Uyghur Latin (see the module docstring)."""
    lowered = nfc(word).lower().replace("\u0307", "")  # İ lower-cases to i + combining dot
    if any(char not in _ALPHABET[language] for char in lowered) or _C_WITHOUT_H.search(lowered):
        return False
    if _CAMEL_CASE.search(word) or _WESTERN.search(lowered):
        return False
    return latin_text or bool(_DISTINCTIVE[language].search(lowered))


def _latin_only(text: str) -> bool:
    """Whether the letters of `text` are all Latin (a variant page, a Latin query), not mixed with others."""
    scripts = {script_of(char) for char in text if char.isalpha()} - {None}  # ʻ ʼ are letters of no script
    return scripts == {LATIN}


def fold(text: str, language: str) -> str:
    base = base_language(language)
    folder = _FOLDERS.get(base)
    if folder is None:
        return text
    pattern, by_script = folder
    text = nfc(text)
    latin_text = _latin_only(text)

    def fold_word(word: str) -> str:
        return _fold_word(word, base, latin_text)

    def fold_words(chunk: str) -> str:
        if ARABIC in by_script:
            chunk = chunk.translate(_ARABIC_PUNCTUATION)
        return convert_words(pattern, chunk, fold_word)

    out, position = [], 0
    for match in _ADDRESS.finditer(text):
        out += [fold_words(text[position : match.start()]), match.group()]
        position = match.end()
    out.append(fold_words(text[position:]))
    return "".join(out)


@functools.lru_cache(maxsize=200_000)  # words repeat: indexing an archive folds millions of them
def _fold_word(word: str, base: str, latin_text: bool) -> str:
    """One word in the canonical script of `base`: a pure function of its arguments (the letter rules
    only, never the names table), so it is memoised."""
    by_script = _FOLDERS[base][1]
    script = word_script(word)
    convert = by_script.get(script)
    if convert is None:
        return word
    if script == LATIN and base in _ALPHABET and not plausible_latin(word, base, latin_text):
        return word
    return convert(word)
