"""The text fingerprint that groups copies pasted without a republication link (search/stories.py)."""

import random

from search import stories

from .test_republication import RELEASE

KNOWN = (
    "3db9c1780a98ac65208d9ae86eef1e55a40a3c14dddda9fdbc9bf0a92d50374e4cfcf1c95a36dc03eaddf64b8f1454f95aa0219ec"
    "f0e1e96be5b31412a7aa84b7d71f1b7a5f041324505ccbf649e133e626f48fc70e0f177155f5e7a35431dedc805d847d6e99dbf8e4"
    "45a2dea6c0c2eb78267721edc4315"
)


def test_the_fingerprint_ignores_punctuation_spacing_and_case():
    assert stories.fingerprint(RELEASE) == stories.fingerprint(RELEASE.replace(",", " ,").upper())


def test_a_word_changed_here_and_there_keeps_the_story_and_a_shared_band():
    edited = RELEASE.replace("республикалық", "халықаралық").replace("тегін", "ақылы")
    a, b = stories.fingerprint(RELEASE), stories.fingerprint(edited)
    assert a != b
    assert stories.similar(a, b)
    assert set(stories.bands(a)) & set(stories.bands(b))


def test_another_text_is_not_similar():
    other = "Таразда жастар форумы өтті. " * 5 + "Форумға екі жүз жас қатысты, олар кәсіпкерлік туралы сөйлесті."
    assert not stories.similar(stories.fingerprint(RELEASE), stories.fingerprint(other))


def test_every_text_has_the_same_number_of_bands():
    # the cost of finding a text's candidates does not depend on the text
    assert len(stories.bands(stories.fingerprint(RELEASE))) == stories.BANDS
    assert len(stories.bands(stories.fingerprint(RELEASE * 4))) == stories.BANDS


def test_short_texts_and_old_fingerprints_have_no_bands():
    assert stories.fingerprint("Фото автора.") == ""
    assert stories.bands("") == []
    assert stories.bands("0123456789abcdef0123456789abcdef") == []  # an exact hash from before
    assert not stories.similar("0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef")


def _minima_by_the_formula(shingles: list[int]) -> list[int]:
    return [min((a * x + b) % stories._PRIME for x in shingles) & stories._MASK for a, b in stories._COEFFICIENTS]


def test_the_array_minima_equal_the_formula_at_the_edges_of_64_bit_shingles():
    prime = stories._PRIME
    edges = [0, 1, prime - 1, prime, prime + 1, 2 * prime, 1 << 61, (1 << 62) - 1, 1 << 63, (1 << 64) - 1]
    assert stories.minima(edges).tolist() == _minima_by_the_formula(edges)
    for edge in edges:
        assert stories.minima([edge]).tolist() == _minima_by_the_formula([edge])


def test_the_array_minima_equal_the_formula_on_random_shingles():
    generator = random.Random(15)
    for _ in range(500):
        shingles = [generator.getrandbits(64) for _ in range(generator.randint(1, 120))]
        assert stories.minima(shingles).tolist() == _minima_by_the_formula(shingles)


def test_a_known_text_keeps_its_fingerprint():
    # computed with the formula before the array arithmetic: rows already in an index keep matching new ones
    assert stories.fingerprint(RELEASE) == KNOWN
