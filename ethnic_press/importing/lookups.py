"""Read-only look-ups of what an import line refers to: locales, outlets, regions, topics, journalists.

Nothing here writes, so a dry run can resolve a whole file. Locales, outlets, regions and topics
are never created by the import, so their answers are cached for the run. Journalists and outlet
translations can be created by an earlier line: outlet translations found are remembered (not those found
missing: a line may create them); every answer about a name is remembered, a journalist the writer creates
replacing the "none yet" (`journalist_created`); both are forgotten when a batch is rolled back. Regions and
topics are matched by every name people use for them, case-insensitively in every script (see `fold`): the
vocabularies are small, so they are read once.
"""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q

from wagtail.models import Locale, Page

import languages
from ethnic_press.models import OutletPage, Region
from languages import names
from newsroom.models import Journalist, Topic

from .errors import LineError

JOURNALIST_NAME_FIELDS = ("name", "name_cyrillic", "name_latin", "name_arabic", "name_hangul")
# Five `IN` lists of this many names each stay far below the parameters a statement may have on SQLite.
JOURNALIST_NAMES_PER_QUERY = 150


@dataclass
class OutletTarget:
    """Where an article in one language goes: the outlet's page in that locale, or how to make it."""

    source: OutletPage  # the live outlet page translations are copied from
    page: OutletPage | None  # the outlet's live page in the line's locale, if it exists already
    missing_ancestors: list[Page] = field(default_factory=list)  # to translate, top-down, before the outlet


