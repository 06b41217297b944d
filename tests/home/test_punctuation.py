"""Punctuation and dates as the reader's language writes them: the Arabic comma in Uyghur's Arabic script
(lists, a date's time), an issue's number never parted from its sign (№ 48) at the end of a line, and an
edition's date in the language's own order."""

import datetime
import re

from django.utils import formats, translation

import pytest

from tests import factories
from tests.ethnic_press.editions import KAZAKH, born_digital, edition, strip
from tests.helpers import in_locale

pytestmark = pytest.mark.django_db


def languages_of(html: str, code: str) -> str:
    """The outlet's languages as its page lists them."""
    with translation.override(code):
        label = translation.gettext("Languages")
    return re.search(rf"<dt>{label}</dt><dd>(.*?)</dd>", html).group(1)


def test_a_list_is_separated_by_the_arabic_comma_in_the_arabic_script(client, outlet_index):
    outlet = factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo", languages=["ko", "ru"])
    arabic = in_locale(outlet, "ug-arab", title="كورىيو ئىلبو")
    listed = languages_of(client.get(arabic.url).content.decode(), "ug-arab")
    assert "، " in listed and "," not in listed, listed
    listed = languages_of(client.get(outlet.url).content.decode(), "kk")
    assert ", " in listed and "،" not in listed, listed


def test_a_dates_time_follows_the_arabic_comma_in_the_arabic_script():
    when = datetime.datetime(2026, 12, 13, 10, 0)
    with translation.override("ug-arab"):
        assert formats.date_format(when, "DATETIME_FORMAT").endswith("2026، 10:00")
    with translation.override("ug"):
        assert formats.date_format(when, "DATETIME_FORMAT").endswith("2026, 10:00")


def test_an_issues_number_stays_with_its_sign(client, outlet):
    edition(outlet, born_digital(strip("kk", KAZAKH)), number=48)
    html = client.get("/kk/editions/").content.decode()
    assert "№\u00a048" in html and "№ 48" not in html


def test_an_editions_date_is_written_as_the_readers_language_writes_dates(client, outlet):
    # The edition's page and the outlet's archive wrote "21.03.1996" in every language (Korean too).
    issue = edition(outlet, born_digital(strip("kk", KAZAKH)), number=48)
    korean = in_locale(issue, "ko")
    for page, code, written in ((issue, "kk", "21 наурыз 1996 ж."), (korean, "ko", "1996년 3월 21일")):
        archive = f"/{code}/{outlet.url.split('/', 2)[2]}editions/1996/"
        for html in (client.get(page.url).content.decode(), client.get(archive).content.decode()):
            assert written in html and "21.03.1996" not in html, code
