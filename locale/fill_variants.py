"""Fill the script-variant catalogs (kk_Latn, ug_Arab, uz_Latn) from their base catalogs.

Run from the project root after translating the base catalogs, then proof-read the new strings:
    .venv/bin/python locale/fill_variants.py

Only empty (or fuzzy) msgstrs are written, so proof-read corrections already in a variant catalog stay.
Placeholders such as %(outlet)s are kept out of the transliteration. makemessages does not look into
folders named locale, so this script adds no msgids of its own.
"""

import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from languages.transliteration import transliterate  # noqa: E402

VARIANTS = {"kk_Latn": ("kk", "kk-latn"), "ug_Arab": ("ug", "ug-arab"), "uz_Latn": ("uz", "uz-latn")}
PLACEHOLDER = re.compile(r"(%\([a-z_]+\)[sd]|%[sd])")


def convert(text: str, source: str, target: str) -> str:
    parts = PLACEHOLDER.split(text)
    return "".join(part if PLACEHOLDER.fullmatch(part) else transliterate(part, source, target) for part in parts)


def fill(variant: str) -> int:
    source, target = VARIANTS[variant]
    base = {entry.msgid: entry for entry in polib.pofile(ROOT / "locale" / source / "LC_MESSAGES" / "django.po")}
    path = ROOT / "locale" / variant / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(path, wrapwidth=79)
    filled = 0
    for entry in catalog:
        origin = base.get(entry.msgid)
        if entry.obsolete or origin is None or "fuzzy" in origin.flags:
            continue
        is_empty = not entry.msgstr and not any(entry.msgstr_plural.values())
        if not (is_empty or "fuzzy" in entry.flags):
            continue
        if entry.msgid_plural and any(origin.msgstr_plural.values()):
            # Base and variant share a plural rule (same language), so the forms map one to one.
            entry.msgstr_plural = {n: convert(text, source, target) for n, text in origin.msgstr_plural.items()}
        elif origin.msgstr:
            entry.msgstr = convert(origin.msgstr, source, target)
        else:
            continue
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = None
        filled += 1
    catalog.save(path)
    return filled


if __name__ == "__main__":
    for name in VARIANTS:
        print(f"{name}: {fill(name)} strings transliterated")
