"""The demo network's content, read from the TOML files in demo/data/ and checked before anything is written.

A translator corrects a sentence in demo/data/articles/<code>.toml without touching Python. Each reader
returns plain dicts and lists as the files have them (the comments at the top of each file list its
fields); `DemoDataError` names the file, the record and what is wrong. Optional fields are left out of
the files rather than written empty.
"""

import tomllib
from functools import cache
from pathlib import Path

import languages

FOLDER = Path(__file__).parent / "data"
CONTENT_CODES = {language.code for language in languages.CONTENT_LANGUAGES}


class DemoDataError(ValueError):
    pass


# Required fields of each kind of record, with their types.
FIELDS = {
    "regions": {"code": str, "is_city": bool, "names": dict},
    "communities": {"slug": str, "names": dict},
    "topics": {"slug": str, "names": dict},
    "outlets": {
        "slug": str,
        "name": str,
        "community": str,
        "city": dict,
        "languages": list,
        "description": dict,
    },
    "journalists": {"slug": str, "name": str, "outlets": list, "bio": dict},
    "articles": {"key": str, "title": str, "lead": str, "body": list, "topics": list},
    "events": {"slug": str, "kind": str, "days": int, "text": dict},
    "translators": {"username": str, "first_name": str, "last_name": str, "languages": list},
    "policies": {"outlet": str, "sources": list, "targets": list, "deadline_days": int},
    "requests": {"story": str, "target": str, "translator": str, "due_in_days": int, "submit": bool},
}
SITE_FIELDS = [
    "home_title",
    "home_intro",
    "outlets_title",
    "outlets_intro",
    "about_title",
    "about_body",
    "image_alt",
]


@cache
def read(name: str) -> dict:
    path = FOLDER / f"{name}.toml"
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError as error:
        raise DemoDataError(f"{path}: the file is missing.") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{path}: {error}") from error


def records(name: str, kind: str | None = None) -> list[dict]:
    """The list `kind` (by default the file's name) of demo/data/<name>.toml, each record checked."""
    kind = kind or name.rsplit("/", 1)[-1]
    items = read(name).get(kind)
    if not isinstance(items, list):
        raise DemoDataError(f"{FOLDER / name}.toml: no [[{kind}]] records.")
    for number, item in enumerate(items, start=1):
        for field, expected in FIELDS[kind].items():
            if not isinstance(item.get(field), expected):
                label = item.get("slug") or item.get("key") or item.get("code") or f"#{number}"
                raise DemoDataError(
                    f"{FOLDER / name}.toml: {kind} {label}: {field!r} is missing or not a {expected.__name__}."
                )
    return items


def regions() -> list[dict]:
    return records("regions")


def communities() -> list[dict]:
    return records("communities")


def topics() -> list[dict]:
    return records("topics")


def outlets() -> list[dict]:
    items = records("outlets")
    known = {"communities": {item["slug"] for item in communities()}, "regions": {item["code"] for item in regions()}}
    for item in items:
        if item["community"] not in known["communities"]:
            raise DemoDataError(f"outlets.toml: {item['slug']}: unknown community {item['community']!r}.")
        if item.get("region") and item["region"] not in known["regions"]:
            raise DemoDataError(f"outlets.toml: {item['slug']}: unknown region {item['region']!r}.")
        if not item["languages"] or set(item["languages"]) - CONTENT_CODES:
            raise DemoDataError(f"outlets.toml: {item['slug']}: languages must be content languages.")
    return items


def journalists() -> list[dict]:
    return records("journalists")


def site() -> dict:
    texts = read("site")
    for field in SITE_FIELDS:
        missing = CONTENT_CODES - set(texts.get(field, {}))
        if missing:
            raise DemoDataError(f"site.toml: [{field}] has no text in {', '.join(sorted(missing))}.")
    return texts


def articles(code: str) -> list[dict]:
    """The demo stories written in language `code` (a content language, not a script variant)."""
    items = records(f"articles/{code}", "articles")
    slugs = {item["slug"] for item in topics()}
    keys = set()
    for item in items:
        if item["key"] in keys:
            raise DemoDataError(f"articles/{code}.toml: the key {item['key']!r} is used twice.")
        keys.add(item["key"])
        for correction in item.get("corrections", []):
            if correction.get("kind") not in {"correction", "update"} or not correction.get("text"):
                raise DemoDataError(f"articles/{code}.toml: {item['key']}: a correction needs kind and text.")
        unknown = set(item["topics"]) - slugs
        if unknown:
            raise DemoDataError(f"articles/{code}.toml: {item['key']}: unknown topics {', '.join(sorted(unknown))}.")
    return items


def club() -> dict:
    """The journalists' club: title, intro, regional_title, registration (per language), regional club
    regions, events."""
    texts = read("club")
    for field in ("title", "intro", "regional_title", "registration"):
        missing = CONTENT_CODES - set(texts.get(field, {}))
        if missing:
            raise DemoDataError(f"club.toml: [{field}] has no text in {', '.join(sorted(missing))}.")
    for event in records("club", "events"):
        missing = CONTENT_CODES - set(event["text"])
        if missing or any(len(value) != 3 for value in event["text"].values()):
            raise DemoDataError(
                f"club.toml: event {event['slug']}: text needs [title, place, programme] in every language."
            )
    members = texts.get("members", {})
    if not isinstance(members.get("total"), int) or not all(members.get(key) for key in ("male", "female", "surnames")):
        raise DemoDataError("club.toml: [members] needs total, male, female and surnames.")
    for event in texts["events"]:
        if event.get("regional_club") and event["regional_club"] not in texts.get("regional_club_regions", []):
            raise DemoDataError(f"club.toml: event {event['slug']}: no regional club in {event['regional_club']}.")
    if len(set(texts.get("regional_club_regions", []))) != 16:
        raise DemoDataError("club.toml: regional_club_regions must list the 16 regional clubs' regions.")
    return texts


def translation_work() -> dict:
    """Translators, language policies, Koryo Ilbo's translation requests and the stale story."""
    work = read("translation_work")
    translators = {item["username"] for item in records("translation_work", "translators")}
    outlet_slugs = {item["slug"] for item in outlets()}
    for policy in records("translation_work", "policies"):
        if policy["outlet"] not in outlet_slugs:
            raise DemoDataError(f"translation_work.toml: a policy of an unknown outlet {policy['outlet']!r}.")
    for request in records("translation_work", "requests"):
        if request["translator"] not in translators:
            raise DemoDataError(
                f"translation_work.toml: a request for an unknown translator {request['translator']!r}."
            )
    if not isinstance(work.get("stale_story"), str):
        raise DemoDataError("translation_work.toml: stale_story (a Koryo Ilbo story key) is missing.")
    return work
