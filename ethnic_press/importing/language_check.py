"""Is an import line's text in the language it declares? Offline identification with py3langid.

py3langid (BSD) ships its model inside the package: no network, about 0.2 ms per text. It is asked to
choose among the network's 11 languages and English only, so a Kazakh text is never "Kyrgyz".

What it cannot see is handled first:
- a text in another script of the declared language is also read in the script the model knows: Kazakh
  or Uzbek Latin and Uyghur Latin folded to Cyrillic, Kurmanji Cyrillic (recognised by ԛ ԝ ӧ and the
  aspirates к’ п’ т’ ч’) to Latin (languages.transliteration.fold_to_canonical);
- the model knows Uyghur in the Arabic script only, so it reads Kazakhstan's Cyrillic Uyghur as Tatar or
  Uzbek. A verdict of Kazakh, Uzbek or Tatar for a Cyrillic text stands only when the text has that
  language's letters rather than Uyghur's (і ұ ы for Kazakh, ў ҳ and no ә ө ү for Uzbek, ы and no қ ғ for
  Tatar); otherwise the text is Uyghur.

A verdict is "clearly another language" only when the text has at least MIN_LETTERS letters, the other
language has at least CONFIDENCE of the probability and the declared one almost none. Shorter texts are
not judged: a title alone is not evidence.

Most lines never reach the model: a text whose letters alone say it is in the declared language (letters.py:
Hangul for Korean, Kazakh's і ұ with its other letters and no other alphabet's, …) passes at once; the model
(about half a millisecond a line, and a second to load) is asked only about the rest.
"""

import html
import re
from dataclasses import dataclass
from functools import cache

from django.utils.html import strip_tags

from py3langid.langid import MODEL_FILE, LanguageIdentifier

import languages
from languages.transliteration import fold_to_canonical

from .body import plain_paragraphs
from .letters import plainly_in

MIN_LETTERS = 60
# The model reads a text byte by byte in Python (about 5 µs a byte); a long article is judged on its first
# characters, which decide as well as the whole (measured on the demo articles).
SAMPLE_CHARACTERS = 400
CONFIDENCE = 0.95
DECLARED_AT_MOST = 0.01
CANDIDATES = [language.code for language in languages.CONTENT_LANGUAGES] + ["en"]
ENGLISH_NAME = {"en": "English"}
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UYGHUR_LETTERS = "қғҚҒ"
_TURKIC_NEIGHBOURS = ("kk", "uz", "tt")
# Soviet Kurdish Cyrillic has letters and aspirates no other Cyrillic alphabet of the network has.
_KURDISH_LETTERS = re.compile(r"[ԚԛԜԝӦӧ]")
_KURDISH_ASPIRATE = re.compile(r"[кптчКПТЧ][’']")  # also needs һ: Ukrainian writes п' too


@cache
def _identifier():
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # A language added to the network that the model does not know is simply not judged.
    identifier.set_languages([code for code in CANDIDATES if code in identifier.nb_classes])
    return identifier


@dataclass(frozen=True)
class Verdict:
    language: str  # the language the text looks like
    probability: float


def language_name(code: str) -> str:
    return ENGLISH_NAME.get(code) or languages.BY_CODE[code].name


def _share(text: str, pattern: re.Pattern[str]) -> float:
    """The share of the text's letters that `pattern` (one character) matches."""
    letters = _LETTER.findall(text)
    return len(pattern.findall("".join(letters))) / len(letters) if letters else 0.0


def _in_known_script(text: str, declared: str) -> str | None:
    """The text in the script py3langid knows for the declared language, when it is written in another."""
    if declared in ("kk", "uz", "ug") and _share(text, _LATIN) > 0.5:
        return fold_to_canonical(text, "ug-latn" if declared == "ug" else declared)
    if declared == "ku" and _share(text, _CYRILLIC) > 0.5 and _kurdish_cyrillic(text):
        return fold_to_canonical(text, "ku-cyrl")
    return None


def _kurdish_cyrillic(text: str) -> bool:
    return bool(_KURDISH_LETTERS.search(text) or (("һ" in text or "Һ" in text) and _KURDISH_ASPIRATE.search(text)))


def _count(text: str, letters: str) -> int:
    return sum(text.count(letter) for letter in letters)


def _uyghur_could_be(text: str, verdict: str) -> bool:
    """Whether a Cyrillic text may be the Turkic neighbour py3langid names rather than Uyghur, which writes
    ы only in loans, і ұ ў ҳ never, and қ ғ in almost every sentence."""
    letters = len(_LETTER.findall(text)) or 1
    uyghur, y = _count(text, _UYGHUR_LETTERS), _count(text, "ыЫ") / letters
    if verdict == "kk":
        return _count(text, "іұІҰ") > uyghur / 10 or y >= 0.01
    if verdict == "uz":
        return _count(text, "ўҳЎҲ") > 0 or _count(text, "әөүңҗһӘӨҮҢҖҺ") == 0
    if verdict == "tt":
        return uyghur == 0 and y >= 0.01
    return True


def _as_written(text: str, ranking: dict[str, float]) -> tuple[str, float]:
    """The model's verdict and its probability, corrected for the two scripts it does not know: Kurmanji
    Cyrillic, and Cyrillic Uyghur, which it splits between its Turkic neighbours."""
    verdict, probability = max(ranking.items(), key=lambda item: item[1])
    if _share(text, _CYRILLIC) <= 0.5:
        return verdict, probability
    if _kurdish_cyrillic(text) and _probability(fold_to_canonical(text, "ku-cyrl"), "ku") >= 0.5:
        return "ku", probability
    if verdict in _TURKIC_NEIGHBOURS and not _uyghur_could_be(text, verdict):
        return "ug", sum(ranking.get(code, 0.0) for code in _TURKIC_NEIGHBOURS)
    return verdict, probability


def _probability(text: str, language: str) -> float:
    return dict(_identifier().rank(text)).get(language, 0.0)


def identify(text: str, declared: str) -> Verdict | None:
    """The language `text` clearly is when that is not `declared`, or None (it is, or we cannot tell).

    A text in another script of the declared language passes when its conversion into the script the
    model knows is clearly that language; the verdict against it is taken from the text as written.
    """
    text = text[:SAMPLE_CHARACTERS]
    letters = _LETTER.findall(text)
    if len(letters) < MIN_LETTERS or plainly_in(letters, declared) or declared not in _identifier().nb_classes:
        return None
    ranking = dict(_identifier().rank(text))
    verdict, probability = _as_written(text, ranking)
    if verdict == declared:
        return None
    if ranking.get(declared, 0.0) > DECLARED_AT_MOST and not (verdict == "ug" and declared in _TURKIC_NEIGHBOURS):
        return None
    converted = _in_known_script(text, declared)
    if converted is not None and _probability(converted, declared) >= 0.5:
        return None
    if probability < CONFIDENCE:
        return None
    return Verdict(verdict, probability)


def check_language(title: str, lead: str, body_html: str, declared: str) -> str | None:
    """The reason a line is refused ("text looks like Russian, declared Kazakh"), or None."""
    if (paragraphs := plain_paragraphs(body_html)) is not None:
        # Paragraphs of plain words (body.py): their text is the words, without Django's HTML parser.
        body_text = html.unescape("".join(paragraphs))
    else:
        body_text = html.unescape(strip_tags(body_html))
    verdict = identify(" ".join([title, lead, body_text]), declared)
    if verdict is None:
        return None
    return f"text looks like {language_name(verdict.language)}, declared {language_name(declared)}"
