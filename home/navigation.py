"""The links of the reader site's header and footer, per language, in a fixed number of queries and cached.

Menus change only when an editor edits a menu or a page is published, moved or removed, so the
built links of each language are kept in the cache until then (`invalidate`). A language without
menus of its own uses the default language's, each page in the reader's language; with no menu at
all the links come from the home page's sections, so a new site has navigation before anyone edits it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page

import languages
from ethnic_press.models import OutletIndexPage
from newsroom.models import ClubPage

from .menus import Menu, MenuItem
from .models import StandardPage

CACHE_KEY = "reader-navigation:{generation}:{language}"
GENERATION_KEY = "reader-navigation:generation"


@dataclass(frozen=True)
class Link:
    label: str
    url: str


def menus(language_code: str) -> dict[str, list[Link]]:
    """{"primary": [...], "footer": [...]} for the reader's language (no query when cached)."""
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    key = CACHE_KEY.format(generation=generation, language=language_code)
    built = cache.get(key)
    if built is None:
        with translation.override(language_code):
            built = _build(language_code)
        cache.set(key, built, None)
    return built


def invalidate(**kwargs) -> None:
    """Forget every language's menus (signal receiver: a menu or a page changed)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet: nothing cached under it
        cache.set(GENERATION_KEY, 1, None)


def _build(language_code: str) -> dict[str, list[Link]]:
    chosen: dict[str, Menu] = {}
    candidates = Menu.objects.filter(locale__language_code__in={language_code, languages.DEFAULT_LANGUAGE})
    for menu in candidates.select_related("locale").prefetch_related("items"):
        if menu.slot not in chosen or menu.locale.language_code == language_code:
            chosen[menu.slot] = menu
    if not chosen:
        return _from_sections(language_code)
    items = {slot: sorted(menu.items.all(), key=lambda item: item.sort_order) for slot, menu in chosen.items()}
    pages = _pages_in(language_code, [item.link_page_id for slot_items in items.values() for item in slot_items])
    return {slot: _links(items.get(slot, []), pages, language_code) for slot in Menu.Slot.values}


def _pages_in(language_code: str, page_ids: list[int]) -> dict[int, Page]:
    """The live public version in `language_code` (else the default language) of each linked page, by its id."""
    keys = dict(Page.objects.filter(pk__in=[pk for pk in page_ids if pk]).values_list("pk", "translation_key"))
    rows = (
        Page.objects.live()
        .public()
        .filter(
            translation_key__in=set(keys.values()),
            locale__language_code__in={language_code, languages.DEFAULT_LANGUAGE},
        )
    )
    by_key: dict = {}
    for page in rows.select_related("locale"):
        if page.translation_key not in by_key or page.locale.language_code == language_code:
            by_key[page.translation_key] = page
    return {pk: by_key[key] for pk, key in keys.items() if key in by_key}


def _links(items: list[MenuItem], pages: dict[int, Page], language_code: str) -> list[Link]:
    links = []
    for item in items:
        if item.link_page_id:
            page = pages.get(item.link_page_id)
            if page is not None:  # unpublished or private pages drop out of the menu
                links.append(Link(item.label or page.title, page.get_url()))
        elif item.link_path:
            links.append(Link(item.label, f"/{language_code}{item.link_path}"))
    return links


def _from_sections(language_code: str) -> dict[str, list[Link]]:
    """Links built from the sections under the language's home page (no menu edited yet)."""
    sections = list(
        Page.objects.live()
        .public()
        .filter(depth=3, locale__language_code=language_code)
        .select_related("content_type")
        .order_by("path")
    )

    def of_type(model) -> list[Page]:
        return [page for page in sections if page.content_type.model_class() is model]

    outlets, club, standard = of_type(OutletIndexPage), of_type(ClubPage), of_type(StandardPage)
    prefix = f"/{language_code}"
    topics = Link(gettext("Topics"), f"{prefix}/topics/")
    editions = Link(gettext("Print archive"), f"{prefix}/editions/")
    primary = [Link(page.title, page.get_url()) for page in outlets]
    primary += [topics, *(Link(page.title, page.get_url()) for page in club), editions]
    primary += [Link(page.title, page.get_url()) for page in standard[:1]]
    footer = [Link(page.title, page.get_url()) for page in [*standard, *club]]
    footer.append(Link(gettext("RSS feed"), f"{prefix}/feed/"))
    return {"primary": primary, "footer": footer}
