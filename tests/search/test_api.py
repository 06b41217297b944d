"""The JSON API and the reader page, through HTTP, including what hostile or broken input does."""

import datetime

from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest

from languages.localize import translate_page
from tests import factories

from .conftest import publish


@pytest.fixture
def newspaper_story(article_in):
    return article_in(
        "kk",
        title="Алматыда этникалық газеттер көрмесі ашылды",
        lead="Достық үйінде газеттер мен журналдар көрсетілді.",
        body="Көрмеге <b>оқырмандар</b> жиналды & газеттің алғашқы нөмірлері қойылды.",
    )


def test_api_finds_story_with_snippet_outlet_and_translations(client, newspaper_story, outlet_in):
    outlet_in("ru")
    translate_page(newspaper_story, "ru", title="В Алматы открылась выставка газет", lead="Показали газеты.")
    response = client.get("/api/search/", {"q": "газеттерде", "lang": "kk"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    [result] = data["results"]
    assert result["title"] == newspaper_story.title
    assert result["outlet"] == "Қазақстан достығы"
    assert result["language"] == "kk"
    assert result["url"].startswith("/kk/")
    assert "<mark>газеттер</mark>" in result["snippet"]
    # The body's own markup is escaped, not passed through.
    assert "&lt;" not in result["snippet"] or "<b>" not in result["snippet"]
    assert [item["language"] for item in result["translations"]] == ["ru"]
    assert data["facets"]["outlet"] == [{"value": "dostyq", "label": "Қазақстан достығы", "count": 1}]


def test_one_result_per_story_across_script_variants(client, newspaper_story, outlet_in):
    outlet_in("kk-latn")
    translate_page(newspaper_story, "kk-latn", title="Almatyda etnikalyq gazetter körmesı aşyldy", lead="")
    data = client.get("/api/search/", {"q": "gazet", "lang": "kk-latn"}).json()
    assert data["count"] == 1
    assert data["results"][0]["language"] == "kk-latn"
    assert [item["language"] for item in data["results"][0]["translations"]] == ["kk"]


def test_other_language_families_are_not_searched(client, newspaper_story, article_in):
    article_in("ru", title="Газеты на выставке", lead="")
    data = client.get("/api/search/", {"q": "газет", "lang": "ru"}).json()
    assert [result["language"] for result in data["results"]] == ["ru"]


def test_filters_and_facets(client, article_in, outlet_index):
    culture = factories.TopicFactory(slug="culture", name="Мәдениет")
    other_outlet = publish(factories.OutletPageFactory(parent=outlet_index, title="Ұйғыр авази", slug="uyghur-avazi"))
    first = article_in("kk", title="Газет күні", lead="")
    factories.ArticleTopicFactory(page=first, topic=culture)
    publish(first)
    article_in("kk", title="Газет көрмесі", lead="", outlet=other_outlet)
    data = client.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    assert data["count"] == 2
    assert {item["value"]: item["count"] for item in data["facets"]["outlet"]} == {"dostyq": 1, "uyghur-avazi": 1}
    assert data["facets"]["topic"] == [{"value": "culture", "label": "Мәдениет", "count": 1}]
    filtered = client.get("/api/search/", {"q": "газет", "lang": "kk", "outlet": "uyghur-avazi"}).json()
    assert [result["title"] for result in filtered["results"]] == ["Газет көрмесі"]
    # A facet counts with every filter but its own, so the reader can switch outlet.
    assert len(filtered["facets"]["outlet"]) == 2
    by_topic = client.get("/api/search/", {"q": "газет", "lang": "kk", "topic": "culture"}).json()
    assert [result["title"] for result in by_topic["results"]] == ["Газет күні"]
    unknown = client.get("/api/search/", {"q": "газет", "lang": "kk", "region": "KZ-NOWHERE"})
    assert unknown.status_code == 200 and unknown.json()["count"] == 0


def test_date_range_and_sort(client, article_in):
    old = article_in(
        "kk", title="Газет тарихы газет туралы", lead="", published_at=timezone.now() - datetime.timedelta(days=400)
    )
    # Published now (the factory's default goes back an hour per article made in this process).
    new = article_in("kk", title="Газет", lead="", published_at=timezone.now())
    newest_first = client.get("/api/search/", {"q": "газет", "lang": "kk", "sort": "date"}).json()
    assert [result["title"] for result in newest_first["results"]] == [new.title, old.title]
    since = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    recent = client.get("/api/search/", {"q": "газет", "lang": "kk", "from": since}).json()
    assert [result["title"] for result in recent["results"]] == [new.title]


def test_pagination(client, article_in):
    for number in range(12):
        article_in("kk", title=f"Газет шолуы {number}", lead="")
    first = client.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    second = client.get("/api/search/", {"q": "газет", "lang": "kk", "page": 2}).json()
    assert first["count"] == 12 and first["num_pages"] == 2
    assert len(first["results"]) == 10 and len(second["results"]) == 2
    assert not {r["url"] for r in first["results"]} & {r["url"] for r in second["results"]}


HOSTILE = [
    "",
    "   ",
    '"газет',
    'газет" OR "1"="1',
    "* : - ( ) газет",
    "газет AND NOT OR NEAR(газет)",
    "title:газет",
    "газет\x00",
    "😀🎉",
    "a" * 499,
    "%E0%A4%A",
    "газет " * 80,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_break_the_api(client, newspaper_story, query):
    response = client.get("/api/search/", {"q": query, "lang": "kk"})
    assert response.status_code in (200, 400)
    assert "errors" in response.json() or "count" in response.json()


def test_invalid_percent_encoding_in_the_url(client, newspaper_story):
    response = client.get("/api/search/?q=%E0%A4%A&lang=kk&outlet=%FF")
    assert response.status_code == 200
    assert response.json()["count"] == 0


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "газет" * 20_000}, "q"),
        ({"q": "газет", "lang": "xx"}, "lang"),
        ({"q": "газет", "from": "2024-13-45"}, "from"),
        ({"q": "газет", "from": "2024-05-02", "to": "2024-05-01"}, None),
        ({"q": "газет", "sort": "random"}, "sort"),
        ({"q": "газет", "page": "0"}, "page"),
        ({"q": "газет", "page": "abc"}, "page"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, params, field):
    response = client.get("/api/search/", {"lang": "kk", **params})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in [error["field"] for error in errors]
    assert all(error["message"] for error in errors)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("ru", "Дата начала позже даты окончания."),
        ("de", "Das Anfangsdatum liegt nach dem Enddatum."),
        ("kk", "Басталу күні аяқталу күнінен кейін тұр."),
    ],
)
def test_errors_are_in_the_language_asked_for(client, db, lang, message):
    response = client.get("/api/search/", {"q": "газет", "lang": lang, "from": "2024-05-02", "to": "2024-05-01"})
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": None, "message": message}]


