"""The admin's catalogues: every string Wagtail, wagtail-localize, Django and the other installed libraries
show in the admin, translated in each admin language (languages.ADMIN_LANGUAGES).

Their own catalogues leave gaps (measured with Wagtail 8.0 and wagtail-localize 1.14: Korean 796 strings,
Turkish 543, Ukrainian 538, Polish 236, Uyghur 142, Russian 65, German 29). A string missing in the
user's language would not show in English but in Kazakh, the site's default language, which Django
falls back to. This project fills the gaps in locale/admin/<language>/LC_MESSAGES/{django,djangojs}.po;
`gaps()` finds what is still missing, for instance after a Wagtail upgrade
(`manage.py admin_catalogue_gaps --add` writes the missing entries there, empty, for a translator).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import django
from django.apps import apps
from django.utils.translation import to_locale

import polib

from .catalogs import catalog_path

DOMAINS = ("django", "djangojs")


@dataclass(frozen=True)
class Gap:
    domain: str
    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    flags: tuple[str, ...]
    source: str  # the app whose catalogue has the string


def _third_party_locale_dirs() -> Iterator[tuple[str, Path]]:
    yield "django", Path(django.__file__).parent / "conf" / "locale"
    for app in apps.get_app_configs():
        directory = Path(app.path) / "locale"
        if directory.is_dir() and "site-packages" in app.path:
            yield app.name, directory


def _folders(code: str) -> list[str]:
    """The catalogue folders gettext reads for an admin language (ug-arab reads ug_Arab, then ug)."""
    locale = to_locale(code)
    return [locale, locale.split("_")[0]] if "_" in locale else [locale]


@cache
def _third_party_catalogue(path: Path) -> tuple[polib.POEntry, ...]:
    # Installed packages' catalogues do not change while the process runs; each is read once.
    return tuple(polib.pofile(str(path)))


def _translated(path: Path, own: bool = False) -> set[tuple[str | None, str]]:
    entries = polib.pofile(str(path)) if own else _third_party_catalogue(path)
    return {(entry.msgctxt, entry.msgid) for entry in entries if entry.translated()}


def gaps(code: str) -> list[Gap]:
    """The admin strings that no catalogue translates into the admin language `code`."""
    found: dict[tuple[str, str | None, str], Gap] = {}
    translated: set[tuple[str, str | None, str]] = set()
    own = [(domain, catalog_path(code, domain, admin)) for domain in DOMAINS for admin in (False, True)]
    for domain, path in own:
        if path.exists():
            translated |= {(domain, *key) for key in _translated(path, own=True)}
    for source, directory in _third_party_locale_dirs():
        for domain in DOMAINS:
            english = directory / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not english.exists():
                continue
            for folder in _folders(code):
                path = directory / folder / "LC_MESSAGES" / f"{domain}.po"
                if path.exists():
                    translated |= {(domain, *key) for key in _translated(path)}
            for entry in _third_party_catalogue(english):
                key = (domain, entry.msgctxt, entry.msgid)
                if not entry.obsolete and key not in found:
                    flags = tuple(flag for flag in entry.flags if flag.endswith("-format"))
                    found[key] = Gap(domain, entry.msgctxt, entry.msgid, entry.msgid_plural or None, flags, source)
    return [gap for key, gap in found.items() if key not in translated]


def add_gaps(code: str) -> int:
    """Append the missing strings, untranslated, to this project's admin catalogues; returns how many."""
    missing = gaps(code)
    for domain in DOMAINS:
        path = catalog_path(code, domain, admin=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = polib.pofile(str(path)) if path.exists() else polib.POFile()
        for gap in (gap for gap in missing if gap.domain == domain):
            catalog.append(
                polib.POEntry(
                    msgid=gap.msgid,
                    msgctxt=gap.msgctxt,
                    msgid_plural=gap.msgid_plural or "",
                    msgstr_plural={0: ""} if gap.msgid_plural else {},
                    flags=list(gap.flags),
                    comment=gap.source,
                )
            )
        if len(catalog):
            catalog.save(str(path))
    return len(missing)
