"""The names table: one spelling per place, outlet and name per language, and the established forms that
the script variants use instead of letter-by-letter transliteration.

The data is in the TOML files next to this module, one entry per named thing:

    regions.toml     the 17 regions and 3 cities of republican significance; key = ISO 3166-2:KZ code
    places.toml      cities, villages and landmarks; key = ASCII slug; `region` = the region's code
    outlets.toml     the network's newspapers and magazines; key = the outlet's slug
    exceptions.toml  other words and names whose variant form is not what the letter rules give
                     (titles of works, Korean names in Cyrillic, …)

An entry is a TOML table in an array named `name`:

    [[name]]
    key = "shymkent"                 # required, unique within its file
    slug = "almaty-region"           # regions only: ASCII name (imports, URLs); is_city = true for the
    is_city = true                   #   three cities of republican significance
    region = "KZ-79"                 # places only: the ISO code of the region
    kk = "Шымкент"                   # the spelling in one locale (any code of languages.LANGUAGES)
    uz = "Чимкент"
    cyrillic = "…"                   # the spelling in every Cyrillic-script locale without its own key
    latin = "…"                      # … every Latin-script locale without its own key
    arabic = "…"                     # … the Arabic-script locale(s)
    hangul = "…"                     # … Korean
    own = "…"                        # the name as its owner writes it: every locale without any of the above
    avoid = { uz = ["Шимкент"] }     # spellings seen in the wild that this locale must not use

`Name.spelling(code)` resolves a locale's spelling in that order: its own key, its script's key, `own`.
A script variant (kk-latn, ug-arab, uz-latn) resolves only to a form in its own script, never to `own` in
another script; when it has none, the variant spelling is the transliteration of the base language's
spelling by the letter rules.

The transliterator (languages.transliteration) replaces each spelling of an entry in the base text by the
entry's variant form before it applies the letter rules, so «Корё ильбо» becomes «Koryo Ilbo», not «Korio
ilbo», also when a suffix follows («Корё ильбоның» → «Koryo Ilbonyñ»).

Names that live in the database (journalists' names per script) reach the transliterator through
`register`: an app registers a provider at `ready()` and calls `changed()` when the data changes, so
this package never imports an app's models.
"""

import itertools
import threading
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.core.cache import cache as django_cache

import languages

DATA_DIR = Path(__file__).resolve().parent
KINDS = ("region", "place", "outlet", "exception")
SCRIPT_KEYS = {"Cyrl": "cyrillic", "Latn": "latin", "Arab": "arabic", "Hang": "hangul"}
_FIELDS = {"key", "slug", "is_city", "region", "own", "avoid"} | set(SCRIPT_KEYS.values())
_NOT_SPELLINGS = {"key", "slug", "is_city", "region", "avoid"}


class NamesError(ValueError):
    """The names data is malformed (unknown locale code, missing key, duplicate key …)."""


@dataclass(frozen=True)
class Name:
    """One named thing and its spellings (keys: locale codes, script keys, "own")."""

    kind: str
    key: str
    spellings: Mapping[str, str]
    slug: str | None = None
    is_city: bool = False
    region: str | None = None
    avoid: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def spelling(self, code: str) -> str | None:
        """The spelling in locale `code`, or None when a script variant is left to the letter rules."""
        language = languages.BY_CODE[code]
        own_key = self.spellings.get(code)
        if own_key:
            return own_key
        by_script = self.spellings.get(SCRIPT_KEYS.get(language.script, ""))
        if by_script:
            return by_script
        if language.is_variant:
            return None
        return self.spellings.get("own")

    def variant_form(self, code: str) -> str | None:
        """The form a script variant must use (given in the table), or None: transliterate the base."""
        if not languages.BY_CODE[code].is_variant:
            raise ValueError(f"{code!r} is not a script variant")
        return self.spelling(code)

    def all_spellings(self) -> set[str]:
        return {value for value in self.spellings.values() if value}


