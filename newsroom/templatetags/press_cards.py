"""`{% article_card article [compact=True] [hide_outlet=True] %}`: a story's card in a listing,
`{% headline article [outlet=False] %}`: a story's line in a list of headlines, and `{% also_in article %}`:
the other outlets carrying the story.

The card was an include (includes/article_card.html, and includes/also_in.html inside it): a new context
and some twenty nodes rendered per card, 20–30 cards a page. Here it is one function making the same HTML;
only the hero photo still goes through the `{% rendition %}` tag (Wagtail's picture), compiled once. A
headline (the front page shows some twenty) likewise replaces its loop body's dozen nodes.
"""

import datetime
from functools import cache, lru_cache

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext, pgettext

register = template.Library()

HERO = (
    '{% load press_images %}{% rendition article.hero_image "card" sizes="(min-width: 60em) 20rem, 100vw"'
    ' loading="lazy" alt=article.hero_alt %}'
)


@cache
def _hero() -> template.Template:
    return template.Template(HERO)


@register.simple_tag
def also_in(article) -> str:
    """`{% also_in article %}`: the "Also published in" line of a story carried by other outlets (nothing
    without copies)."""
    copies = getattr(article, "also_in", None)
    if not copies:
        return ""
    links = pgettext("list separator", ", ").join(
        f'<a href="{conditional_escape(copy["url"])}">{conditional_escape(copy["outlet"])}</a>' for copy in copies
    )
    # The label as {% translate %} gives it: a template literal, safe, not escaped.
    return mark_safe(f'<p class="card__also-in">{gettext(mark_safe("Also published in"))} {links}</p>\n')


def _published(context, article) -> str:
    """`<time>` of the story's publication, as `|date:'c'` and `|date:"DATE_FORMAT"` render it."""
    published_at = template_localtime(article.published_at, context.use_tz)
    # `|date:'c'` is the datetime's isoformat() (django.utils.dateformat.DateFormat.c).
    iso = published_at.isoformat() if isinstance(published_at, datetime.datetime) else date_filter(published_at, "c")
    return f'<time datetime="{conditional_escape(iso)}">{date_text(published_at)}</time>'


# Format characters of a time or time zone (and "b"): a format with any of them is not one of a day alone.
_NOT_A_DAY = frozenset("aAbBcefgGhHiIOPrsTuUZ")


def date_text(moment) -> str:
    """`moment|date:"DATE_FORMAT"`, escaped. The language's format names a day only (every locale's does), so
    the text is made once per day and language (`_day_text`): a front page shows ~30 dates of a few days,
    and Django's date formatting was ~40 % of a card's own cost."""
    date_format = get_format("DATE_FORMAT")
    if isinstance(moment, datetime.datetime) and _NOT_A_DAY.isdisjoint(date_format):
        return _day_text(moment.date(), translation.get_language(), date_format)
    return conditional_escape(date_filter(moment, "DATE_FORMAT"))


@lru_cache(maxsize=1024)
def _day_text(day: datetime.date, language: str | None, date_format: str) -> str:
    return conditional_escape(format_date(day, date_format))


@register.simple_tag(takes_context=True)
def headline(context, article, outlet=True):
    """A list item: the linked title, the outlet (unless `outlet=False`) and date, and "also published in"."""
    url = conditional_escape(article.get_url(request=context.get("request")))
    shown = getattr(article, "outlet", None) if outlet else None
    meta = f"{conditional_escape(shown.title)} · " if shown else ""
    copies = also_in(article) if outlet else ""
    return mark_safe(
        f'<li><a href="{url}">{conditional_escape(article.title)}</a><p class="meta">{meta}'
        f"{_published(context, article)}</p>{copies}</li>"
    )


@register.simple_tag(takes_context=True)
def article_card(context, article, compact=False, hide_outlet=False):
    parts = ['<article class="card">\n    ']
    if article.hero_image:
        with context.push(article=article):
            parts.append(_hero().nodelist.render(context))
    request = context.get("request")
    parts.append(
        f'\n    <h3 class="card__title"><a href="{conditional_escape(article.get_url(request=request))}">'
        f"{conditional_escape(article.title)}</a></h3>\n    "
    )
    outlet = getattr(article, "outlet", None)
    meta = f"<span>{conditional_escape(outlet.title)}</span> · " if outlet and not hide_outlet else ""
    parts.append(f'<p class="card__meta">{meta}{_published(context, article)}</p>\n    ')
    if article.lead and not compact:
        parts.append(f'<p class="card__lead">{conditional_escape(article.lead)}</p>')
    parts.append("\n    ")
    if getattr(article, "also_in", None):
        parts.append(also_in(article))
    parts.append("\n</article>\n")
    return mark_safe("".join(parts))
