"""Demo network content, as data. `manage.py seed_demo` turns it into pages and snippets.

Everything here is sample content written for the demo: the known outlets carry their real facts
(DESIGN.md), every other outlet is labelled as a sample, and the stories are plausible news of the
network's life, not reports of real events.

Modules
-------
network.py
    REGIONS      list of {"code": ISO 3166-2:KZ code, "is_city": bool, "names": {lang: name}}
    COMMUNITIES  list of {"slug": str, "names": {lang: name}}
    TOPICS       list of {"slug": str, "names": {lang: name}}  (slugs: see TOPIC_SLUGS below)
    OUTLETS      list of {"slug": ascii slug, "name": own name, "names": {lang: name} (optional overrides),
                          "kind": newspaper|magazine|journal, "community": slug, "region": code,
                          "city": {lang: name}, "founded": int|None, "frequency": daily|weekly|fortnightly|
                          monthly|quarterly|irregular, "languages": [codes, main first], "sample": bool,
                          "description": {"kk": str, "ru": str, <main language>: str}}
    JOURNALISTS  list of {"slug": ascii slug, "name": own spelling, "name_cyrillic", "name_latin",
                          "name_arabic", "name_hangul" (optional each), "outlets": [outlet slugs],
                          "bio": {"kk": str, "ru": str}}
    SITE         {"home_title": {lang: str}, "home_intro": {lang: str}, "outlets_title": {lang: str},
                  "outlets_intro": {lang: str}, "about_title": {lang: str}, "about_body": {lang: [paragraphs]}}
                  for all 11 content languages (variants are transliterated from their base language).

articles/<code>.py, one per content language
    ARTICLES     list of {"key": ascii slug, unique in the language,
                          "title": str, "lead": str, "body": [paragraph str, ...] (3-5 paragraphs),
                          "quote": {"text": str, "attribution": str} | None,
                          "fact_box": {"title": str, "items": [str, ...]} | None,
                          "topics": [topic slugs], "region": region code,
                          "translations": {"kk"|"ru": {"title", "lead", "body", "quote"?, "fact_box"?}}}
                 at least 12 per language; at least 3 with a Kazakh and/or Russian translation.
"""

TOPIC_SLUGS = [
    "culture",
    "education",
    "language",
    "journalists-club",
    "assembly",
    "festivals",
    "history",
    "youth",
    "sport",
    "media",
]

REGION_CODES = {
    "KZ-10": "Abai Region",
    "KZ-11": "Akmola Region",
    "KZ-15": "Aktobe Region",
    "KZ-19": "Almaty Region",
    "KZ-23": "Atyrau Region",
    "KZ-27": "West Kazakhstan Region",
    "KZ-31": "Jambyl Region",
    "KZ-33": "Jetisu Region",
    "KZ-35": "Karaganda Region",
    "KZ-39": "Kostanay Region",
    "KZ-43": "Kyzylorda Region",
    "KZ-47": "Mangystau Region",
    "KZ-55": "Pavlodar Region",
    "KZ-59": "North Kazakhstan Region",
    "KZ-61": "Turkistan Region",
    "KZ-62": "Ulytau Region",
    "KZ-63": "East Kazakhstan Region",
    "KZ-71": "Astana (city)",
    "KZ-75": "Almaty (city)",
    "KZ-79": "Shymkent (city)",
}
