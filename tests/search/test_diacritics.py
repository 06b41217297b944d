"""Readers who type without their language's diacritics, in every Latin alphabet the network writes.

On the configured database (SQLite by default, PostgreSQL with DATABASE_URL): a word typed without its
diacritics (sehir for şehir, lodz for łódź, ozbek for oʻzbek) finds the story, and where the network
also has the word written without them, the exact spelling ranks first.
"""

import datetime

from django.utils import timezone

import pytest

from search.analysis import analyse_query, index_terms
from search.backends.elasticsearch import query_body
from search.backends.postgres import tsquery
from search.backends.sqlite import match_expression
from search.filters import SearchParams


def finds(language: str, written: str, typed: str) -> bool:
    """Whether every word of a query `typed` meets the index terms of `written`."""
    indexed = set(index_terms(written, language))
    groups = analyse_query(typed, language, 12)
    return bool(groups) and all(set(group) & indexed for group in groups)


# (language, as written, as typed on a keyboard without the letters). Inflected forms too: the fold
# happens before the stemmer or suffix stripping, so both sides take the same path.
TYPED_WITHOUT = [
    # Turkish (Ahiska): ı/i, ş/s, ç/c, ğ/g, ö/o, ü/u, â/a, î/i, û/u
    ("tr", "şehirde", "sehirde"),
    ("tr", "Işık", "isik"),
    ("tr", "ILIK", "ilik"),
    ("tr", "çocuklar", "cocuklar"),
    ("tr", "öğretmenler", "ogretmenler"),
    ("tr", "Türkçe", "Turkce"),
    ("tr", "kâtip", "katip"),
    ("tr", "millî", "milli"),
    ("tr", "sürgün", "surgun"),
    ("tr", "Ahıska Türkleri", "Ahiska Turkleri"),
    # Polish: ł/l, ą/a, ę/e, ś/s, ć/c, ń/n, ó/o, ż/z, ź/z
    ("pl", "Łódź", "Lodz"),
    ("pl", "życie", "zycie"),
    ("pl", "źródło", "zrodlo"),
    ("pl", "więcej", "wiecej"),
    ("pl", "świętuje", "swietuje"),
    ("pl", "mieszkańców", "mieszkancow"),
    ("pl", "Polonią", "Polonia"),
    ("pl", "gazetę", "gazete"),
    ("pl", "ćwiczenia", "cwiczenia"),
    # German: ä/ae/a, ö/oe/o, ü/ue/u, ß/ss
    ("de", "Bürgermeister", "Buergermeister"),
    ("de", "Bürgermeister", "Burgermeister"),
    ("de", "Größe", "Groesse"),
    ("de", "Größe", "Grosse"),
    ("de", "Straße", "Strasse"),
    ("de", "Ärzte", "Aerzte"),
    ("de", "Ärzte", "Arzte"),
    ("de", "Rußlanddeutschen", "Russlanddeutschen"),
    # Kurmanji: ê/e, î/i, û/u, ç/c, ş/s
    ("ku", "zimanê", "zimane"),
    ("ku", "kurdî", "kurdi"),
    ("ku", "çand", "cand"),
    ("ku", "dîroka", "diroka"),
    ("ku", "şêx", "sex"),
    ("ku", "rûpel", "rupel"),
    ("ku", "rojnameyê", "rojnameye"),
    # Kazakh in its 2021 Latin alphabet: ä ğ ı ñ ö ş ū ü, typed as a g i n o s u u
    ("kk-latn", "Qazaqşa", "Qazaqsa"),
    ("kk-latn", "şahar", "sahar"),
    ("kk-latn", "täuelsızdık", "tauelsizdik"),
    ("kk-latn", "ūlttyq", "ulttyq"),
    ("kk-latn", "öner", "oner"),
    ("kk-latn", "jañalyqtar", "janalyqtar"),
    ("kk-latn", "müşe", "muse"),
    ("kk-latn", "ağa", "aga"),
    # ... and Kazakh Cyrillic text found from a Latin keyboard
    ("kk", "шаһар", "sahar"),
    ("kk", "Қазақша", "Qazaqsa"),
    # Uzbek Latin: oʻ and gʻ written with ʻ ' ` ‘ ’ or nothing
    ("uz-latn", "oʻzbek", "o'zbek"),
    ("uz-latn", "oʻzbek", "o`zbek"),
    ("uz-latn", "oʻzbek", "o‘zbek"),
    ("uz-latn", "oʻzbek", "o’zbek"),
    ("uz-latn", "oʻzbek", "ozbek"),
    ("uz-latn", "gʻalaba", "g'alaba"),
    ("uz-latn", "gʻalaba", "galaba"),
    ("uz-latn", "Oʻzbekistonda", "Ozbekistonda"),
    ("uz-latn", "togʻlar", "toglar"),
    # ... and Uzbek Cyrillic text found from a Latin keyboard
    ("uz", "Ўзбекистон", "Ozbekiston"),
    ("uz", "ғалаба", "galaba"),
]


