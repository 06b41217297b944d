"""One story, several outlets: search and listings show it once, with "also in" links."""

import datetime
import random

from django.utils import timezone

import pytest

from languages.localize import translate_page
from newsroom.models import ArticlePage
from search import engine, indexing, listings
from search.filters import SearchParams
from search.models import SearchDocument
from tests import factories

from .conftest import publish

RELEASE = (
    "Қазақстан халқы Ассамблеясының баспасөз қызметі хабарлағандай, Алматыда этникалық газеттердің "
    "республикалық көрмесі ашылды. Көрмеге елдегі отыздан астам ұлттық басылымның жүздеген нөмірі қойылды, "
    "олардың ішінде 1923 жылдан шығып келе жатқан газет те бар. Көрме бір ай бойы жұмыс істейді, "
    "кіру тегін. Ұйымдастырушылар мектеп оқушылары мен студенттерге арнайы экскурсиялар өткізуді жоспарлап отыр."
)


@pytest.fixture
def other_outlet(outlet_index):
    return publish(factories.OutletPageFactory(parent=outlet_index, title="Ақиқат", slug="aqiqat", languages=["kk"]))


@pytest.fixture
def third_outlet(outlet_index):
    return publish(factories.OutletPageFactory(parent=outlet_index, title="Жас Алаш", slug="jas-alash"))


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def original(article_in):
    return article_in("kk", title="Алматыда газеттер көрмесі ашылды", body=RELEASE, lead="", published_at=days_ago(3))


def reprint(article_in, outlet, original=None, **fields):
    fields.setdefault("title", "Этникалық газеттер көрмесі")
    fields.setdefault("body", RELEASE)
    fields.setdefault("lead", "")
    return article_in("kk", outlet=outlet, republished_from=original, published_at=days_ago(1), **fields)


def search(**params) -> engine.SearchPage:
    return engine.search(SearchParams(language="kk", **{"q": "газет көрмесі", **params}))


def test_a_republished_story_is_one_result_showing_the_original_with_the_other_outlet(
    article_in, original, other_outlet
):
    copy = reprint(article_in, other_outlet, original)
    page = search()
    assert page.count == 1
    [result] = page.results
    assert result.title == original.title
    assert result.outlet == "Қазақстан достығы"
    assert result.also_in == [{"outlet": "Ақиқат", "title": copy.title, "url": copy.url}]
    # Facets count the story in each outlet that carries it.
    assert page.facets["outlet"] == {
        str(original.get_parent().translation_key): 1,
        str(other_outlet.translation_key): 1,
    }


def test_a_copy_pasted_without_the_link_is_grouped_by_its_text(article_in, original, other_outlet):
    pasted = RELEASE.replace(",", " ,").replace(".", "…").upper()  # other punctuation, spacing and case
    reprint(article_in, other_outlet, body=pasted, title="Газеттер көрмесі: Алматыда")
    [result] = search().results
    assert result.title == original.title
    assert [item["outlet"] for item in result.also_in] == ["Ақиқат"]


def test_a_copy_with_a_word_changed_in_its_lead_and_body_is_grouped_by_its_text(article_in, original, other_outlet):
    edited = RELEASE.replace("республикалық", "халықаралық").replace("тегін", "ақылы")
    reprint(article_in, other_outlet, body=edited, lead="Алматыда көрме.", title="Газеттер көрмесі: Алматыда")
    [result] = search().results
    assert result.title == original.title
    assert [item["outlet"] for item in result.also_in] == ["Ақиқат"]


def test_a_story_that_only_opens_like_another_is_not_grouped_with_it(article_in, original, other_outlet):
    other = (
        "Қазақстан халқы Ассамблеясының баспасөз қызметі хабарлағандай, Шымкентте ұлттық газеттердің "
        "редакторлары кездесті. Олар жарнама, таралым және цифрлық нұсқалар туралы сөйлесті, жас "
        "журналистерге арналған жазғы мектеп ашу туралы келісті. Келесі кездесу күзде Таразда өтеді."
    )
    reprint(article_in, other_outlet, body=other, title="Редакторлар газет көрмесін талқылады")
    assert search().count == 2


def test_short_texts_are_not_grouped_by_fingerprint(article_in, other_outlet):
    article_in("kk", title="Газет көрмесі", body="Фото автора.", lead="")
    reprint(article_in, other_outlet, body="Фото автора.", title="Газет көрмесі ашылды")
    assert search().count == 2


def test_the_reader_filtering_by_the_reprinting_outlet_sees_its_copy(article_in, original, other_outlet):
    copy = reprint(article_in, other_outlet, original)
    [result] = search(outlet="aqiqat").results
    assert result.title == copy.title
    assert [item["outlet"] for item in result.also_in] == ["Қазақстан достығы"]


def test_the_original_is_chosen_whatever_the_order_of_indexing(article_in, original, other_outlet, third_outlet):
    reprint(article_in, other_outlet, original)
    reprint(article_in, third_outlet, body=RELEASE + " Редакциядан.")
    assert indexing.rebuild() == 3
    assert set(SearchDocument.objects.values_list("story_key", flat=True)) == {original.translation_key}
    SearchDocument.objects.all().delete()
    ids = list(ArticlePage.objects.order_by("-pk").values_list("pk", flat=True))
    for page_id in ids:  # the copies first, the original last
        indexing.index_pages([page_id])
    assert set(SearchDocument.objects.values_list("story_key", flat=True)) == {original.translation_key}


