"""The text fingerprint that groups copies pasted without a republication link (search/stories.py)."""

from search import stories

from .test_republication import RELEASE


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