@pytest.mark.parametrize(("language", "written", "typed"), TYPED_WITHOUT)
def test_a_word_typed_without_diacritics_meets_its_spelling(language, written, typed):
    assert finds(language, written, typed), (index_terms(written, language), analyse_query(typed, language, 12))


@pytest.mark.parametrize(
    ("language", "word", "other"),
    [
        # Folds are alternatives, not rewrites: the exact spelling still tells words apart.
        ("tr", "ılık", "ilik"),
        ("pl", "łan", "lan"),
        ("ku", "şêx", "sex"),
    ],
)
def test_exact_spellings_keep_their_own_term(language, word, other):
    assert index_terms(word, language)[0] != index_terms(other, language)[0]
    assert analyse_query(word, language, 12)[0][0] == index_terms(word, language)[0]


def test_words_without_folds_are_indexed_once():
    assert index_terms("gazete haberleri", "tr") == ["gaze", "haber"]
    assert index_terms("газеты", "ru") == ["газета"]


# Through HTTP, on the configured database: (language of the story, title, lang of the reader, typed).
STORIES = [
    ("tr", "Ahıska Türkleri şehir meclisinde toplandı", "tr", "ahiska turkleri sehir"),
    ("pl", "Łódź: polonijna gazeta świętuje jubileusz", "pl", "lodz swietuje"),
    ("de", "Der Bürgermeister eröffnet die Straße der Rußlanddeutschen", "de", "Buergermeister Strasse"),
    ("ku", "Dîroka çanda kurdî li Almatiyê", "ku", "diroka canda kurdi"),
    ("kk", "Шаһар әкімі жаңа мектеп ашты", "kk-latn", "sahar akimi jana mektep"),
    ("uz", "Ўзбекистон тоғларида ғалаба", "uz-latn", "Ozbekiston toglarida galaba"),
    ("uz", "Ўзбекистон тоғларида ғалаба", "uz-latn", "O‘zbekiston tog`larida g’alaba"),
]


@pytest.mark.parametrize(("language", "title", "reader", "typed"), STORIES)
def test_readers_find_stories_typed_without_diacritics(client, article_in, language, title, reader, typed):
    article_in(language, title=title, lead=title)
    data = client.get("/api/search/", {"q": typed, "lang": reader}).json()
    assert [result["title"] for result in data["results"]] == [title]
    assert "<mark>" in data["results"][0]["snippet"]


# (language, exact title, the same words as an outlet typed them without diacritics, query).
EXACT_AND_FOLDED = [
    ("tr", "Şehir tiyatrosu yeni sezonu açtı", "Sehir tiyatrosu yeni sezonu acti", "şehir tiyatrosu"),
    ("pl", "Łódź wita polonijny chór", "Lodz wita polonijny chor", "Łódź chór"),
    ("ku", "Şêwra çandî ya kurdan", "Sewra candi ya kurdan", "şêwra çandî"),
]


@pytest.mark.parametrize(("language", "exact", "folded", "query"), EXACT_AND_FOLDED)
def test_the_exact_spelling_ranks_above_the_folded_one(client, article_in, outlet_in, language, exact, folded, query):
    now = timezone.now()
    article_in(language, title=exact, first_published_at=now - datetime.timedelta(days=2))
    # The folded copy is newer: only the spelling can put the exact one first.
    article_in(language, title=folded, first_published_at=now - datetime.timedelta(hours=1))
    data = client.get("/api/search/", {"q": query, "lang": language}).json()
    assert [result["title"] for result in data["results"]] == [exact, folded]


def test_every_backend_matches_any_alternative_of_a_word():
    terms = [("şehir", "sehir"), ("tiyatro",)]
    assert match_expression(terms) == '("şehir" OR "sehir") AND "tiyatro"'
    assert tsquery(terms) == "(şehir | sehir) & tiyatro"
    [word, other] = query_body(SearchParams(q="x", language="tr"), terms, 10, 0)["query"]["function_score"]["query"][
        "bool"
    ]["must"]
    assert [match["multi_match"]["query"] for match in word["bool"]["should"]] == ["şehir", "sehir"]
    assert word["bool"]["minimum_should_match"] == 1
    assert other["multi_match"]["query"] == "tiyatro"
