"""Template tags for every reader page: languages the page exists in, and names in the reader's script."""

from django import template
from django.utils import translation
from django.utils.html import format_html, format_html_join

import languages

register = template.Library()


def page_translations(page) -> list[dict]:
    """The live, public versions of `page` in every locale, in the order of the language table.

    Cached on the page object: the header switcher and the <head> alternates share one query.
    """
    if not hasattr(page, "_reader_translations"):
        pages = page.get_translations(inclusive=True).live().public().select_related("locale")
        by_code = {item.locale.language_code: item for item in pages}
        page._reader_translations = [
            {
                "language": language,
                "url": by_code[language.code].get_url(),
                "full_url": by_code[language.code].get_full_url(),
                "current": by_code[language.code].pk == page.pk,
            }
            for language in languages.LANGUAGES
            if language.code in by_code
        ]
    return page._reader_translations


@register.inclusion_tag("includes/language_switcher.html")
def language_switcher(page):
    items = page_translations(page)
    return {"items": items if len(items) > 1 else []}


@register.simple_tag
def alternate_links(page):
    items = page_translations(page)
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((item["language"].code, item["full_url"]) for item in items),
    )


@register.simple_tag
def journalist_name(journalist):
    code = translation.get_language() or languages.DEFAULT_LANGUAGE
    name = journalist.name_in(code)
    return format_html('<span dir="auto">{}</span>', name)
