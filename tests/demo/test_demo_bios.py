"""Journalists' bios in each locale's language (issue 14, item 11): the demo writes each bio in Kazakh,
Russian and the languages of the journalist's outlets, and a profile shows the reader's language, its
own script made from the base language, else Russian or Kazakh, never another script of the page's
language."""

import tomllib
from pathlib import Path

from wagtail.models import Locale

import pytest

from demo import loader
from tests import factories

DATA = Path(__file__).resolve().parents[2] / "demo" / "data"


def test_demo_bios_are_written_in_kazakh_russian_and_every_outlet_language():
    outlets = {item["slug"]: item["languages"] for item in loader.outlets()}
    missing = []
    for journalist in tomllib.loads((DATA / "journalists.toml").read_text())["journalists"]:
        wanted = {"kk", "ru"} | {code for slug in journalist["outlets"] for code in outlets[slug]}
        missing += [(journalist["slug"], code) for code in sorted(wanted - set(journalist["bio"]))]
    assert missing == []


@pytest.fixture
def reporter(home):
    kazakh = factories.JournalistFactory(
        name="Азат Ясинов", name_cyrillic="Азат Ясинов", slug="azat-yasinov", bio="Уйғур мәдениеті туралы жазады."
    )
    for code, bio in {
        "ru": "Пишет об уйгурской культуре.",
        "ug": "Уйғур мәдәнийити тоғрилиқ язиду.",
        "ko": "위구르 문화에 대해 씁니다.",
    }.items():
        translation = kazakh.copy_for_translation(Locale.objects.get(language_code=code))
        translation.bio = bio
        translation.save()
    return kazakh


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "expected", "absent"),
    [
        ("ko", "위구르 문화에 대해 씁니다.", "Пишет"),
        ("ug", "Уйғур мәдәнийити тоғрилиқ язиду.", "Пишет"),
        ("ug-arab", "ئۇيغۇر", "Уйғур мәдәнийити"),
        ("kk-latn", "turaly jazady", "мәдениеті"),
        ("de", "Пишет об уйгурской культуре.", "мәдениеті"),
    ],
)
def test_profile_shows_the_bio_in_the_page_language_or_its_script(client, reporter, code, expected, absent):
    html = client.get(f"/{code}/journalists/azat-yasinov/").content.decode()
    assert expected in html
    assert absent not in html.split("<main", 1)[-1]
