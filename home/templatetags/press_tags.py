"""Template tags for every reader page: the language picker, alternates, breadcrumbs, names in the reader's script."""

from functools import cache
from urllib.parse import quote, unquote, urlencode, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.template.base import render_value_in_context
from django.urls import NoReverseMatch, Resolver404, get_script_prefix, get_urlconf, resolve, reverse
from django.utils import translation
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

import languages
from languages.localize import live_translations
from newsroom.absolute import absolute_url

from .. import page_cache
from ..structured_data import news_article, script_tag

register = template.Library()


def page_translations(page, request=None) -> list[dict]:
    """The live, public versions of `page` in every locale, in the order of the language table (built once
    per page and request: the hreflang alternates and the language picker both show them)."""
    kept = getattr(page, "_reader_translations", None)
    if kept is not None and kept[0] is request:
        return kept[1]
    translations = [
        {"language": language, "page": version, "url": version.get_url(request), "current": version.pk == page.pk}
        for language, version in live_translations(page)
    ]
    page._reader_translations = (request, translations)
    return translations


# The language switch view's URL per language, script prefix and URL conf (reversed once per process: the
# picker links every language on every page).
_switch_paths: dict[tuple, str] = {}


def _switch_url(code: str, target: str) -> str:
    """The picker's link: remembers the reader's choice (for `/`), then opens `target`."""
    key = (code, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    switch = _switch_paths.get(key)
    if switch is None:
        switch = _switch_paths[key] = reverse("reader_language", args=[code])
    return f"{switch}?{urlencode({'next': target})}"


def _translated_paths(url: str) -> dict[str, str]:
    """Django's `translate_url(url, code)` for every language, with the URL resolved once rather than once for
    each of the fourteen (a view's page, such as search or a topic: its picker links)."""
    parsed = urlsplit(url)
    try:
        match = resolve(unquote(parsed.path))
    except Resolver404:
        return {language.code: url for language in languages.LANGUAGES}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    paths = {}
    for language in languages.LANGUAGES:
        with translation.override(language.code):
            try:
                path = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                paths[language.code] = url
            else:
                paths[language.code] = urlunsplit((parsed.scheme, parsed.netloc, path, parsed.query, parsed.fragment))
    return paths


_GLOBE = mark_safe(
    '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none"'
    ' stroke="currentColor" stroke-width="1.8"/><path d="M3 12h18M12 3c2.6 2.7 3.8 5.7 3.8 9s-1.2 6.3-3.8 9c-2.6-2.7'
    '-3.8-5.7-3.8-9S9.4 5.7 12 3z" fill="none" stroke="currentColor" stroke-width="1.8"/></svg>'
)
_SEPARATOR = '<span class="language-picker__sep" aria-hidden="true"> · </span>'
_CURRENT = mark_safe(' aria-current="true"')
_HOME = mark_safe(' class="language-picker__home"')


@register.simple_tag(takes_context=True)
def language_picker(context) -> str:
    """Every language, script variants beside their language (Қазақша · Qazaqşa).

    Each links to this page in that language, or to that language's front page when the page does
    not exist in it (always, on an error page). Built here rather than by an inclusion template: fourteen
    links of seven values each, on every reader page.
    """
    request = context.get("request")
    page = context.get("page")
    current = context["current_language"]
    if page is not None and hasattr(page, "get_translations"):
        targets = {item["language"].code: item["url"] for item in page_translations(page, request)}
    elif request is not None and not context.get("error_page"):
        targets = _translated_paths(request.path)
    else:
        targets = {}
    groups = []
    for members in _picker_groups():
        links = [
            f'<a href="{escape(_switch_url(code, targets.get(code, f"/{code}/")))}"{attributes}'
            f"{_CURRENT if code == current.code else ''}{'' if code in targets else _HOME}>{name}</a>"
            for code, attributes, name in members
        ]
        groups.append(f"\n            <li>{_SEPARATOR.join(links)}</li>")
    label = translation.gettext("Language and script")
    return mark_safe(
        f'<details class="language-picker">\n    <summary class="language-picker__toggle">{_GLOBE}'
        f'<span class="visually-hidden">{label}: </span><span lang="{escape(current.code)}">'
        f"{escape(current.name_local)}</span></summary>\n"
        f'    <nav class="language-picker__panel" aria-label="{label}">\n'
        f'        <ul class="language-picker__list">{"".join(groups)}\n        </ul>\n    </nav>\n</details>\n'
    )


@cache
def _picker_groups() -> list[list[tuple[str, str, str]]]:
    """The picker's groups (a language and its script variants) of (code, the link's fixed attributes, name),
    escaped once per process (the language table is fixed at start-up)."""
    return [
        [
            (
                language.code,
                format_html(
                    ' hreflang="{}" lang="{}" dir="{}" rel="nofollow"', *[language.code] * 2, language.direction
                ),
                escape(language.name_local),
            )
            for language in [base, *(variant for variant in languages.VARIANTS if variant.variant_of == base.code)]
        ]
        for base in languages.CONTENT_LANGUAGES
    ]


@register.simple_tag
@cache
def front_page_links() -> str:
    """The footer's links to every language's front page: the same on every page (the language table is
    fixed at start-up), so made once per process."""
    return format_html_join(
        "",
        '<li><a href="/{}/" hreflang="{}" lang="{}" dir="{}">{}</a></li>',
        ((item.code, item.code, item.code, item.direction, item.name_local) for item in languages.LANGUAGES),
    )


@register.simple_tag(takes_context=True)
def primary_links(context, links) -> str:
    """The header's menu items, the reader's section marked (`aria-current`: "page" on it, "true" below it).
    Written here rather than by a loop of a dozen template nodes per link, on every reader page."""
    request = context.get("request")
    path = getattr(request, "path", None)
    items = []
    for link in links:
        current = ""
        if path is not None:
            current = ' aria-current="page"' if path == link.url else ' aria-current="true"' if link.url in path else ""
        url, label = render_value_in_context(link.url, context), render_value_in_context(link.label, context)
        items.append(f'\n                    <li><a href="{url}"{current}>{label}</a></li>')
    return mark_safe("".join(items))


@register.simple_tag(takes_context=True)
def language_offers(context, translations) -> str:
    """The story's other versions offered to a reader of their language (static/js/reader.js shows one): a
    `<template>` each, its line in that language. One tag rather than a loop of a dozen nodes per version."""
    request = context.get("request")
    offers = []
    for language, version in translations:
        url = version.get_url(request=request)  # as {% pageurl %}
        code, direction = (render_value_in_context(value, context) for value in (language.code, language.direction))
        with translation.override(language.code):
            text = mark_safe(translation.gettext("This story is also in your language"))  # a template literal's
            link = f'<a href="{render_value_in_context(url, context)}" hreflang="{code}">'
            title = render_value_in_context(version.title, context)
        paragraph = f'<p lang="{code}" dir="{direction}">{text}: {link}{title}</a></p>'
        offers.append(f'\n    <template data-lang="{code}">{paragraph}</template>')
    return mark_safe("".join(offers))


@register.simple_tag(takes_context=True)
def alternate_links(context, page) -> str:
    request = context.get("request")
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((item["language"].code, absolute_url(request, item["url"])) for item in page_translations(page, request)),
    )


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None) -> dict:
    """The way from the front page to `page` (the page's `ancestors` if its context has them, or those its
    routing read, else one query), or the `breadcrumbs` a view put in the context."""
    if page is None:
        return {"crumbs": context.get("breadcrumbs", [])}
    ancestors = context.get("ancestors")
    if ancestors is None and hasattr(page, "route_ancestors"):  # read by home/routing.py on the way
        ancestors = [item for item in page.route_ancestors if item.depth > 1]
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else []
    return {"crumbs": [(item.title, item.get_url(context.get("request"))) for item in ancestors]}


