"""Reader-search template tags: related stories for an article page (search/related.py), and a facet's values."""

from django import template
from django.template.base import render_value_in_context
from django.utils.safestring import mark_safe

from ..related import related_stories as find_related

register = template.Library()


@register.simple_tag
def related_stories(page) -> list:
    """`{% related_stories page as related %}`: other outlets' stories on the page's subject."""
    return find_related(page)


@register.simple_tag(takes_context=True)
def facet_items(context, items) -> str:
    """`{% facet_items items %}`: a facet's values as list items, each linking to the search with it chosen (or
    cleared). It was an include per value (~50 on a search page, ~6 % of the page): the same HTML, values
    written as `{{ }}` writes them."""
    parts = []
    for item in items:
        selected = item.get("selected")
        current = ' aria-current="true" class="facet--selected"' if selected else ""
        parts.append(
            f'<li><a href="?{render_value_in_context(item.get("href", ""), context)}"{current}><span>'
            f"{'✓ ' if selected else ''}{render_value_in_context(item.get('label', ''), context)}</span> "
            f'<span class="count">{render_value_in_context(item.get("count", ""), context)}</span></a></li>\n'
        )
    return mark_safe("".join(parts))
