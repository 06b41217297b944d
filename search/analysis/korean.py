"""Korean: morphemes from kiwipiepy (LGPL-3.0, offline model), keeping content morphemes only.

Korean attaches particles and endings to words without a space (알마티에서 = 알마티 + 에서), so
splitting on spaces finds nothing. Kiwi splits and tags morphemes; nouns, roots, verb and
adjective stems, numbers and foreign words are kept, particles and endings dropped.
"""

import threading

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
                _kiwi = Kiwi()
    return _kiwi


def morphemes(text: str) -> list[str]:
    kiwi = _get_kiwi()
    tokens = []
    for token in kiwi.tokenize(text):
        tag = token.tag.split("-")[0]  # irregular verb stems are tagged "VV-I"
        if tag in CONTENT_TAGS:
            tokens.append(token.form.lower())
    return tokens
