"""Locales: URL prefixes, the `/` redirect by Accept-Language, names and direction of every language."""

from django.utils.translation import get_language_info

import pytest

import languages


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("ko-KR,ko;q=0.9", "/ko/"),
        ("de-DE,de;q=0.9", "/de/"),
        ("ug-Arab;q=1.0", "/ug-arab/"),
        ("kk-Latn,kk;q=0.5", "/kk-latn/"),
        ("uz-Latn", "/uz-latn/"),
        ("tr-TR,tr", "/tr/"),
        ("fr-FR,fr;q=0.9", "/kk/"),  # a language the network does not publish: the default
        ("", "/kk/"),
    ],
)
def test_root_redirects_to_the_visitors_preferred_locale(client, home, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_locale_serves_its_home_page_under_its_prefix(client, network):
    for code, pages in network.items():
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        assert pages["home"].title in response.content.decode()


def test_pages_declare_language_and_direction(client, network):
    for language in languages.LANGUAGES:
        html = client.get(network[language.code]["article"].url).content.decode()
        assert f'<html lang="{language.code}" dir="{language.direction}">' in html, language.code


def test_uyghur_arabic_script_renders_right_to_left(client, network):
    html = client.get(network["ug-arab"]["article"].url).content.decode()
    assert '<html lang="ug-arab" dir="rtl">' in html
    assert "ئۇيغۇرچە" in html  # the variant's own name, in Arabic script, in the footer


def test_language_names_come_from_the_language_table():
    assert get_language_info("ku")["name_local"] == "Kurmancî"
    assert get_language_info("kk-latn")["name_local"] == "Qazaqşa"
    assert get_language_info("ug-arab")["bidi"] is True
    assert get_language_info("ug")["bidi"] is False


def test_language_switcher_and_hreflang_list_every_translation(client, network):
    html = client.get(network["ru"]["article"].url).content.decode()
    for language in languages.LANGUAGES:
        assert f'hreflang="{language.code}"' in html
    assert html.count('rel="alternate" hreflang=') == len(languages.LANGUAGES)
