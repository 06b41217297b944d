"""The header's menu items (`{% primary_links %}`) are drawn as the template loop drew them: the reader's section
marked `aria-current="page"`, a page below it `"true"`, labels and links escaped."""

from django.template import Context, Template
from django.test import RequestFactory

import pytest

from home.navigation import Link

LOOP = Template(
    "{% for link in links %}\n"
    '                    <li><a href="{{ link.url }}"{% if request.path == link.url %} aria-current="page"'
    '{% elif link.url in request.path %} aria-current="true"{% endif %}>{{ link.label }}</a></li>{% endfor %}'
)
TAG = Template("{% load press_tags %}{% primary_links links %}")
LINKS = [
    Link("Газеттер", "/kk/outlets/"),
    Link('Клуб "<журналистов>" & Ко', "/kk/club/?a=1&b=2"),
    Link("Тақырыптар", "/kk/topics/"),
    Link("Бос", ""),
]


@pytest.mark.parametrize("path", ["/kk/outlets/", "/kk/outlets/koryo-ilbo/", "/kk/club/?a=1&b=2", "/kk/", None])
def test_menu_items_are_drawn_as_the_loop_drew_them(path):
    context = {"links": LINKS}
    if path is not None:
        context["request"] = RequestFactory().get(path)
    assert TAG.render(Context(context)) == LOOP.render(Context(context))
    if path == "/kk/outlets/koryo-ilbo/":
        assert '<a href="/kk/outlets/" aria-current="true">' in TAG.render(Context(context))