@register.simple_tag
def absolute(url: str, request=None) -> str:
    return absolute_url(request, url)


@register.filter
def name_in_script(journalist) -> str:
    """A journalist's name in the script of the reader's language (plain text, e.g. for <title>)."""
    return journalist.name_in(translation.get_language() or languages.DEFAULT_LANGUAGE)


@register.simple_tag
def journalist_name(journalist) -> str:
    """The name, isolated: a Latin or Cyrillic name must not reorder the words around it on an RTL page."""
    return format_html("<bdi>{}</bdi>", name_in_script(journalist))


@register.filter
def language_name(code: str) -> str:
    """A language's name in the reader's language and script ("Орысша" on a Kazakh page)."""
    language = languages.BY_CODE.get(code)
    return translation.gettext(language.name) if language else code


@register.filter
def og_locale(code: str) -> str:
    """Open Graph's language_TERRITORY for a locale: the network publishes in Kazakhstan."""
    language = languages.BY_CODE.get(code)
    return f"{(language.variant_of or language.code) if language else code}_KZ"


@register.simple_tag(takes_context=True)
def article_json_ld(context, og_image: str = "") -> str:
    data = news_article(context.get("request"), context["page"], {**context.flatten(), "og_image": og_image})
    return script_tag(data)


@register.simple_tag(takes_context=True)
def share_links(context, url: str, title: str) -> list[dict]:
    """Plain links to the sharing pages readers here use; no third-party script is loaded."""
    full = absolute_url(context.get("request"), url)
    link, text = quote(full, safe=""), quote(title, safe="")
    return [
        {"name": "Telegram", "url": f"https://t.me/share/url?url={link}&text={text}"},
        {"name": "WhatsApp", "url": f"https://wa.me/?text={text}%20{link}"},
        {"name": "Facebook", "url": f"https://www.facebook.com/sharer/sharer.php?u={link}"},
        {"name": "VK", "url": f"https://vk.com/share.php?url={link}&title={text}"},
        {"name": "X", "url": f"https://x.com/intent/post?url={link}&text={text}"},
        {"name": "email", "url": f"mailto:?subject={text}&body={link}"},
    ]


class ReaderFragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context) -> str:
        request = context.get("request")
        host = request.get_host() if request is not None else ""
        parts = [str(value.resolve(context)) for value in self.vary_on]
        name = "\n".join([*parts, host, translation.get_language() or ""])
        return page_cache.fragment(name, lambda: self.nodelist.render(context))


@register.tag
def reader_fragment(parser, token) -> ReaderFragmentNode:
    """`{% reader_fragment "name" page.pk %}…{% end_reader_fragment %}`: the enclosed HTML kept until a change
    readers would see (home.page_cache.fragment), per name and values, host and language. For parts that
    read no request or user state: the same HTML for every reader of the page."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("reader_fragment needs a name")
    nodelist = parser.parse(("end_reader_fragment",))
    parser.delete_first_token()
    return ReaderFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits])
