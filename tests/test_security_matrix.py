"""The permissions matrix: every URL pattern the project and its libraries expose (walked from the URL
resolver, so a new Wagtail or wagtail-localize view cannot slip past) × the roles (anonymous, an outlet's
editor, a translator, a network editor).

Every pattern must match a row of ROWS (the test fails on a pattern without one, and on a row no pattern
matches). For every role and pattern a GET, with each id in the URL set to another outlet's draft:
- never a server error;
- nobody but a network editor sees the draft's title or the other outlet's editor's name;
- anonymous visitors are refused every admin view (sent to the login page, or 401/403/404);
- a translator is refused every admin view outside the translation editor's (translations/guards.py).
"""

import json
import re
from fnmatch import fnmatch

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

import pytest

from ethnic_press.permissions import EDITOR, ensure_network_editors
from tests import factories
from tests.helpers import login, make_user
from translations.guards import translator_may_open
from translations.models import Translator

pytestmark = pytest.mark.django_db

SECRET = "Құпия жоба: ешкім көрмеуі керек"
# The draft's title as HTML or JSON writes it (Django's JsonResponse escapes non-ASCII), and its editor.
SECRETS = (SECRET, json.dumps(SECRET)[1:-1], "uyghur-editor-secret")

PUBLIC, ADMIN, LOGIN, SKIP = "public", "admin", "login pages", "not requested"
# (pattern of the route's name, or of its path when it has none; what it is). First match wins.
ROWS = [
    ("wagtailadmin_error_test", SKIP),  # Wagtail's deliberate server error (/admin/failwhale/)
    ("admin/test404/", SKIP),  # Wagtail's deliberate 404 page
    ("wagtailadmin_login", LOGIN),
    ("wagtailadmin_password_reset*", LOGIN),
    ("wagtailadmin_logout", ADMIN),
    ("admin/^.*/$", ADMIN),  # the admin's catch-all 404
    ("confirm_logout", ADMIN),
    ("network_page_types_usage*", ADMIN),
    ("network_translations_report*", ADMIN),
    ("wagtailadmin_sprite", PUBLIC),  # the admin's icons
    ("wagtailadmin_javascript_catalog", PUBLIC),  # the admin's interface strings
    ("wagtailadmin_*", ADMIN),
    ("wagtailadmin_api:*", ADMIN),
    ("wagtail_bulk_action", ADMIN),
    ("wagtail_localize:*", ADMIN),
    ("wagtailimages:*", ADMIN),
    ("wagtailimages_chooser:*", ADMIN),
    ("wagtaildocs:*", ADMIN),
    ("wagtaildocs_chooser:*", ADMIN),
    ("wagtailsnippet*", ADMIN),
    ("wagtailusers_*", ADMIN),
    ("wagtailsites:*", ADMIN),
    ("wagtaillocales:*", ADMIN),
    ("wagtailredirects:*", ADMIN),
    ("wagtailsearchpromotions:*", ADMIN),
    ("wagtailembeds:*", ADMIN),
    ("wagtailadmin_workflows:*", ADMIN),
    ("wagtailadmin_collections:*", ADMIN),
    ("language_policies:*", ADMIN),
    ("translators:*", ADMIN),
    ("translations_*", ADMIN),
    ("ethnic_press_outlet_staff", ADMIN),
    ("editions_index", ADMIN),
    ("editions_edition", ADMIN),
    ("editions_extract", ADMIN),
    ("editions_page", ADMIN),
    ("editions_retry", ADMIN),
    ("reader_search_report", ADMIN),
    ("wagtaildocs_serve*", PUBLIC),
    ("wagtaildocs_authenticate_with_password", PUBLIC),
    ("editions_pdf", PUBLIC),
    ("editions_page_image", PUBLIC),
    ("wagtailapi:*", PUBLIC),
    ("search_api", PUBLIC),
    ("search", PUBLIC),
    ("search_suggest", PUBLIC),
    ("sitemap.xml", PUBLIC),
    ("news_sitemap", PUBLIC),
    ("robots.txt", PUBLIC),
    ("healthz", PUBLIC),
    ("favicon.ico", PUBLIC),
    ("reader_language", PUBLIC),
    ("journalist_profile", PUBLIC),
    ("feed", PUBLIC),
    ("topics", PUBLIC),
    ("topic", PUBLIC),
    ("topic_feed", PUBLIC),
    ("editions", PUBLIC),
    ("wagtailcore_*", PUBLIC),
    ("wagtail_serve", PUBLIC),
]

