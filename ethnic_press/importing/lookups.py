"""Read-only look-ups of what an import line refers to: locales, outlets, regions, topics, journalists.

Nothing here writes, so a dry run can resolve a whole file. Locales, outlets, regions and topics
are never created by the import, so their answers are cached for the run; journalists and outlet
translations can be created by an earlier line (whose transaction may have been rolled back), so
they are looked up afresh every time.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from wagtail.models import Locale, Page

import languages
from ethnic_press.models import OutletPage, Region
from newsroom.models import Journalist, Topic

from .errors import LineError

JOURNALIST_NAME_FIELDS = ("name", "name_cyrillic", "name_latin", "name_arabic", "name_hangul")


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
        self._regions: dict[str, Region | str] = {}
        self._topics: dict[str, Topic | str] = {}

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
        page = OutletPage.objects.filter(translation_key=source.translation_key, locale=locale).first()
        if page is not None:
            if not page.live:
                raise LineError(f"the {locale.language_code!r} page of outlet {source.slug!r} is not published")
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

    def region(self, code: str) -> Region:
        key = code.upper()
        if key not in self._regions:
            self._regions[key] = self._in_default_locale(Region.objects.filter(code=key)) or f"unknown region {code!r}"
        return _cached(self._regions[key])

    def topic(self, value: str) -> Topic:
        if value not in self._topics:
            self._topics[value] = self._find_topic(value)
        return _cached(self._topics[value])

    def _find_topic(self, value: str) -> Topic | str:
        matches = Topic.objects.filter(Q(slug=value) | Q(name=value))
        if len({topic.translation_key for topic in matches}) > 1:
            return f"topic {value!r} matches several topics"
        return self._in_default_locale(matches) or f"unknown topic {value!r}"

    def journalist(self, name: str) -> Journalist | None:
        """The journalist with this name in any of their scripts, or None when there is none yet."""
        query = Q()
        for name_field in JOURNALIST_NAME_FIELDS:
            query |= Q(**{name_field: name})
        matches = Journalist.objects.filter(query)
        if len({journalist.translation_key for journalist in matches}) > 1:
            raise LineError(f"author {name!r} matches several journalists")
        return self._in_default_locale(matches)

    def _in_default_locale(self, queryset):
        """Synchronised snippet fields point at one row of a translation family: the default-locale one."""
        rows = list(queryset)
        return next((row for row in rows if row.locale_id == self.default_locale.pk), rows[0] if rows else None)


def _cached(value):
    if isinstance(value, str):
        raise LineError(value)
    return value
