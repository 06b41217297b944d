"""The interface catalogs in locale/: the script-variant catalogs filled from their base catalogs.

kk_Latn, ug_Arab and uz_Latn are the transliteration of kk, ug and uz, proof-read. An entry written by
transliteration carries the translator comment "transliterated from <base>" and follows its base entry
every time the catalogs are filled; a proof-reader who corrects an entry deletes that comment, and the
entry is kept from then on. Empty and fuzzy entries are always filled. Placeholders (%(outlet)s, %s,
{name}), HTML tags and entities are kept out of the transliteration.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import to_locale

import polib

import languages
from languages import names
from languages.transliteration import transliterate
from languages.transliteration._text import turkic_lower

PLACEHOLDER = re.compile(r"(%\([A-Za-z_]+\)[sdif]|%[sdif]|\{[A-Za-z_0-9]*\}|<[^>]+>|&[a-z]+;)")


def locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def folder(code: str) -> str:
    """The catalog folder of a locale code: kk-latn → kk_Latn (Django's to_locale)."""
    return to_locale(code)


def catalog_path(code: str, domain: str = "django", admin: bool = False) -> Path:
    """A catalog of this project (`admin`: its additions to the admin catalogues, in locale/admin/)."""
    root = admin_dir() if admin else locale_dir()
    return root / folder(code) / "LC_MESSAGES" / f"{domain}.po"


def admin_dir() -> Path:
    return locale_dir() / "admin"


def convert(text: str, source: str, target: str) -> str:
    parts = PLACEHOLDER.split(text)
    return "".join(part if PLACEHOLDER.fullmatch(part) else transliterate(part, source, target) for part in parts)


@dataclass
class FillResult:
    variant: str
    filled: int
    waiting: int  # entries whose base entry is itself empty or fuzzy: translate the base first


def mark(base: str) -> str:
    return f"transliterated from {base}"


def fill_variant(variant: str, domain: str = "django", write: bool = True, everything: bool = False) -> FillResult:
    """Fill a variant's catalog from its base: empty, fuzzy and transliterated entries (every entry with
    `everything`, proof-read ones too)."""
    with names.static_only():  # interface strings name no journalists: no database needed
        return _fill(variant, domain, write, everything)


def _fill(variant: str, domain: str, write: bool, everything: bool) -> FillResult:
    base = languages.BY_CODE[variant].variant_of
    origin = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(catalog_path(base, domain)))}
    path = catalog_path(variant, domain)
    catalog = polib.pofile(str(path), wrapwidth=79)
    result = FillResult(variant, 0, 0)
    for entry in catalog:
        if entry.obsolete:
            continue
        is_empty = not entry.msgstr and not any(entry.msgstr_plural.values())
        if not (everything or is_empty or "fuzzy" in entry.flags or mark(base) in (entry.tcomment or "")):
            continue
        source = origin.get((entry.msgctxt, entry.msgid))
        if source is None or "fuzzy" in source.flags or not (source.msgstr or any(source.msgstr_plural.values())):
            result.waiting += 1
            continue
        before = (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags))
        if entry.msgid_plural:
            # Base and variant are one language, so they share the plural rule and the forms map one to one.
            entry.msgstr_plural = {n: convert(text, base, variant) for n, text in source.msgstr_plural.items()}
        else:
            entry.msgstr = convert(source.msgstr, base, variant)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        entry.tcomment = mark(base)
        if (entry.msgstr, dict(entry.msgstr_plural), list(entry.flags)) != before:
            result.filled += 1
    if write:
        catalog.save(str(path))
    return result


# --- Checks: complete catalogs, placeholders, the glossary ---------------------------------------------

_PYTHON_FORMAT = re.compile(r"%\([A-Za-z_]+\)[sdifr]|%[sdifr]")


def catalog_problems(code: str, domain: str = "django", admin: bool = False) -> list[str]:
    """Empty or fuzzy entries, placeholders that differ from the English, a .mo older than its .po."""
    path = catalog_path(code, domain, admin)
    catalog = polib.pofile(str(path))
    problems = []
    for entry in catalog:
        if entry.obsolete:
            continue
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif not all(translations):
            problems.append(f"untranslated: {entry.msgid!r}")
        expected = set(_PYTHON_FORMAT.findall(entry.msgid)) | set(_PYTHON_FORMAT.findall(entry.msgid_plural or ""))
        for text in translations:
            used = set(_PYTHON_FORMAT.findall(text))
            # A plural form may leave a number out ("one more page"); a plain entry keeps every placeholder.
            if text and (used - expected if entry.msgid_plural else used ^ expected):
                problems.append(f"placeholders differ: {entry.msgid!r} → {text!r}")
    compiled = path.with_suffix(".mo")
    if not compiled.exists():
        problems.append(f"{compiled.name} missing: run compilemessages")
    else:
        by_id = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(compiled))}
        for entry in catalog.translated_entries():
            found = by_id.get((entry.msgctxt, entry.msgid))
            if found is None or (found.msgstr, found.msgstr_plural) != (entry.msgstr, entry.msgstr_plural):
                problems.append(f"{compiled.name} out of date ({entry.msgid!r}): run compilemessages")
                break
    return problems


@dataclass(frozen=True)
class Term:
    en: str
    use: str
    stems: tuple[str, ...]
    avoid: tuple[str, ...]


def glossary(code: str) -> list[Term]:
    """The glossary of a locale: its own file, or its base language's stems transliterated for a variant
    (`avoid` lists words of the base script: a variant may need the very word, ئاپتور for аптор)."""
    language = languages.BY_CODE[code]
    base = language.variant_of or code
    with (locale_dir() / folder(base) / "glossary.toml").open("rb") as handle:
        terms = [
            Term(raw["en"], raw["use"], tuple(raw["stems"]), tuple(raw.get("avoid", ())))
            for raw in tomllib.load(handle)["term"]
        ]
    if not language.is_variant:
        return terms
    with names.static_only():
        return [
            Term(term.en, convert(term.use, base, code), tuple(convert(stem, base, code) for stem in term.stems), ())
            for term in terms
        ]


def _lower(text: str, code: str) -> str:
    # Turkish and Kazakh Latin pair I with ı and İ with i; casefold() would not find "ızde" in "Izdeu".
    return turkic_lower(text) if code in ("tr", "kk-latn") else text.casefold()


# A site path in the English (/topics/, /feed/) is an address, kept as it is in every language: not a term.
_SITE_PATH = re.compile(r"(?<![\w/])/[A-Za-z0-9_./-]*")


def glossary_violations(code: str, domain: str = "django") -> list[str]:
    """Entries that do not use the glossary's translation of a term they contain, or use an avoided one."""
    catalog = polib.pofile(str(catalog_path(code, domain)))
    violations = []
    for term in glossary(code):
        english = re.compile(rf"\b{re.escape(term.en)}(?:s|es)?\b", re.IGNORECASE)
        stems = [_lower(stem, code) for stem in term.stems]
        for entry in catalog.translated_entries():
            texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
            lowered = [_lower(text, code) for text in texts]
            if english.search(_SITE_PATH.sub("", _PYTHON_FORMAT.sub("", entry.msgid))) and not any(
                stem in text for stem in stems for text in lowered
            ):
                violations.append(f"{term.en!r} is not «{term.use}» in {entry.msgid!r} → {texts[0]!r}")
            for word in term.avoid:
                if any(_lower(word, code) in text for text in lowered):
                    violations.append(f"«{word}» is avoided for {term.en!r}: {entry.msgid!r} → {texts[0]!r}")
    return violations
