"""The interface catalogs in locale/: the script-variant catalogs filled from their base catalogs.

kk_Latn, ug_Arab and uz_Latn are the transliteration of kk, ug and uz, proof-read: filling writes only
entries that are empty or fuzzy in the variant, so a proof-reader's correction stays. Placeholders
(%(outlet)s, %s, {name}) and HTML tags are kept out of the transliteration.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import polib

import languages
from languages import names
from languages.transliteration import transliterate

PLACEHOLDER = re.compile(r"(%\([A-Za-z_]+\)[sdif]|%[sdif]|\{[A-Za-z_0-9]*\}|<[^>]+>|&[a-z]+;)")


def locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def folder(code: str) -> str:
    """The catalog folder of a locale code: kk-latn → kk_Latn (Django's to_locale)."""
    from django.utils.translation import to_locale

    return to_locale(code)


def catalog_path(code: str, domain: str = "django") -> Path:
    return locale_dir() / folder(code) / "LC_MESSAGES" / f"{domain}.po"


def convert(text: str, source: str, target: str) -> str:
    parts = PLACEHOLDER.split(text)
    return "".join(part if PLACEHOLDER.fullmatch(part) else transliterate(part, source, target) for part in parts)


@dataclass
class FillResult:
    variant: str
    filled: int
    waiting: int  # entries whose base entry is itself empty or fuzzy: translate the base first


def fill_variant(variant: str, domain: str = "django", write: bool = True) -> FillResult:
    """Fill the empty and fuzzy entries of a variant's catalog from its base catalog."""
    with names.static_only():  # interface strings name no journalists: no database needed
        return _fill(variant, domain, write)


def _fill(variant: str, domain: str, write: bool) -> FillResult:
    base = languages.BY_CODE[variant].variant_of
    origin = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(catalog_path(base, domain)))}
    path = catalog_path(variant, domain)
    catalog = polib.pofile(str(path), wrapwidth=79)
    result = FillResult(variant, 0, 0)
    for entry in catalog:
        if entry.obsolete:
            continue
        is_empty = not entry.msgstr and not any(entry.msgstr_plural.values())
        if not (is_empty or "fuzzy" in entry.flags):
            continue
        source = origin.get((entry.msgctxt, entry.msgid))
        if source is None or "fuzzy" in source.flags or not (source.msgstr or any(source.msgstr_plural.values())):
            result.waiting += 1
            continue
        if entry.msgid_plural:
            # Base and variant are one language, so they share the plural rule and the forms map one to one.
            entry.msgstr_plural = {n: convert(text, base, variant) for n, text in source.msgstr_plural.items()}
        else:
            entry.msgstr = convert(source.msgstr, base, variant)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        result.filled += 1
    if write and result.filled:
        catalog.save(str(path))
    return result
