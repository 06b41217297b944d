"""Script conversion between the scripts of one language.

Two uses: the script-variant pages (kk-latn, ug-arab, uz-latn) are made from their base pages by
`transliterate_html`, and search folds whatever script a reader typed into the canonical one with
`fold_to_canonical`, at index time and at query time alike.

| pair                | how                                                   | module     |
|---------------------|-------------------------------------------------------|------------|
| kk ↔ kk-latn        | own table, the 2021 Latin alphabet                    | kazakh     |
| ug ↔ ug-arab        | umsc (Apache-2.0) plus hamza, punctuation, case rules | uyghur     |
| ug-latn → ug        | umsc, Uyghur Latin (ULY), for search                  | uyghur     |
| uz ↔ uz-latn        | UzTransliterator (MIT) plus apostrophes and case      | uzbek      |
| ku-cyrl → ku        | own table, Soviet Kurdish Cyrillic → Hawar, search    | kurmanji   |

Each module's docstring gives its conventions (Kazakh ё ц ч щ ъ ь э ю я, the official Uzbek ʻ ʼ, the
Kurdish simplifications) and the words that do not come back the same way.

Codes are the locale codes of languages/__init__.py; ug-latn and ku-cyrl name the extra input scripts that search
accepts. Only words in the source script are converted: a Latin brand name in Cyrillic text, digits and
punctuation stay as they are (except Uyghur Arabic punctuation, which has its own signs).
"""

from collections.abc import Callable

import languages

from . import kazakh, kurmanji, uyghur, uzbek
from ._text import ARABIC, CYRILLIC, LATIN, convert_words, nfc, word_script
from .html import NodeConverter, convert_text_nodes

__all__ = ["can_transliterate", "fold_to_canonical", "transliterate", "transliterate_html"]


def _whole_text(convert: Callable[[str], str]) -> NodeConverter:
    return lambda text, at_sentence_start: convert(text)


_CONVERTERS: dict[tuple[str, str], NodeConverter] = {
    ("kk", "kk-latn"): _whole_text(kazakh.cyrillic_to_latin),
    ("kk-latn", "kk"): _whole_text(kazakh.latin_to_cyrillic),
    ("ug", "ug-arab"): _whole_text(uyghur.cyrillic_to_arabic),
    ("ug-arab", "ug"): uyghur.arabic_to_cyrillic,
    ("ug-latn", "ug"): _whole_text(uyghur.latin_to_cyrillic),
    ("uz", "uz-latn"): _whole_text(uzbek.cyrillic_to_latin),
    ("uz-latn", "uz"): _whole_text(uzbek.latin_to_cyrillic),
    ("ku-cyrl", "ku"): _whole_text(kurmanji.cyrillic_to_latin),
}

# For search: per language, what a word is and how a word of a non-canonical script is folded.
_FOLDERS = {
    "kk": (kazakh.LATIN_WORD, {LATIN: kazakh.latin_word_to_cyrillic}),
    "ug": (uyghur.WORD, {ARABIC: uyghur.arabic_word_to_cyrillic, LATIN: uyghur.latin_word_to_cyrillic}),
    "uz": (uzbek.WORD, {LATIN: uzbek.latin_word_to_cyrillic}),
    "ku": (kurmanji.WORD, {CYRILLIC: kurmanji.cyrillic_to_latin}),
}
_EXTRA_SCRIPTS = {"ug-latn": "ug", "ku-cyrl": "ku"}
_ARABIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?"})


def _code(code: str) -> str:
    return code.strip().lower().replace("_", "-")


def can_transliterate(source: str, target: str) -> bool:
    """Whether `transliterate(…, source, target)` is supported (e.g. kk → kk-latn, not kk → ru)."""
    return (_code(source), _code(target)) in _CONVERTERS


def _converter(source: str, target: str) -> NodeConverter:
    try:
        return _CONVERTERS[_code(source), _code(target)]
    except KeyError:
        raise ValueError(f"No transliteration from {source!r} to {target!r}") from None


def transliterate(text: str, source: str, target: str) -> str:
    """Plain text from the script of locale `source` into that of `target`; ValueError if unsupported."""
    return _converter(source, target)(text, True)


def transliterate_html(html: str, source: str, target: str) -> str:
    """Like `transliterate`, for an HTML fragment: only text nodes change; tags, attributes, entities,
    comments and the content of script, style and code elements are kept as they are."""
    return convert_text_nodes(html, _converter(source, target))


def _base_language(language: str) -> str:
    code = _code(language)
    if code in _EXTRA_SCRIPTS:
        return _EXTRA_SCRIPTS[code]
    if code not in languages.BY_CODE:
        raise ValueError(f"Unknown language {language!r}")
    return languages.BY_CODE[code].variant_of or code


def fold_to_canonical(text: str, language: str) -> str:
    """`text` in the canonical script of `language`'s family (kk, ug, uz: Cyrillic; ku: Latin).

    Each word is converted according to its own script, so mixed input such as "Qazaqstan тарихы" folds
    to "Қазақстан тарихы"; words already in the canonical script, digits and punctuation are kept, and
    case is kept where the source script has it. Languages without script variants return `text`.
    """
    folder = _FOLDERS.get(_base_language(language))
    if folder is None:
        return text
    pattern, by_script = folder

    def fold_word(word: str) -> str:
        convert = by_script.get(word_script(word))
        return convert(word) if convert else word

    if ARABIC in by_script:
        text = text.translate(_ARABIC_PUNCTUATION)
    return convert_words(pattern, nfc(text), fold_word)