STRING_VALUES = {
    "app_label": "wagtailcore",
    "model_name": "page",
    "action": "delete",
    "content_type_app_name": "newsroom",
    "content_type_model_name": "articlepage",
    "app_name": "newsroom",
    "code": "kk",
    "kind": "thumbnail",
    "action_name": "approve",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "filter_spec": "original",
    "mode": "",
}


def patterns(resolvers=None, prefix="", namespace=""):
    """(route key, path pattern) of every URL pattern, namespaces and prefixes included."""
    for entry in resolvers if resolvers is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from patterns(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield (name or route), route


def row_of(key: str) -> str | None:
    return next((kind for pattern, kind in ROWS if fnmatch(key, pattern)), None)


def url_for(route: str, page_id: int) -> str:
    """A concrete address for a route: every id is the secret draft's, other parts plausible values."""

    def value(name: str, converter: str = "str") -> str:
        if converter == "int" or name.endswith("id") or name in ("pk", "number"):
            return str(page_id)
        return STRING_VALUES.get(name, "x")

    url = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda match: value(match.group(1)), route)
    url = re.sub(r"<(?:(\w+):)?(\w+)>", lambda match: value(match.group(2), match.group(1) or "str"), url)
    url = url.replace("^((?:[\\w\\-]+/)*)$", "").replace("^.*/$", "no-such-view/")
    url = re.sub(r"[\^$]", "", url).replace("\\.", ".")
    return "/" + url


@pytest.fixture
def roles(outlet_a, outlet_b):
    editor_b = make_user("uyghur-editor-secret", outlet_b, EDITOR)
    draft = factories.ArticlePageFactory(parent=outlet_b, title=SECRET, live=False, owner=editor_b)
    draft.save_revision(user=editor_b)
    translator = make_user("translator-matrix")
    Translator.objects.create(user=translator, languages=["ru"])
    network = make_user("network-matrix")
    network.groups.add(ensure_network_editors())
    return draft, {
        "anonymous": None,
        "outlet A editor": make_user("koryo-editor-matrix", outlet_a, EDITOR),
        "translator": translator,
        "network editor": network,
    }


def test_every_url_pattern_has_a_row():
    keys = [key for key, _route in patterns()]
    missing = [key for key in keys if row_of(key) is None]
    assert missing == [], f"URL patterns without a row in ROWS: {missing}"
    unused = [pattern for pattern, _kind in ROWS if not any(fnmatch(key, pattern) for key in keys)]
    assert unused == [], f"rows no URL pattern matches: {unused}"


def test_every_role_on_every_url(roles):
    draft, people = roles
    problems = []
    for who, user in people.items():
        client = login(user) if user else Client()
        for key, route in patterns():
            kind = row_of(key)
            if kind == SKIP:
                continue
            url = url_for(route, draft.pk)
            response = client.get(url)
            status = response.status_code
            body = b"" if getattr(response, "streaming", False) else response.content
            text = body.decode("utf-8", "replace")
            if status >= 500:
                problems.append(f"{who} {url}: server error {status}")
            if who != "network editor" and any(secret in text for secret in SECRETS):
                problems.append(f"{who} {url} ({key}): names the other outlet's draft or editor")
            location = response.get("Location", "")
            if (
                who == "anonymous"
                and kind == ADMIN
                and not (status in (401, 403, 404, 405) or (status == 302 and "/admin/login/" in location))
            ):
                problems.append(f"anonymous {url} ({key}): not refused ({status} {location})")
            if (
                who == "translator"
                and kind == ADMIN
                and not translator_may_open(key)
                and key not in ("confirm_logout", "admin/^.*/$")
                and not (status in (403, 404, 405) or (status == 302 and location.rstrip("/") == "/admin"))
            ):
                problems.append(f"translator {url} ({key}): not refused ({status} {location})")
    assert problems == [], "\n".join(problems)
