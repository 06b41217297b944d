"""Kurmanji: Soviet Kurdish Cyrillic → Latin (Hawar), the canonical script of `ku` in this project.

Kurdish newspapers of the Soviet Union and Kazakhstan (Riya Teze, Kurdistan) printed Kurmanji in the
Cyrillic alphabet of 1946: Аа Бб Вв Гг Г'г' Дд Ее Әә Жж Зз Ии Йй Кк К'к' Лл Мм Нн Оо Ӧӧ Пп П'п' Рр Р'р' Сс
Тт Т'т' Уу Фф Хх Һһ Һ'һ' Чч Ч'ч' Шш Щщ Ьь Ээ Ԛԛ Ԝԝ, the apostrophe marking aspiration (к' п' т' ч'), the
trilled р', the pharyngeal һ' and г', and the ayin before ә. No package converts it, so the table is owned
here, checked against the published alphabet and its specimen text ("Щарәке бәрф, баран у ба…" =
"Carekê berf, baran û ba…").

Hawar letters for the vowels: ә → e, е and э → ê, и → î, ь → i, у → û, ӧ → u, о → o; and щ → c, ч → ç,
ш → ş, ж → j, х → x, ԛ → q, ԝ → w, й → y.

Simplifications, because the target is the plain 31-letter Hawar alphabet that Kurmanji Latin texts and
search queries use:
- aspirated and plain stops are one letter in Hawar: к'/к → k, п'/п → p, т'/т → t, ч'/ч → ç;
- р' (trilled) → r, һ' → h and г' → x (Hawar's optional ḧ and ẍ are not used), ә' (ayin) → e;
- Russian letters in names: ё → yo, ю → yu, я → ya, ц → ts, ы → i, ъ dropped;
- the Soviet spelling often leaves out an unstressed i that Hawar writes (к'әтн for ketin): words are
  converted letter by letter, not respelled.
The conversion is one way: ku has one canonical script, and search folds Cyrillic queries into it.
"""

import re

from ._text import APOSTROPHES, CYRILLIC, convert_words, is_all_caps, word_script

CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "ê",
    "ә": "e",
    "ж": "j",
    "з": "z",
    "и": "î",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "ӧ": "u",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "û",
    "ф": "f",
    "х": "x",
    "һ": "h",
    "ч": "ç",
    "ш": "ş",
    "щ": "c",
    "ь": "i",
    "э": "ê",
    "ԛ": "q",
    "ԝ": "w",
    # Russian letters, met in names and loans
    "ё": "yo",
    "ю": "yu",
    "я": "ya",
    "ц": "ts",
    "ы": "i",
    "ъ": "",
}

# Letters with a modified form written letter + apostrophe; only г' has a different Hawar letter.
_MODIFIED = {"г": "x"}
_TAKES_APOSTROPHE = "гәкпртһч"

WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]*)*")


def _word_to_latin(word: str) -> str:
    if word_script(word) != CYRILLIC:
        return word
    out = []
    k = 0
    while k < len(word):
        char = word[k]
        lower = char.lower()
        modified = k + 1 < len(word) and word[k + 1] in APOSTROPHES and lower in _TAKES_APOSTROPHE
        latin = _MODIFIED.get(lower, CYRILLIC_TO_LATIN[lower]) if modified else CYRILLIC_TO_LATIN.get(lower)
        if latin is None:
            out.append(char)
        elif char != lower and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
        k += 2 if modified else 1
    latin_word = "".join(out)
    return latin_word.upper() if is_all_caps(word) else latin_word


def cyrillic_to_latin(text: str) -> str:
    return convert_words(WORD, text, _word_to_latin)
