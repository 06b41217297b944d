"""Kazakh: Cyrillic ↔ the Latin alphabet presented in January 2021 (31 letters).

No maintained, light package implements the 2021 alphabet, so the table is owned here (it is the one in
DESIGN.md):

    а a   ә ä   б b   в v   г g   ғ ğ   д d   е e   ж j   з z   и i   й i   і ı   к k   қ q   л l
    м m   н n   ң ñ   о o   ө ö   п p   р r   с s   т t   у u   ұ ū   ү ü   ф f   х h   һ h   ш ş   ы y

Letters with no 2021 letter of their own. They occur only in Russian loans and names (plus щ in three
native words: ащы, тұщы, кеще). The 2021 reform writes such words with the sounds the Kazakh letters
already have, so each becomes the sequence of 2021 letters that spells its sound:

    ё → io   ю → iu   я → ia   (й + о/у/а, and й is i: аю → aiu, Ясауи → İasaui)
    ц → ts   (т + с: станция → stantsiia)
    щ → şş   between vowels, where it is the long sound of native words (ащы → aşşy, тұщы → tūşşy);
             ş elsewhere, as names write it (Щучинск → Şuchinsk, Щучинскіден → Şuchinskıden, борщ → borş)
    э → e    (экономика → ekonomika)
    ч → ch   (c is not a 2021 letter, so ch is unambiguous on the way back; чемпион → chempion)
    ъ, ь → dropped (they are not pronounced: объект → obekt, сентябрь → sentiabr)

Casing follows the Turkic pairs of the 2021 alphabet: і → ı whose capital is I, and и/й → i whose capital
is İ. So Іле → Ile, Ирак → İrak, ІЛЕ → ILE. A multi-letter output is title-cased in a capitalised word
(Чарын → Charyn) and all capitals in an all-capital one (ЧАРЫН → CHARYN).

Latin → Cyrillic is the best inverse; it is exact for native words without и/й/х/һ ambiguity and these do
not round-trip:
- х and һ both give h; h comes back as х (халық, хабар, тарих are far more frequent than шаһар, жиһаз).
- и and й both give i; i after a vowel comes back as й (айт, үйі, ойын, бойынша), otherwise as и. Names
  such as Раиса, Ясауи come back as Райса, Ясауй.
- ia / iu / io: after a vowel or as a second i they are я / ю / ё (аю, қоян, Азия ← Aziia); at the start of a
  word ia, iu are я, ю (Ясауи, Юсуп) and io is ио (Иордания); after a consonant iu is ю (бюджет), while
  ia and io are иа, ио (миллиард, радио). Вячеслав therefore comes back as Виачеслав.
- ц, щ, э, ъ, ь do not come back: станция → stantsiia → стантсия, ащы → ашшы, экономика → економика,
  объект → обект.
- Latin words with letters outside the 2021 alphabet (c without h, w, x, or any other accented letter) are
  taken as foreign (Facebook, COVID-19, Xinjiang) and kept as they are.
For search the loss is harmless: a kk page and its kk-latn variant are both indexed, and the kk-latn text
and a Latin query fold through this same function, so a Latin query for a word that does not round-trip
(stantsiia) folds exactly as the kk-latn variant of the story does, and a Cyrillic query matches the kk page.
"""

import re

from ._text import convert_words, is_all_caps, nfc, turkic_lower, turkic_upper

CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "ı",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ñ",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "ū",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "ş",
    "щ": "şş",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}

# The inverse for the letters that map one to one; i, h and ch are decided in latin_word_to_cyrillic.
LATIN_TO_CYRILLIC: dict[str, str] = {
    latin: cyrillic
    for cyrillic, latin in CYRILLIC_TO_LATIN.items()
    if len(latin) == 1 and latin not in ("i", "h") and cyrillic not in "эъь"
} | {"h": "х"}

# Letters of the other Cyrillic alphabets of the network (Ukrainian, Uzbek, Tatar, Uyghur) that turn up
# in Kazakh text in quoted names ("«Українські новини»"). One way only: Latin never maps back to them.
OTHER_CYRILLIC_TO_LATIN: dict[str, str] = {"ї": "i", "є": "ie", "ґ": "g", "ў": "u", "ҳ": "h", "җ": "j"}

LATIN_LETTERS = frozenset(LATIN_TO_CYRILLIC) | {"i", "c"}
LATIN_VOWELS = frozenset("aäeıioöuūüy")
_IOTATED = {"a": "я", "u": "ю", "o": "ё"}

CYRILLIC_WORD = re.compile(r"[^\W\d_]+")
LATIN_WORD = re.compile(r"[^\W\d_]+")


CYRILLIC_VOWELS = frozenset("аәеёиоөуұүыіэюя")


def _between_vowels(word: str, index: int) -> bool:
    before, after = word[index - 1 : index].lower(), word[index + 1 : index + 2].lower()
    return before in CYRILLIC_VOWELS and after in CYRILLIC_VOWELS


def _word_to_latin(word: str) -> str:
    all_caps = is_all_caps(word)
    out = []
    for index, char in enumerate(word):
        lower = char.lower()
        latin = CYRILLIC_TO_LATIN.get(lower, OTHER_CYRILLIC_TO_LATIN.get(lower))
        if lower == "щ" and not _between_vowels(word, index):
            latin = "ş"
        if latin is None:
            out.append(char)  # a Latin letter or a letter of another language: not ours to change
        elif char == lower or not latin:
            out.append(latin)
        elif all_caps:
            out.append(turkic_upper(latin))
        else:
            out.append(turkic_upper(latin[0]) + latin[1:])
    return "".join(out)


def cyrillic_to_latin(text: str) -> str:
    return convert_words(CYRILLIC_WORD, text, _word_to_latin)


def _is_foreign(lowered: str) -> bool:
    if any(char not in LATIN_LETTERS for char in lowered):
        return True
    return bool(re.search(r"c(?!h)", lowered))


def latin_word_to_cyrillic(word: str) -> str:
    lowered = turkic_lower(word)
    # Only words spelled entirely in the 2021 alphabet are Kazakh; NFC keeps ū, ñ… one letter each.
    if len(lowered) != len(word) or _is_foreign(lowered):
        return word
    upper = [char != low for char, low in zip(word, lowered, strict=True)]
    out: list[tuple[str, bool]] = []
    k = 0
    while k < len(lowered):
        char = lowered[k]
        prev = lowered[k - 1] if k else ""
        nxt = lowered[k + 1] if k + 1 < len(lowered) else ""
        step = 1
        if char == "c":  # always followed by h here, see _is_foreign
            cyrillic, step = "ч", 2
        elif char == "i" and nxt in _IOTATED:
            if prev in LATIN_VOWELS or (not prev and nxt != "o") or (prev and nxt == "u"):
                cyrillic, step = _IOTATED[nxt], 2
            else:
                cyrillic = "и"
        elif char == "i":
            cyrillic = "й" if prev in LATIN_VOWELS else "и"
        else:
            cyrillic = LATIN_TO_CYRILLIC[char]
        out.append((cyrillic, upper[k]))
        k += step
    return "".join(cyrillic.upper() if is_upper else cyrillic for cyrillic, is_upper in out)


def latin_to_cyrillic(text: str) -> str:
    return convert_words(LATIN_WORD, nfc(text), latin_word_to_cyrillic)
