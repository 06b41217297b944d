"""The story's other versions offered to their readers (`{% language_offers %}`, includes/language_offer.html) are
drawn as the template loop drew them: each version's line in its own language, links and titles escaped."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

import languages
from languages.localize import translate_page

LOOP = Template(
    "{% load i18n wagtailcore_tags %}{% for language, version in translations %}{% pageurl version as version_url %}\n"
    '    <template data-lang="{{ language.code }}"><p lang="{{ language.code }}" dir="{{ language.direction }}">'
    '{% language language.code %}{% translate "This story is also in your language" %}: <a href="{{ version_url }}" '
    'hreflang="{{ language.code }}">{{ version.title }}</a>{% endlanguage %}</p></template>{% endfor %}'
)
TAG = Template("{% load press_tags %}{% language_offers translations %}")


def test_versions_are_offered_as_the_loop_offered_them(home, outlet_index, outlet, article):
    versions = []
    for code, title in (("ru", 'Газета "<Дружба>" & Ко'), ("ug-arab", "گېزىت"), ("ko", "신문")):
        for page in (home, outlet_index, outlet):
            translate_page(page, code)
        versions.append((languages.BY_CODE[code], translate_page(article, code, title=title)))
    request = RequestFactory().get(article.url)
    for active in ("kk", "ru", "de"):
        with translation.override(active):
            context = {"translations": versions, "request": request}
            drawn = TAG.render(Context(context))
            assert drawn == LOOP.render(Context(context))
    assert "&quot;&lt;Дружба&gt;&quot; &amp;" in drawn and 'dir="rtl"' in drawn
