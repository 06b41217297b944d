"""Korean: morphemes from kiwipiepy (LGPL-3.0, offline model), keeping content morphemes only.

Korean attaches particles and endings to words without a space (알마티에서 = 알마티 + 에서), so
splitting on spaces finds nothing. Kiwi splits and tags morphemes; nouns, roots, verb and
adjective stems, numbers and foreign words are kept, particles and endings dropped.
"""

import re
import threading
import warnings

from kiwipiepy import Kiwi

# Nouns (general, proper, bound, numerals, pronouns), roots, verb/adjective stems, and
# non-Hangul runs (Latin, Hanja, numbers).
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "XR", "VV", "VA", "SL", "SH", "SN", "MAG"})

_kiwi: Kiwi | None = None
_lock = threading.Lock()


def _get_kiwi() -> Kiwi:
    # Building Kiwi loads its model (~1 s); do it once, on first use, under a lock so two request
    # threads do not build two.
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                _kiwi = _build()
    return _kiwi


def _build() -> Kiwi:
    # num_workers=0: analyse in the calling thread, with no thread pool. The default (-1) starts a
    # pool, and a pool built in gunicorn's master before it forks does not exist in the workers.
    # (kiwipiepy warns that 0 meant "all cores" before 0.21; it means one thread since.)
    # load_multi_dict=False: the multi-word dictionary is ~185 MB of the model's ~510 MB in memory, and
    # without it the 1,783 content morphemes of the demo's Korean texts and every Korean relevance figure
    # (bench/relevance/ko.toml: nDCG@10 0.947, recall@10 0.891, MRR 0.975) are unchanged.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "behavior of `num_workers=0`", DeprecationWarning)
        return Kiwi(num_workers=0, load_multi_dict=False)


def preload() -> None:
    """Build Kiwi and finish its lazy loading (the model is read on the first analysis, ~480 MB).

    gunicorn's master calls this before forking (gunicorn.conf.py), so the workers share those
    pages copy-on-write instead of each loading its own copy on its first Korean search.
    """
    _get_kiwi().tokenize("고려인 신문은 알마티에서 발행된다.")


def morphemes(text: str) -> list[str]:
    return [group[0] for group in groups(text)]


def groups(text: str) -> list[tuple[str, ...]]:
    """Each content morpheme of `text`, with the whole word (eojeol) it belongs to as alternatives
    when that word holds more than one: the word less its particles, and less its endings too.

    Kiwi splits a word differently alone and in a sentence: a query 크즐오르다 is 크즐 + 오르(다),
    the same word in 크즐오르다에서 one noun; 김만삼 alone is 김 + 사, in 김만삼은 김 + 삼. Indexing the
    whole word too, and letting each of a query word's morphemes match it, makes the query meet
    the text whichever way either was split, while a query split the text's way still matches by
    its morphemes (강제이주 finds 강제 이주).
    """
    kiwi = _get_kiwi()
    found: list[tuple[str, ...]] = []
    word: list = []
    for token in [*kiwi.tokenize(text), None]:
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
