"""The network's languages, declared once.

Eleven content languages and three script variants derived from them by transliteration.
Settings, templates, the demo network, search and translation all read this table; nothing else
lists language codes.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # Wagtail locale / URL prefix
    name: str  # English name
    name_local: str  # the language's name for itself, in its own script
    script: str  # ISO 15924
    bidi: bool = False  # right to left
    variant_of: str | None = None  # base language for a transliterated script variant
    analyser: str = ""  # search analysis, see search/analysis

    @property
    def is_variant(self) -> bool:
        return self.variant_of is not None

    @property
    def direction(self) -> str:
        return "rtl" if self.bidi else "ltr"


LANGUAGES: tuple[Language, ...] = (
    Language("kk", "Kazakh", "Қазақша", "Cyrl", analyser="kk"),
    Language("ru", "Russian", "Русский", "Cyrl", analyser="ru"),
    Language("ko", "Korean", "한국어", "Hang", analyser="ko"),
    Language("de", "German", "Deutsch", "Latn", analyser="de"),
    Language("ug", "Uyghur", "Уйғурчә", "Cyrl", analyser="ug"),
    Language("uz", "Uzbek", "Ўзбекча", "Cyrl", analyser="uz"),
    Language("uk", "Ukrainian", "Українська", "Cyrl", analyser="uk"),
    Language("pl", "Polish", "Polski", "Latn", analyser="pl"),
    Language("tr", "Turkish (Ahiska)", "Türkçe", "Latn", analyser="tr"),
    # Kurmanji is printed in both scripts in Kazakhstan; the demo and the canonical search form use Latin.
    Language("ku", "Kurdish (Kurmanji)", "Kurmancî", "Latn", analyser="ku"),
    Language("tt", "Tatar", "Татарча", "Cyrl", analyser="tt"),
    Language("kk-latn", "Kazakh (Latin)", "Qazaqşa", "Latn", variant_of="kk", analyser="kk"),
    Language("ug-arab", "Uyghur (Arabic script)", "ئۇيغۇرچە", "Arab", bidi=True, variant_of="ug", analyser="ug"),
    Language("uz-latn", "Uzbek (Latin)", "Oʻzbekcha", "Latn", variant_of="uz", analyser="uz"),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
DEFAULT_LANGUAGE = "kk"
CONTENT_LANGUAGES = [language for language in LANGUAGES if not language.is_variant]
VARIANTS = [language for language in LANGUAGES if language.is_variant]
# Form and model choices of a content language (script variants are made, never chosen).
CONTENT_CHOICES = [(language.code, language.name) for language in CONTENT_LANGUAGES]


def get(code: str) -> Language:
    return BY_CODE[code]


def family(code: str) -> list[str]:
    """A language and its script variants: the locales a reader of `code` can search together."""
    base = BY_CODE[code].variant_of or code
    return [language.code for language in LANGUAGES if language.code == base or language.variant_of == base]


def django_lang_info() -> dict[str, dict]:
    """Entries for django.conf.locale.LANG_INFO (Django lacks Kurmanji and names variants wrongly)."""
    return {
        language.code: {
            "bidi": language.bidi,
            "code": language.code,
            "name": language.name,
            "name_local": language.name_local,
        }
        for language in LANGUAGES
    }
