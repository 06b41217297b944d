"""The links of the reader site's header and footer, per language, in a fixed number of queries and cached.

Menus change only when an editor edits a menu or a page is published, moved or removed, so the
built links of each language are kept in the cache until then (`invalidate`). A language without
menus of its own uses the default language's, each page in the reader's language; with no menu at
all the links come from the home page's sections, so a new site has navigation before anyone edits it.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import CharField, IntegerField, UUIDField, Value
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page

import languages
from ethnic_press.models import OutletIndexPage
from languages.compiled import private_sections, run_compiled
from newsroom.models import ClubPage

from .menus import Menu
from .models import StandardPage

# What a section's link needs of its page, in the model's field order (Model.from_db takes them so).
_SECTION_FIELDS = ("id", "path", "locale_id", "title", "content_type_id", "url_path")
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
    """The menus in the reader's or the default language with their items, and the sections under the
    language's home page (shown when there is no menu), in one query of rows; then, when items link to
    pages, those pages' live public versions in the two languages in a second. Both are compiled once per
    process (languages/compiled.py): uncached, compiling them was most of the menus' cost."""
    in_languages = tuple(sorted({language_code, languages.DEFAULT_LANGUAGE}))
    private = private_sections()
    rows = run_compiled(_menu_and_section_rows, (private, len(in_languages)), (language_code, *in_languages))
    chosen: dict[str, tuple[str, int]] = {}  # slot: (language, menu id)
    items: dict[int, list[tuple]] = {}
    sections = []
    for slot, menu_language, menu_id, order, label, link_path, page_key, *section in rows:
        if not slot:
            sections.append(section)
            continue
        if slot not in chosen or (menu_language == language_code and chosen[slot][0] != language_code):
            chosen[slot] = (menu_language, menu_id)
        if label is not None:  # an item (a menu without items comes as one row of NULLs)
            items.setdefault(menu_id, []).append((order, label, link_path, page_key))
    if not chosen:
        return _from_sections(language_code, sections)
    menu_items = {
        slot: sorted(items.get(menu_id, []), key=lambda item: item[0]) for slot, (_language, menu_id) in chosen.items()
    }
    keys = sorted({item[3] for slot_items in menu_items.values() for item in slot_items if item[3] is not None})
    pages = _pages_in(language_code, in_languages, private, keys)
    return {slot: _links(menu_items.get(slot, []), pages, language_code) for slot in Menu.Slot.values}


def _menu_and_section_rows(private, language_count: int, language_code: str, *in_languages: str):
    """Rows of the menus in `in_languages` with their items, and of the live public sections under the home
    page of `language_code` (compiled once: the values are parameters)."""
    text, number = CharField(), IntegerField()
    # slot ("" for a section), menu language, menu id, item order, label, site path, linked page's translation
    # key; a section's page fields (_SECTION_FIELDS): the same columns in both parts.
    menu_rows = (
        Menu.objects.filter(locale__language_code__in=in_languages)
        .order_by()
        .values_list(
            "slot",
            "locale__language_code",
            "id",
            "items__sort_order",
            "items__label",
            "items__link_path",
            "items__link_page__translation_key",
            *(Value(None, output_field=number if name.endswith("id") else text) for name in _SECTION_FIELDS),
        )
    )
    section_rows = (
        Page.objects.live()
        .exclude(private)
        .filter(depth=3, locale__language_code=language_code)
        .order_by()
        .values_list(
            Value("", output_field=text),
            Value(None, output_field=text),
            Value(None, output_field=number),
            Value(None, output_field=number),
            Value(None, output_field=text),
            Value(None, output_field=text),
            Value(None, output_field=UUIDField()),
            *_SECTION_FIELDS,
        )
    )
    return menu_rows.union(section_rows, all=True)


def _pages_in(language_code: str, in_languages: tuple, private, keys: list) -> dict:
    """The live public version in `language_code` (else the default language) of each page, by translation key."""
    if not keys:
        return {}
    rows = run_compiled(_pages_of_keys, (private, len(in_languages), len(keys)), (*in_languages, *keys))
    by_key: dict = {}
    for page in rows:
        if page.translation_key not in by_key or page.locale.language_code == language_code:
            by_key[page.translation_key] = page
    return by_key


def _pages_of_keys(private, language_count: int, key_count: int, *values):
    in_languages, keys = values[:language_count], values[language_count:]
    return (
        Page.objects.live()
        .exclude(private)
        .filter(translation_key__in=keys, locale__language_code__in=in_languages)
        .select_related("locale")
    )


def _links(items: list[tuple], pages: dict, language_code: str) -> list[Link]:
    links = []
    for _order, label, link_path, page_key in items:
        if page_key is not None:
            page = pages.get(page_key)
            if page is not None:  # unpublished or private pages drop out of the menu
                links.append(Link(label or page.title, page.get_url()))
        elif link_path:
            links.append(Link(label, f"/{language_code}{link_path}"))
    return links


def _from_sections(language_code: str, rows: list) -> dict[str, list[Link]]:
    """Links built from the sections under the language's home page (no menu edited yet): rows of their
    _SECTION_FIELDS."""
    sections = sorted(
        (Page.from_db(connection.alias, _SECTION_FIELDS, row) for row in rows), key=lambda page: page.path
    )

    def of_type(model) -> list[Page]:
        types = ContentType.objects
        return [page for page in sections if types.get_for_id(page.content_type_id).model_class() is model]

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