class Lookups:
    def __init__(self) -> None:
        self.default_locale = Locale.objects.get(language_code=languages.DEFAULT_LANGUAGE)
        self._locales: dict[str, Locale | str] = {}
        self._outlets: dict[str, OutletPage | str] = {}
        self._regions: dict[str, Region | None] = {}
        self._region_keys: dict[str, set[str]] | None = None
        self._topics: dict = {}
        self._topic_keys: dict[str, set] | None = None
        self._journalists: dict[str, Journalist | None | str] = {}  # str: why the name is refused
        self._outlet_pages: dict[tuple[int, int], OutletPage] = {}

    def locale(self, code: str) -> Locale:
        if code not in self._locales:
            self._locales[code] = self._find_locale(code)
        return _cached(self._locales[code])

    def _find_locale(self, code: str) -> Locale | str:
        language = languages.BY_CODE.get(code)
        if language is None:
            return f"unknown language {code!r}"
        if language.is_variant:
            # Variants are produced from their base language by transliteration, never authored.
            base = language.variant_of
            return f"language {code!r} is a script variant of {base!r}; import the {base!r} text"
        locale = Locale.objects.filter(language_code=code).first()
        return locale or f"language {code!r} has no locale on this site"

    def outlet_source(self, slug: str) -> OutletPage:
        """The live page of the outlet with this slug (in any locale), preferring the default locale."""
        if slug not in self._outlets:
            self._outlets[slug] = self._find_outlet(slug)
        return _cached(self._outlets[slug])

    def _find_outlet(self, slug: str) -> OutletPage | str:
        keys = set(OutletPage.objects.filter(slug=slug).values_list("translation_key", flat=True))
        if not keys:
            return f"unknown outlet {slug!r}"
        if len(keys) > 1:
            return f"outlet slug {slug!r} is used by {len(keys)} different outlets"
        family = OutletPage.objects.filter(translation_key=keys.pop(), live=True)
        source = family.filter(locale=self.default_locale).first() or family.order_by("pk").first()
        return source or f"outlet {slug!r} is not published"

    def outlet_target(self, source: OutletPage, locale: Locale) -> OutletTarget:
        if (source.pk, locale.pk) in self._outlet_pages:
            return OutletTarget(source=source, page=self._outlet_pages[source.pk, locale.pk])
        page = OutletPage.objects.filter(translation_key=source.translation_key, locale=locale).first()
        if page is not None:
            if not page.live:
                raise LineError(f"the {locale.language_code!r} page of outlet {source.slug!r} is not published")
            self._outlet_pages[source.pk, locale.pk] = page
            return OutletTarget(source=source, page=page)
        missing = []
        for ancestor in source.get_ancestors().filter(depth__gt=1).specific():
            translated = ancestor.get_translation_or_none(locale)
            if translated is None:
                missing.append(ancestor)
            elif not translated.live:
                # An editor keeps it unpublished; publishing it as a side effect of an import is not ours to do.
                raise LineError(
                    f"the {locale.language_code!r} page {translated.title!r} above the outlet is not published"
                )
        return OutletTarget(source=source, page=None, missing_ancestors=missing)

    def region(self, value: str) -> Region:
        """A region by ISO 3166-2:KZ code (KZ-75), slug (almaty) or name in any language (Алматы, Ałmaty)."""
        if self._region_keys is None:
            self._region_keys = self._region_index()
        code = _only(self._region_keys, value, "region")
        if code not in self._regions:
            self._regions[code] = self._in_default_locale(Region.objects.filter(code=code))
        if self._regions[code] is None:  # a region of the names table that this site has not created
            raise LineError(f"unknown region {value!r}")
        return self._regions[code]

    def _region_index(self) -> dict[str, set[str]]:
        """Every way of naming a region → its code: codes, the names table's slugs and spellings, and the
        names of the Region snippets in every locale."""
        index: dict[str, set[str]] = {}
        for code, name in Region.objects.values_list("code", "name"):
            for key in (code, name):
                index.setdefault(fold(key), set()).add(code)
        for entry in names.of_kind("region"):
            for key in (entry.key, entry.slug or "", *entry.all_spellings()):
                if key:
                    index.setdefault(fold(key), set()).add(entry.key)
        return index

    def topic(self, value: str) -> Topic:
        """A topic by slug or by name in any locale, case-insensitively (Unicode case folding: КУЛЬТУРА,
        Мәдениет and culture find the same topic)."""
        if self._topic_keys is None:
            self._topic_keys = {}
            for key, slug, name in Topic.objects.values_list("translation_key", "slug", "name"):
                for text in (slug, name):
                    self._topic_keys.setdefault(fold(text), set()).add(key)
        key = _only(self._topic_keys, value, "topic")
        if key not in self._topics:
            self._topics[key] = self._in_default_locale(Topic.objects.filter(translation_key=key))
        return self._topics[key]

    def journalist(self, name: str) -> Journalist | None:
        """The journalist with this name in any of their scripts, or None when there is none yet."""
        if name not in self._journalists:
            self._journalists[name] = self._find_journalist(name)
        return _cached(self._journalists[name])

    def _find_journalist(self, name: str) -> Journalist | None | str:
        query = Q()
        for name_field in JOURNALIST_NAME_FIELDS:
            query |= Q(**{name_field: name})
        return self._one_journalist(name, Journalist.objects.filter(query))

    def _one_journalist(self, name: str, matches) -> Journalist | None | str:
        if len({journalist.translation_key for journalist in matches}) > 1:
            return f"author {name!r} matches several journalists"
        return self._in_default_locale(matches)

    def prefetch_journalists(self, names: Iterable[str]) -> None:
        """Answer for many names at once (a batch's authors): one query per JOURNALIST_NAMES_PER_QUERY names
        instead of one per name; each answer is the one `journalist(name)` would give."""
        wanted = [name for name in dict.fromkeys(names) if name not in self._journalists]
        for start in range(0, len(wanted), JOURNALIST_NAMES_PER_QUERY):
            chunk = wanted[start : start + JOURNALIST_NAMES_PER_QUERY]
            query = Q()
            for name_field in JOURNALIST_NAME_FIELDS:
                query |= Q(**{f"{name_field}__in": chunk})
            matches: dict[str, list[Journalist]] = {name: [] for name in chunk}
            # In the model's order (by name), as each name's own query returns them.
            for journalist in Journalist.objects.filter(query):
                for name in dict.fromkeys(getattr(journalist, name_field) for name_field in JOURNALIST_NAME_FIELDS):
                    if name in matches:
                        matches[name].append(journalist)
            for name, found in matches.items():
                self._journalists[name] = self._one_journalist(name, found)

    def journalist_created(self, name: str, journalist: Journalist) -> None:
        """The writer created `journalist` for `name` (there was none): later lines credit the same one."""
        self._journalists[name] = journalist

    def forget_written(self) -> None:
        """After a rolled-back batch: a journalist or outlet page remembered may have been created by it."""
        self._journalists.clear()
        self._outlet_pages.clear()

    def _in_default_locale(self, queryset):
        """Synchronised snippet fields point at one row of a translation family: the default-locale one."""
        rows = list(queryset)
        return next((row for row in rows if row.locale_id == self.default_locale.pk), rows[0] if rows else None)


def _only(index: dict[str, set], value: str, kind: str):
    """The one thing `value` names in a folded index of names, or a LineError."""
    found = index.get(fold(value), set())
    if len(found) > 1:
        raise LineError(f"{kind} {value!r} matches several {kind}s")
    if not found:
        raise LineError(f"unknown {kind} {value!r}")
    return next(iter(found))


def fold(text: str) -> str:
    """Text compared case-insensitively in every script: NFKC, full Unicode case folding, the dot of a
    Turkish İ dropped, spaces collapsed (SQLite's iexact folds ASCII only, so matching happens here)."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("\u0307", "")
    return " ".join(folded.split())


def _cached(value):
    if isinstance(value, str):
        raise LineError(value)
    return value
