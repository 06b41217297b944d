"""Demo texts spell every place and outlet the way the names table chooses for their language (issue 9):
a spelling the table lists under `avoid` for a language never appears in that language's demo text."""

import re
import tomllib
from pathlib import Path

import pytest

import languages
from languages import names

DATA = Path(__file__).resolve().parents[2] / "demo" / "data"


def _texts(value, code, found):
    """Every string in `value` with the locale it is written in: a table key that is a locale code
    (translations.kk, names.ru, description.ko…) switches the locale for what it holds."""
    if isinstance(value, dict):
        for key, item in value.items():
            _texts(item, key if key in languages.BY_CODE else code, found)
    elif isinstance(value, list):
        for item in value:
            _texts(item, code, found)
    elif isinstance(value, str) and code:
        found.append((code, value))
    return found


def _demo_texts():
    found = []
    for path in sorted(DATA.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        code = path.stem if path.parent.name == "articles" else None
        found.extend((path.relative_to(DATA), locale, text) for locale, text in _texts(data, code, []))
    return found


def _avoided():
    return [
        (entry.key, code, value, entry.spelling(code))
        for entry in names.table()
        for code, values in entry.avoid.items()
        for value in values
        # a suffix may follow the name («Шимкентда»), so match from a word start; an avoided spelling
        # that begins the chosen one would match it, and none does
        if not (entry.spelling(code) or "").startswith(value)
    ]


def test_the_demo_data_holds_texts_in_every_content_language():
    codes = {code for _, code, _ in _demo_texts()}
    assert {"kk", "ru", "ko", "de", "uk", "ug", "uz", "tt", "pl", "tr", "ku"} <= codes


@pytest.mark.parametrize("key,code,avoided,chosen", _avoided())
def test_no_demo_text_uses_a_spelling_the_names_table_avoids(key, code, avoided, chosen):
    pattern = re.compile(rf"(?<!\w){re.escape(avoided)}")
    uses = [f"{path}: …{text[:80]}…" for path, locale, text in _demo_texts() if locale == code and pattern.search(text)]
    assert uses == [], f"{avoided!r} in {code} texts; the names table spells {key!r} {chosen!r}"
