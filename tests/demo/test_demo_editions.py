"""The demo's print editions are listed in each language of their outlet (issue 14, item 11).

Apart from tests/demo/test_demo_newsroom.py: that module's tests share one seeded newsroom, and this
test seeds its own, after translating the outlets.
"""

from wagtail.models import Locale

import pytest

from demo.newsroom import seed_newsroom
from ethnic_press.models import PrintEditionPage
from languages.localize import translate_page
from tests.demo.newsroom_context import PASSWORD, demo_context

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeder(home, outlet_index, monkeypatch):
    """The context, not seeded yet."""
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    return demo_context(home, outlet_index)


def test_demo_print_editions_are_listed_in_each_outlet_language(seeder, client):
    """Koryo Ilbo's editions in ko (and ru), Uyghur Avazi's in ug and ug-arab; a Korean reader's print
    archive lists them (issue 14, item 11)."""
    koryo, avazi = seeder.outlets["koryo-ilbo"], seeder.outlets["uyghur-avazi"]
    for code in ("ko", "ug", "ug-arab"):
        for page in (seeder.home, koryo.get_parent()):
            translate_page(page, code)
    for code in ("ko", "ru"):
        translate_page(koryo, code)
    for code in ("ug", "ug-arab"):
        translate_page(avazi, code)
    seed_newsroom(seeder)
    korean = client.get(koryo.get_translation(Locale.objects.get(language_code="ko")).url + "editions/")
    assert korean.status_code == 200
    assert "제48호" in korean.content.decode()
    for code in ("ug", "ug-arab"):
        page = avazi.get_translation(Locale.objects.get(language_code=code))
        response = client.get(page.url + "editions/")
        assert response.status_code == 200 and "№ 48" in response.content.decode()
    assert PrintEditionPage.objects.filter(locale__language_code="ko").count() == 3
    assert "제48호" in client.get("/ko/editions/").content.decode()
    assert not PrintEditionPage.objects.filter(locale__language_code="de").exists()  # not an outlet language