def test_unpublishing_the_original_leaves_the_reprint_on_its_own(article_in, original, other_outlet):
    copy = reprint(article_in, other_outlet, original)
    original.unpublish()
    [result] = search().results
    assert result.title == copy.title and result.also_in == []
    publish(ArticlePage.objects.get(pk=original.pk))
    [result] = search().results
    assert result.title == original.title


def test_removing_the_link_separates_the_stories(article_in, original, other_outlet):
    copy = reprint(
        article_in,
        other_outlet,
        original,
        body="Көрме туралы біздің тілшінің өз репортажы: газеттер, журналдар және кітаптар.",
    )
    assert search().count == 1
    copy.republished_from = None
    publish(copy)
    assert search().count == 2


def test_translations_of_a_reprint_group_with_the_story_in_that_language(article_in, original, other_outlet, outlet_in):
    copy = reprint(article_in, other_outlet, original)
    outlet_in("ru")
    for page, title in ((original, "В Алматы открылась выставка газет"), (copy, "Выставка этнических газет")):
        parent = page.get_parent()
        translate_page(parent, "ru")
        translate_page(page, "ru", title=title, lead="Газеты тридцати изданий.")
    page = engine.search(SearchParams(q="газета", language="ru"))
    assert page.count == 1
    assert page.results[0].title == "В Алматы открылась выставка газет"


def test_no_story_appears_twice_in_any_page_of_results(article_in, outlet, other_outlet, third_outlet, monkeypatch):
    monkeypatch.setattr(engine, "PER_PAGE", 3)
    for number in range(5):
        # five different texts (a copy with a few words changed is the same story: test_fingerprint.py)
        words = RELEASE.split()
        random.Random(number).shuffle(words)
        text = f"Хабарлама нөмірі {number}: газет көрмесінің {number + 1}-күні туралы толық есеп. {' '.join(words)}"
        first = article_in("kk", title=f"Газет көрмесі {number}", body=text, lead="", published_at=days_ago(number + 5))
        reprint(article_in, other_outlet, first, title=f"Көрме {number}", body=text)
        reprint(article_in, third_outlet, body=text.replace(" ", "  "), title=f"Газеттер {number}")
    shown = []
    for number in (1, 2):
        page = search(page=number)
        assert page.count == 5
        shown += [result.title for result in page.results]
    assert sorted(shown) == [f"Газет көрмесі {number}" for number in range(5)]


def test_api_and_page_show_also_in_links(client, article_in, original, other_outlet):
    copy = reprint(article_in, other_outlet, original)
    data = client.get("/api/search/", {"q": "газет", "lang": "kk"}).json()
    assert data["count"] == 1
    assert data["results"][0]["also_in"] == [{"outlet": "Ақиқат", "title": copy.title, "url": copy.url}]
    html = client.get("/kk/search/", {"q": "газет"}).content.decode()
    assert 'class="search-result__also-in"' in html and f'href="{copy.url}">Ақиқат</a>' in html


def test_home_lists_a_story_once_with_the_other_outlets(client, home, article_in, original, other_outlet):
    copy = reprint(article_in, other_outlet, original)
    other = article_in("kk", title="Наурыз мерекесі", lead="", body="Мереке туралы.")
    html = client.get(home.url).content.decode()
    assert html.count(f'href="{copy.url}"') == 1  # only as the "also in" link
    assert html.count(original.title) == 1 and other.title in html
    assert 'class="card__also-in"' in html


def test_a_story_copied_in_thirty_outlets_is_shown_once_with_a_bounded_read(article_in, outlet_index, original):
    for number in range(30):
        outlet = publish(
            factories.OutletPageFactory(
                parent=outlet_index, title=f"Газет {number}", slug=f"gazet-{number}", languages=["kk"]
            )
        )
        published_at = days_ago(2) + datetime.timedelta(minutes=number)
        article_in(
            "kk",
            outlet=outlet,
            republished_from=original,
            title="Көрме",
            body=RELEASE,
            lead="",
            published_at=published_at,
        )
    page = search()
    assert page.count == 1
    [result] = page.results
    assert result.title == original.title
    assert [item["outlet"] for item in result.also_in] == [f"Газет {number}" for number in range(engine.MAX_ALSO_IN)]
    # The rows read per story do not grow with its copies: one per outlet, a few outlets.
    story_key = SearchDocument.objects.get(page_id=original.pk).story_key
    assert len(engine.story_rows([story_key], None)) == engine.ROWS_PER_LANGUAGE
    assert len(listings.copy_rows({story_key}, {"kk"}, exclude={original.pk})) == engine.MAX_ALSO_IN + 1
    [listed] = listings.one_per_story(ArticlePage.objects.live().order_by("-published_at"), 10)
    assert len(listed.also_in) == engine.MAX_ALSO_IN
