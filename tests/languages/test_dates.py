"""Dates are written in the script of the page's language (month names, the year's abbreviation, 오전/오후)."""

import datetime
import unicodedata

from django.utils import formats, translation

import pytest

import languages

SCRIPT_NAMES = {"Cyrl": "CYRILLIC", "Latn": "LATIN", "Arab": "ARABIC", "Hang": "HANGUL"}
# 30 November 2026, 22:05 in Almaty: a month name, an afternoon hour.
MOMENT = datetime.datetime(2026, 11, 30, 22, 5)


def foreign_letters(text: str, script: str) -> list[str]:
    return [char for char in text if char.isalpha() and not unicodedata.name(char).startswith(SCRIPT_NAMES[script])]


@pytest.mark.parametrize("language", languages.LANGUAGES, ids=lambda language: language.code)
def test_dates_are_written_in_the_languages_script(language):
    with translation.override(language.code):
        written = [
            formats.date_format(MOMENT.date(), "DATE_FORMAT"),
            formats.date_format(MOMENT, "DATETIME_FORMAT"),
            formats.date_format(MOMENT.date(), "b"),  # the event list's short month
        ]
    assert not foreign_letters(" ".join(written), language.script), written


@pytest.mark.parametrize(
    ("code", "date"),
    [
        ("kk", "30 қараша 2026 ж."),
        ("kk-latn", "30 qaraşa 2026 j."),
        ("ug", "30 ноябрь 2026"),
        ("ug-arab", "30 نويابىر 2026"),
        ("uz", "30-ноябрь, 2026-йил"),
        ("uz-latn", "30-noyabr, 2026-yil"),
        ("tt", "30 ноябрь 2026"),
        ("ku", "30 Mijdar 2026"),  # Kurmanji capitalises month names; the Turkic languages write them small
        ("ko", "2026년 11월 30일"),
    ],
)
def test_the_date_of_a_story_in_each_script(code, date):
    with translation.override(code):
        assert formats.date_format(MOMENT.date(), "DATE_FORMAT") == date


def test_korean_times_put_the_half_of_the_day_first():
    with translation.override("ko"):
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == "2026년 11월 30일 오후 10:05"
