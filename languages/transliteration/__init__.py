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

Names come before letters: the forms of the names table (languages/names) and of names registered by apps
(journalists' names per script) replace their base spellings before the letter rules run, in every
variant (see names.py): «Корё ильбо» → «Koryo Ilbo», «Щучинскіден» → «Şuchinskıden».

Codes are the locale codes of languages/__init__.py; ug-latn and ku-cyrl name the extra input scripts that search
accepts. Only words in the source script are converted: a Latin brand name in Cyrillic text, digits and
punctuation stay as they are (except Uyghur Arabic punctuation, which has its own signs). Search folding
(folding.py) also leaves alone URLs, e-mail addresses and Latin words that are not plausibly the
language's own Latin (iPhone, Google in Kazakh text).
"""

from collections.abc import Callable

import languages
from languages import names as names_table

from . import folding, kazakh, kurmanji, uyghur, uzbek
from .html import NodeConverter, convert_text_nodes
from .names import NameRules, build

__all__ = ["can_transliterate", "fold_to_canonical", "transliterate", "transliterate_html"]


def _whole_text(convert: Callable[[str], str]) -> NodeConverter:
    return lambda text, at_sentence_start: convert(text)


_LETTER_RULES: dict[tuple[str, str], NodeConverter] = {
    ("kk", "kk-latn"): _whole_text(kazakh.cyrillic_to_latin),
    ("kk-latn", "kk"): _whole_text(kazakh.latin_to_cyrillic),
    ("ug", "ug-arab"): _whole_text(uyghur.cyrillic_to_arabic),
    ("ug-arab", "ug"): uyghur.arabic_to_cyrillic,
    ("ug-latn", "ug"): _whole_text(uyghur.latin_to_cyrillic),
    ("uz", "uz-latn"): _whole_text(uzbek.cyrillic_to_latin),
    ("uz-latn", "uz"): _whole_text(uzbek.latin_to_cyrillic),
    ("ku-cyrl", "ku"): _whole_text(kurmanji.cyrillic_to_latin),
}
# Pairs between a base language and its script variant, whose names come from the names table.
_WITH_NAMES = {
    (source, target) for source, target in _LETTER_RULES if {source, target} & {v.code for v in languages.VARIANTS}
}
_rules_cache: dict[tuple[str, str], tuple[object, NameRules]] = {}


def _code(code: str) -> str:
    return code.strip().lower().replace("_", "-")


def can_transliterate(source: str, target: str) -> bool:
    """Whether `transliterate(…, source, target)` is supported (e.g. kk → kk-latn, not kk → ru)."""
    return (_code(source), _code(target)) in _LETTER_RULES


def _name_rules(source: str, target: str) -> NameRules:
    registered = names_table.registered()
    cached = _rules_cache.get((source, target))
    if cached is None or cached[0] is not registered:
        base, variant = (source, target) if languages.BY_CODE[target].is_variant else (target, source)
        to_variant = _LETTER_RULES[base, variant]
        cached = (registered, build(source, target, lambda text: to_variant(text, False)))
        _rules_cache[source, target] = cached
    return cached[1]


def _converter(source: str, target: str) -> NodeConverter:
    pair = (_code(source), _code(target))
    if pair not in _LETTER_RULES:
        raise ValueError(f"No transliteration from {source!r} to {target!r}")
    letters = _LETTER_RULES[pair]
    if pair not in _WITH_NAMES:
        return letters
    return lambda text, at_sentence_start: _name_rules(*pair).apply(text, at_sentence_start, letters)


def transliterate(text: str, source: str, target: str) -> str:
    """Plain text from the script of locale `source` into that of `target`; ValueError if unsupported."""
    return _converter(source, target)(text, True)


def transliterate_html(html: str, source: str, target: str) -> str:
    """Like `transliterate`, for an HTML fragment: only text nodes change; tags, attributes, entities,
    comments and the content of script, style and code elements are kept as they are."""
    return convert_text_nodes(html, _converter(source, target))


def fold_to_canonical(text: str, language: str) -> str:
    """`text` in the canonical script of `language`'s family (kk, ug, uz: Cyrillic; ku: Latin).

    Each word is converted according to its own script, so mixed input such as "Qazaqstan тарихы" folds
    to "Қазақстан тарихы"; words already in the canonical script, digits and punctuation are kept, and
    case is kept where the source script has it. URLs, e-mail addresses and Latin words that are not
    plausibly the language's own Latin are kept (folding.py). Languages without script variants return
    `text`. Folding uses the letter rules only, never the names table, so the index does not change when
    a name's spelling does.
    """
    return folding.fold(text, _code(language))
