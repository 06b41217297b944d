"""Cards' and headlines' dates (newsroom/templatetags/press_cards.py) are the text of Django's `|date` filters in
every language, whatever day they fall on in Kazakhstan's time."""

import datetime
from types import SimpleNamespace
from unittest import mock

from django.template import Context, Template
from django.template.defaultfilters import date as date_filter
from django.utils import translation

import pytest

import languages
from newsroom.templatetags import press_cards

FILTERS = Template('<time datetime="{{ moment|date:\'c\' }}">{{ moment|date:"DATE_FORMAT" }}</time>')
MOMENTS = [
    datetime.datetime(2026, 3, 21, 23, 30, tzinfo=datetime.UTC),  # already the 22nd in Almaty
    datetime.datetime(2026, 12, 31, 18, 59, 59, 123456, tzinfo=datetime.UTC),
    datetime.datetime(2025, 5, 9, 4, 0, tzinfo=datetime.UTC),
]


@pytest.mark.parametrize("code", [language.code for language in languages.LANGUAGES])
def test_a_cards_date_is_the_date_filters_text_in_every_language(code):
    with translation.override(code):
        for moment in MOMENTS:
            for _twice in range(2):  # made, then remembered for the day
                context = Context({"moment": moment})
                card = press_cards._published(context, SimpleNamespace(published_at=moment))
                assert card == FILTERS.render(context)


def test_a_date_format_with_a_time_in_it_is_not_remembered_by_day():
    moment = MOMENTS[0]
    with (
        mock.patch.object(press_cards, "get_format", return_value="j F Y, H:i"),
        mock.patch.object(press_cards, "_day_text", side_effect=AssertionError("remembered by day")),
        translation.override("ru"),
    ):
        assert press_cards.date_text(moment) == date_filter(moment, "DATE_FORMAT")
