"""One import line, checked field by field into an ArticleLine (or a LineError listing what is wrong)."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from ethnic_press.models import Region
from newsroom.models import ArticlePage, Journalist, Topic

from .body import to_stream
from .errors import LineError
from .language_check import check_language
from .lookups import Lookups, OutletTarget

FIELDS = frozenset(
    {"outlet", "language", "title", "lead", "body", "published_at", "authors", "topics", "region", "source_id"}
)
TITLE_MAX_LENGTH = ArticlePage._meta.get_field("title").max_length
SOURCE_ID_MAX_LENGTH = ArticlePage._meta.get_field("source_id").max_length
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


@dataclass
class ArticleLine:
    outlet: OutletTarget
    locale: Locale
    source_id: str
    title: str
    lead: str
    body: list
    published_at: datetime.datetime
    region: Region | None
    topics: list[Topic]
    authors: list[tuple[str, Journalist | None]]  # (name, journalist or None when it is to be created)

    @property
    def language(self) -> str:
        return self.locale.language_code


def validate(data: object, lookups: Lookups, *, trust_language: bool = False) -> ArticleLine:
    """Check every field of a decoded line; all problems are reported together, separated by '; '.

    The text must be in the declared language (language_check.py) unless `trust_language`.
    """
    if not isinstance(data, dict):
        raise LineError(f"expected a JSON object, got {_json_type(data)}")
    problems: list[str] = []
    values: dict[str, object] = {}

    def check(name: str, parse, *args) -> None:
        try:
            values[name] = parse(*args)
        except LineError as error:
            problems.append(str(error))

    unknown = sorted(set(data) - FIELDS)
    if unknown:
        # Strict, so that a misspelt key ("autors") is not silently dropped from the archive.
        problems.append("unknown field" + ("s " if len(unknown) > 1 else " ") + ", ".join(map(repr, unknown)))
    check("locale", lambda: lookups.locale(_required_text(data, "language").lower()))
    check("source", lambda: lookups.outlet_source(_required_text(data, "outlet")))
    check("source_id", _source_id, data)
    check("title", _title, data)
    check("lead", lambda: _optional_text(data, "lead"))
    check("body", lambda: to_stream(_optional_text(data, "body")))
    check("published_at", _published_at, data)
    check("region", lambda: lookups.region(value) if (value := _optional_text(data, "region").strip()) else None)
    check("topics", lambda: _unique(lookups.topic(name) for name in _text_list(data, "topics")))
    check("authors", lambda: [(name, lookups.journalist(name)) for name in dict.fromkeys(_text_list(data, "authors"))])
    if not trust_language and {"locale", "title", "lead", "body"} <= values.keys():
        reason = check_language(
            values["title"], values["lead"], _optional_text(data, "body"), values["locale"].language_code
        )
        if reason:
            problems.append(reason)
    if not problems:
        check("outlet", lookups.outlet_target, values["source"], values["locale"])
    if problems:
        raise LineError("; ".join(problems))
    values.pop("source")
    return ArticleLine(**values)


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise LineError(f"{name} must be a string, got {_json_type(value)}")
    if "\x00" in value:
        raise LineError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate escape (\ud800) decodes in JSON but cannot be stored.
        raise LineError(f"{name} contains an invalid Unicode escape") from None
    return value


def _optional_text(data: dict, name: str) -> str:
    value = data.get(name)
    return "" if value is None else _text(value, name)


def _required_text(data: dict, name: str) -> str:
    value = _optional_text(data, name).strip()
    if not value:
        raise LineError(f"missing {name}")
    return value


def _title(data: dict) -> str:
    title = " ".join(_required_text(data, "title").split())
    if len(title) > TITLE_MAX_LENGTH:
        raise LineError(f"title is {len(title)} characters long, the limit is {TITLE_MAX_LENGTH}")
    return title


def _source_id(data: dict) -> str:
    value = data.get("source_id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # archives often number their articles; the number is the id
    source_id = _required_text({"source_id": value}, "source_id")
    if len(source_id) > SOURCE_ID_MAX_LENGTH:
        raise LineError(f"source_id is longer than {SOURCE_ID_MAX_LENGTH} characters")
    return source_id


def _published_at(data: dict) -> datetime.datetime:
    value = _required_text(data, "published_at")
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise LineError(f"published_at {value!r} is not an ISO 8601 date") from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        # Also keeps the conversion to UTC from overflowing at the ends of the calendar.
        raise LineError(f"published_at {value!r} is outside {EARLIEST_YEAR}–{LATEST_YEAR}")
    if timezone.is_naive(moment):
        # Archives of a Kazakhstan network write local time.
        moment = timezone.make_aware(moment, zoneinfo.ZoneInfo(settings.TIME_ZONE))
    return moment


def _text_list(data: dict, name: str) -> list[str]:
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LineError(f"{name} must be a list of strings")
    items = [" ".join(_text(item, name).split()) for item in value]
    if not all(items):
        raise LineError(f"{name} contains an empty name")
    return items


def author_names(data: object) -> list[str]:
    """The author names a decoded line gives, as `validate` reads them, or [] when they are not a list of names
    (`validate` reports that): for looking a whole batch's authors up at once (Lookups.prefetch_journalists)."""
    try:
        return _text_list(data, "authors") if isinstance(data, dict) else []
    except LineError:
        return []


def _unique(objects) -> list:
    return list({obj.pk: obj for obj in objects}.values())