def _parse(kind: str, raw: Mapping, source: str) -> Name:
    unknown = set(raw) - _FIELDS - set(languages.BY_CODE)
    if unknown:
        raise NamesError(f"{source}: unknown field(s) {sorted(unknown)} in entry {raw.get('key')!r}")
    if not raw.get("key"):
        raise NamesError(f"{source}: an entry without a key")
    avoid = raw.get("avoid", {})
    if set(avoid) - set(languages.BY_CODE):
        raise NamesError(f"{source}: avoid names an unknown locale in {raw['key']!r}")
    spellings = {name: str(value).strip() for name, value in raw.items() if name not in _NOT_SPELLINGS}
    return Name(
        kind=kind,
        key=raw["key"],
        spellings=spellings,
        slug=raw.get("slug"),
        is_city=bool(raw.get("is_city", False)),
        region=raw.get("region"),
        avoid={code: tuple(values) for code, values in avoid.items()},
    )


def _load_file(kind: str, path: Path) -> list[Name]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    entries = [_parse(kind, raw, path.name) for raw in data.get("name", [])]
    seen: set[str] = set()
    for entry in entries:
        if entry.key in seen:
            raise NamesError(f"{path.name}: duplicate key {entry.key!r}")
        seen.add(entry.key)
    return entries


@cache
def table() -> tuple[Name, ...]:
    """Every entry of the data files, in file order (regions, places, outlets, exceptions)."""
    files = {"region": "regions.toml", "place": "places.toml", "outlet": "outlets.toml", "exception": "exceptions.toml"}
    return tuple(itertools.chain.from_iterable(_load_file(kind, DATA_DIR / name) for kind, name in files.items()))


def of_kind(kind: str) -> list[Name]:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")
    return [entry for entry in table() if entry.kind == kind]


def get(kind: str, key: str) -> Name:
    for entry in of_kind(kind):
        if entry.key == key:
            return entry
    raise KeyError(f"no {kind} {key!r} in the names table")


def city(slug: str) -> Name:
    """A city by slug: a place, or one of the cities of republican significance in regions.toml."""
    for entry in table():
        if (entry.kind == "place" and entry.key == slug) or (entry.is_city and entry.slug == slug):
            return entry
    raise KeyError(f"no city {slug!r} in the names table")


def spelling(kind: str, key: str, code: str) -> str:
    """The one spelling of a region, place or outlet in locale `code` (variants: transliterated if needed)."""
    entry = get(kind, key)
    value = entry.spelling(code)
    if value is not None:
        return value
    # The transliterator reads this table: imported here, at the one call that needs it, to keep
    # languages.names importable by languages.transliteration (tests/test_architecture.py lists it).
    from languages.transliteration import transliterate

    base = languages.BY_CODE[code].variant_of
    return transliterate(entry.spelling(base) or "", base, code)


# --- Names kept in the database ----------------------------------------------------------------------

Provider = Callable[[], Iterable[Name]]
_providers: list[Provider] = []
_lock = threading.Lock()
_state = {"generation": 0, "loaded": -1, "names": ()}
_GENERATION_KEY = "languages.names.generation"


def register(provider: Provider) -> None:
    """Add a source of names kept in the database; called once by an app's ready()."""
    if provider not in _providers:
        _providers.append(provider)


def changed() -> None:
    """Names in the database changed: every process reloads its providers on its next use.

    The generation is kept in Django's cache, so with a shared cache (Redis in production) other
    processes see it too; with the local-memory cache only this process does.
    """
    _state["generation"] += 1
    try:
        django_cache.incr(_GENERATION_KEY)
    except ValueError:
        django_cache.set(_GENERATION_KEY, 1, None)


def _generation() -> int:
    return _state["generation"] + (django_cache.get(_GENERATION_KEY) or 0)


_static_only = threading.local()


@contextmanager
def static_only() -> Iterator[None]:
    """Use only the data files inside the block (for tools that run without a database)."""
    previous = getattr(_static_only, "on", False)
    _static_only.on = True
    try:
        yield
    finally:
        _static_only.on = previous


def registered() -> tuple[Name, ...]:
    """The names the providers give, reloaded after `changed()`."""
    if not _providers or getattr(_static_only, "on", False):
        return ()
    generation = _generation()
    with _lock:
        if _state["loaded"] != generation:
            _state["names"] = tuple(itertools.chain.from_iterable(provider() for provider in _providers))
            _state["loaded"] = generation
        return _state["names"]


def everything() -> tuple[Name, ...]:
    """The data files' entries, then the registered ones."""
    return table() + registered()
