"""Korean: morphemes from kiwipiepy (LGPL-3.0, offline model), keeping content morphemes only.

Korean attaches particles and endings to words without a space (알마티에서 = 알마티 + 에서), so
splitting on spaces finds nothing. Kiwi splits and tags morphemes; nouns, roots, verb and
adjective stems, numbers and foreign words are kept, particles and endings dropped.
"""

import logging
import re
import threading

from kiwipiepy import Kiwi

from . import korean_service

# Nouns (general, proper, bound, numerals, pronouns), roots, verb/adjective stems, and
# non-Hangul runs (Latin, Hanja, numbers).
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "XR", "VV", "VA", "SL", "SH", "SN", "MAG"})

logger = logging.getLogger(__name__)

_kiwi: Kiwi | None = None
_lock = threading.Lock()


def _get_kiwi() -> Kiwi:
    # Building Kiwi loads its model (~300 MB, seconds); do it once, on first use, under a lock so two
    # request threads do not build two. Behind gunicorn only when the analyser process fails.
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                _kiwi = korean_service.build()
    return _kiwi


def _tokenize(texts: list[str]) -> list[list]:
    """Kiwi's tokens of each text: from the analyser process gunicorn's master started, when there is
    one (korean_service.py: one request for all the texts), else (or when it does not answer) from this
    process's own model."""
    if korean_service.address() is not None:
        try:
            return korean_service.tokenize(texts)
        except korean_service.Unavailable as error:
            logger.error("Korean analyser process unavailable, analysing in this process: %s", error)
    kiwi = _get_kiwi()
    return [kiwi.tokenize(text) for text in texts]


def morphemes(text: str) -> list[str]:
    return [group[0] for group in groups(text)]


def groups(text: str) -> list[tuple[str, ...]]:
    return groups_of_each([text])[0]


def groups_of_each(texts: list[str]) -> list[list[tuple[str, ...]]]:
    """`groups` of each text, analysed together (one request to the analyser process)."""
    return [_groups(text, tokens) for text, tokens in zip(texts, _tokenize(texts), strict=True)]


def _groups(text: str, tokens: list) -> list[tuple[str, ...]]:
    """Each content morpheme of `text`, with the whole word (eojeol) it belongs to as alternatives
    when that word holds more than one: the word less its particles, and less its endings too.

    Kiwi splits a word differently alone and in a sentence: a query 크즐오르다 is 크즐 + 오르(다),
    the same word in 크즐오르다에서 one noun; 김만삼 alone is 김 + 사, in 김만삼은 김 + 삼. Indexing the
    whole word too, and letting each of a query word's morphemes match it, makes the query meet
    the text whichever way either was split, while a query split the text's way still matches by
    its morphemes (강제이주 finds 강제 이주).
    """
    found: list[tuple[str, ...]] = []
    word: list = []
    for token in [*tokens, None]:
        if token is not None and word and token.start > word[-1].start + word[-1].len:
            found += _word_groups(text, word)
            word = []
        if token is None:
            found += _word_groups(text, word)
        else:
            word.append(token)
    return found


def _word_groups(text: str, tokens: list) -> list[tuple[str, ...]]:
    content = [token.form.lower() for token in tokens if token.tag.split("-")[0] in CONTENT_TAGS]
    if len(content) < 2:
        return [(form,) for form in content]
    # the word from its first letter to its last token that is not a particle (then not an ending)
    first = next((token for token in tokens if not token.tag.startswith(_PUNCTUATION)), None)
    if first is None:
        return [(form,) for form in content]
    wholes = []
    for dropped in (_PARTICLES, _PARTICLES + _ENDINGS):
        kept = [token for token in tokens if not token.tag.startswith(dropped)]
        if kept:
            whole = text[first.start : kept[-1].start + kept[-1].len].lower()
            if _WHOLE.fullmatch(whole):
                wholes.append(whole)
    return [tuple(dict.fromkeys((form, *wholes))) for form in content]


_PUNCTUATION = ("SF", "SP", "SS", "SE", "SO", "SW", "SB")  # not SL, SH, SN: Latin, Hanja, numbers
_PARTICLES = ("J", *_PUNCTUATION)
_ENDINGS = ("E",)  # verb endings
_WHOLE = re.compile(r"[^\W_]+")
