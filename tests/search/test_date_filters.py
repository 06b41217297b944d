"""The search page's date filters: text boxes read in the page language's order, whatever the browser's."""

import datetime
import html
import re

from django.utils import timezone, translation

import pytest

import languages
from search.forms import EXAMPLE_DATE, SearchForm, local_date

pytestmark = pytest.mark.django_db


def date_box(content: str, name: str) -> str:
    """The value the page's `name` date box shows."""
    match = re.search(rf'<input id="search-{name}" type="text" name="{name}" value="([^"]*)"', content)
    assert match, f"no text box for {name}"
    return html.unescape(match.group(1))


@pytest.mark.parametrize("code", [language.code for language in languages.LANGUAGES])
def test_the_example_under_the_boxes_reads_back_as_the_same_day_in_every_language(code):
    with translation.override(code):
        example = local_date(EXAMPLE_DATE)
        form = SearchForm({"from": example}, code)
        assert form.is_valid(), (example, form.errors)
        assert form.cleaned_data["date_from"] == EXAMPLE_DATE


@pytest.mark.parametrize(
    ("code", "typed", "shown"),
    [
        ("kk", "05.03.2024", "05.03.2024"),  # day first: 5 March
        ("ug-arab", "05.03.2024", "05.03.2024"),
        ("ru", "05.03.2024", "05.03.2024"),
        ("ko", "2024. 3. 5.", "2024-03-05"),  # the dotted Korean order, shown back as Korean forms write it
        ("ko", "2024년 3월 5일", "2024-03-05"),
        ("kk", "2024-03-05", "05.03.2024"),  # ISO (links, the API) on every page, shown in the page's order
        ("de", "2024-03-05", "05.03.2024"),
    ],
)
def test_a_date_typed_in_the_page_languages_order_filters_and_shows_back_in_that_order(
    client, article_in, code, typed, shown
):
    article_in(code, title="Наурыз", published_at=timezone.make_aware(datetime.datetime(2024, 3, 10, 12)))
    response = client.get(f"/{code}/search/", {"q": "Наурыз", "from": typed})
    assert response.status_code == 200
    content = response.content.decode()
    assert date_box(content, "from") == shown
    assert 'type="date"' not in content
    assert "chip--selected" in content  # the filter in use, removable


def test_only_stories_inside_the_dates_are_found(client, article_in):
    article_in("kk", title="Наурыз тойы", published_at=timezone.make_aware(datetime.datetime(2024, 3, 10, 12)))
    article_in("kk", title="Наурыз кеші", published_at=timezone.make_aware(datetime.datetime(2024, 4, 10, 12)))
    response = client.get("/kk/search/", {"q": "Наурыз", "from": "01.04.2024", "to": "30.04.2024"})
    content = response.content.decode()
    assert "Наурыз кеші" in content and "Наурыз тойы" not in content


@pytest.mark.parametrize(("code", "label"), [("kk", "Қашаннан"), ("ko", None), ("ug-arab", None)])
def test_a_date_that_cannot_be_read_is_a_form_error_with_the_boxes_to_correct_it(client, db, code, label):
    response = client.get(f"/{code}/search/", {"q": "газет", "from": "31.31.2024", "to": "tomorrow"})
    assert response.status_code == 400
    content = response.content.decode()
    assert 'role="alert"' in content
    # The boxes are there again, with what was typed, marked invalid.
    assert date_box(content, "from") == "31.31.2024" and date_box(content, "to") == "tomorrow"
    assert content.count('aria-invalid="true"') == 2
    assert "from:" not in content and "date_from" not in content  # errors named as the page names the boxes
    if label:
        assert f"{label}: Күнді осылай жазыңыз: 31.12.2025." in content


def test_the_hint_shows_the_page_languages_order(client, db):
    kazakh = client.get("/kk/search/", {"q": "газет"}).content.decode()
    korean = client.get("/ko/search/", {"q": "газет"}).content.decode()
    assert 'placeholder="31.12.2025"' in kazakh and "мысалы, 31.12.2025" in kazakh
    assert 'placeholder="2025-12-31"' in korean and "예: 2025-12-31" in korean
