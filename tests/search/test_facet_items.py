"""A facet's values are drawn by `{% facet_items %}` as the include per value drew them (includes/facet_item.html
until pagecpu8), in every language: counts as `{{ }}` localizes them, labels and links escaped."""

from django.template import Context, Template
from django.utils import translation

import pytest

import languages

INCLUDE_PER_VALUE = Template(
    '{% for item in items %}<li><a href="?{{ item.href }}"{% if item.selected %} aria-current="true" '
    'class="facet--selected"{% endif %}><span>{% if item.selected %}✓ {% endif %}{{ item.label }}</span> '
    '<span class="count">{{ item.count }}</span></a></li>\n{% endfor %}'
)
TAG = Template("{% load search_tags %}{% facet_items items %}")
ITEMS = [
    {"value": "koryo-ilbo", "label": "Коре ильбо", "count": 12, "selected": False, "href": "q=%D0%B3&outlet=koryo"},
    {"value": "x", "label": 'Газета "<Дружба>" & Ко', "count": 1234567, "selected": True, "href": "q=a&amp;b=<c>"},
    {"value": "y", "label": "", "count": 0, "selected": False, "href": ""},
    {"value": "z", "label": "Уйғур авази", "count": 3},  # no link state yet: as the include drew it
]


@pytest.mark.parametrize("code", [language.code for language in languages.LANGUAGES])
def test_facet_values_are_drawn_as_the_include_drew_them(code):
    with translation.override(code):
        context = {"items": ITEMS}
        assert TAG.render(Context(context)) == INCLUDE_PER_VALUE.render(Context(context))