def test_errors_follow_the_browser_when_lang_is_not_a_site_language(client, db):
    response = client.get("/api/search/", {"q": "газет", "lang": "xx", "page": "0"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 400
    messages = {error["field"]: error["message"] for error in response.json()["errors"]}
    assert set(messages) == {"lang", "page"}
    # Django's own form messages, in Russian rather than the site's default Kazakh.
    assert "Выберите корректный вариант" in messages["lang"]


def test_nul_byte_is_rejected_clearly(client, db):
    response = client.get("/api/search/", {"q": "газет\x00", "lang": "kk"})
    assert response.status_code == 400


def test_reader_page_renders_results_and_escapes_input(client, newspaper_story):
    response = client.get("/kk/search/", {"q": "газеттері"})
    assert response.status_code == 200
    html = response.content.decode()
    assert newspaper_story.title in html
    assert "<mark>газеттер</mark>" in html
    # The date in the locale's own format (home/formats: Kazakh month names, not Russian ones).
    with translation.override("kk"):
        shown = date_format(timezone.localtime(newspaper_story.published_at), "DATE_FORMAT")
    assert f">{shown}</time>" in html and shown.endswith(" ж.")
    hostile = client.get("/kk/search/", {"q": "<script>alert(1)</script>"})
    assert hostile.status_code == 200
    assert "<script>alert" not in hostile.content.decode()


def test_reader_page_shows_errors_with_400(client, db, home):
    response = client.get("/kk/search/", {"q": "x" * 100_000})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
