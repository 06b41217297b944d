"""Names before letters: the forms of languages/names (and of registered database names) win over the
letter rules.

For a pair such as kk → kk-latn, every spelling of an entry in the source script maps to the entry's form
in the target (`latin = "Koryo Ilbo"`). A name is matched at the start of a word, case-insensitively but
only when it starts with a capital (a common noun that looks like a name stays common), and may carry a
suffix: «Корё ильбоның» → «Koryo Ilbonyñ». The suffix is converted by the letter rules as part of the
whole word (so vowel harmony and Arabic joining come out as they would without the table) and then put
after the table's form.

Arabic script has no capitals, so in the ug-arab → ug direction every Uyghur spelling of the table is
matched, through its Arabic form, and comes back capitalised as the table writes it: «دوستلۇق ئۆيىدە» →
«Достлуқ өйидә». A Uyghur stem ending in а or ә ends in и before a suffix (Алмута → Алмутида), so that
stem is matched too.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

import languages
from languages import names as names_table

from ._text import ARABIC, is_all_caps, script_of, word_script

_LETTERS = r"[^\W\d_]"
# Uyghur vowel reduction before a suffix: the final wide vowel of a stem becomes и.
_UYGHUR_REDUCED = {"а": "и", "ә": "и"}


@dataclass(frozen=True)
class _Rule:
    target: str
    needs_suffix: bool = False


class NameRules:
    """The table's forms for one direction; `apply` converts a text with them and the letter rules."""

    def __init__(self, rules: dict[str, _Rule], caseless_source: bool) -> None:
        self.rules = {source.casefold(): rule for source, rule in rules.items()}
        self.caseless_source = caseless_source
        alternatives = sorted(rules, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(part) for part in source.split()) for source in alternatives)
        self.pattern = (
            re.compile(rf"(?<!{_LETTERS})(?P<name>{body})(?P<suffix>{_LETTERS}*)", re.IGNORECASE) if body else None
        )

    def _replacement(self, match: re.Match[str], convert: Callable[[str, bool], str]) -> str | None:
        name, suffix = match.group("name"), match.group("suffix")
        rule = self.rules.get(" ".join(name.split()).casefold())
        if rule is None or (rule.needs_suffix and not suffix):
            return None
        if not self.caseless_source and not name[:1].isupper():
            return None
        target = rule.target.upper() if not self.caseless_source and is_all_caps(name) else rule.target
        if not suffix:
            return target
        whole, alone = convert(name + suffix, False), convert(name, False)
        return target + (whole[len(alone) :] if whole.startswith(alone) else convert(suffix, False))

    def apply(self, text: str, at_sentence_start: bool, convert: Callable[[str, bool], str]) -> str:
        """`text` converted: the table's names where they occur, `convert` (the letter rules) elsewhere."""
        if self.pattern is None:
            return convert(text, at_sentence_start)
        out: list[str] = []
        position = 0
        for match in self.pattern.finditer(text):
            replacement = self._replacement(match, convert)
            if replacement is None:
                continue
            if match.start() > position:
                out.append(convert(text[position : match.start()], at_sentence_start if not out else False))
            out.append(replacement)
            position = match.end()
        if position < len(text):
            out.append(convert(text[position:], at_sentence_start if not out else False))
        return "".join(out)


def _base_spellings(entry: names_table.Name, script: str, base: str) -> set[str]:
    """The entry's spellings in the base script, with those the base language avoids: a text that uses
    an avoided spelling still names the entry, and the variant writes the entry's form."""
    spellings = entry.all_spellings() | set(entry.avoid.get(base, ()))
    return {value for value in spellings if word_script(value) == script}


def _variant_form(entry: names_table.Name, variant: str, script: str) -> str | None:
    """The table's form for the variant; else the name as its owner writes it when that is in the variant's
    script already (a German outlet's own name in kk-latn, never a transliteration of a Cyrillic form)."""
    own = entry.spellings.get("own")
    return entry.variant_form(variant) or (own if own and word_script(own) == script else None)


def build(source: str, target: str, to_variant: Callable[[str], str]) -> NameRules:
    """The rules for converting locale `source` into `target` (one of them a script variant of the other).

    `to_variant` is the letter-rule conversion from the base language into the variant, used to find the
    Arabic form of a Cyrillic Uyghur spelling.
    """
    source_language, target_language = languages.BY_CODE[source], languages.BY_CODE[target]
    variant, base = (target, source) if target_language.is_variant else (source, target)
    rules: dict[str, _Rule] = {}
    for entry in names_table.everything():
        if variant == target:  # base → variant: every base-script spelling → the variant's form
            form = _variant_form(entry, variant, target_language.script)
            if form:
                for spelling in _base_spellings(entry, source_language.script, source):
                    rules.setdefault(spelling, _Rule(form))
            continue
        form = entry.variant_form(variant)
        spelling = entry.spelling(base)
        if not spelling or word_script(spelling) != target_language.script:
            continue
        if form:  # variant → base: the variant's form → the base spelling
            rules.setdefault(form, _Rule(spelling))
        elif source_language.script == ARABIC:  # no capitals in Arabic: recover the table's casing
            rules.setdefault(to_variant(spelling), _Rule(spelling))
            last = spelling[-1:]
            if last in _UYGHUR_REDUCED:
                reduced = spelling[:-1] + _UYGHUR_REDUCED[last]
                rules.setdefault(to_variant(reduced), _Rule(reduced, needs_suffix=True))
    return NameRules(
        {form: rule for form, rule in rules.items() if form and script_of(form[0]) is not None},
        caseless_source=source_language.script == ARABIC,
    )
