"""Readers' error pages: styled, in the URL's language, and the 500 without the database."""

from django.db import connection
from django.test import Client

import pytest

from languages.localize import translate_page


@pytest.fixture
def network_light(home, outlet_index):
    for code in ("ru", "ug-arab"):
        translate_page(home, code)
        translate_page(outlet_index, code)


def test_missing_page_is_a_styled_404_in_the_urls_language(client, network_light):
    response = client.get("/ru/outlets/no-such-paper/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in html
    assert 'class="error-page"' in html and 'action="/ru/search/"' in html
    assert 'class="masthead"' in html  # the site around it: header, search, picker


def test_missing_page_in_uyghur_arabic_script_is_right_to_left(client, network_light):
    html = client.get("/ug-arab/no-such-page/").content.decode()
    assert '<html lang="ug-arab" dir="rtl">' in html


def test_404_picker_offers_the_front_pages_not_the_missing_path(client, network_light):
    html = client.get("/ru/no-such-page/").content.decode()
    picker = html[html.index('class="language-picker__list"') :].split("</ul>")[0]
    assert "no-such-page" not in picker.replace("next=%2Fru%2Fno-such-page%2F", "")
    assert "next=%2Fkk%2F" in picker


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_500_page_is_rendered_in_the_urls_language_without_the_database():
    def refuse(execute, sql, params, many, context):
        raise AssertionError("the 500 page touched the database")

    reader = Client(raise_request_exception=False)
    with connection.execute_wrapper(refuse):  # the database is down: the first query fails
        response = reader.get("/kk-latn/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="kk-latn" dir="ltr">' in html
    assert 'class="error-page"' in html
    assert "Traceback" not in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_500_page_in_uyghur_arabic_script_is_right_to_left():
    from django.test import RequestFactory

    from home.views import server_error

    response = server_error(RequestFactory().get("/ug-arab/outlets/"))
    assert response.status_code == 500
    assert '<html lang="ug-arab" dir="rtl">' in response.content.decode()


def test_favicon_is_served(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")
