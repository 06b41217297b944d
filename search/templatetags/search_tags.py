"""Reader-search template tags: related stories for an article page (search/related.py)."""

from django import template

from ..related import related_stories as find_related

register = template.Library()


@register.simple_tag
def related_stories(page) -> list:
    """`{% related_stories page as related %}`: other outlets' stories on the page's subject."""
    return find_related(page)
