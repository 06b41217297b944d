"""Helpers every test module shares: people, logins, pages in other locales, admin form data, refusals.

Fixtures built from these (outlets, their staff, logged-in clients) are in tests/conftest.py.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from ethnic_press.permissions import JOURNALIST, add_member
from ethnic_press.provisioning import access_for
from languages.localize import translate_page

# How Wagtail refuses a request (each isolation test names the one it expects; a 500 is never one).
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"  # screenshots and reports to look at
TO_DASHBOARD = "a redirect to the admin dashboard, with an error message"  # PermissionDenied in an admin view
TO_LOGIN = "a redirect to the admin login"  # anonymous visitors
FORBIDDEN = "403"  # PermissionDenied in a view Wagtail does not wrap, or asked for by JavaScript
NOT_FOUND = "404"  # an object outside what the user may see is not found


def make_user(username: str, outlet=None, role: str = JOURNALIST, admin_language: str = "en"):
    """A person with an account; with `outlet`, a journalist (or `role`) of it.

    The account reads the admin in English unless `admin_language` says otherwise, so tests can assert
    the admin's English strings whatever the default for a new account is.
    """
    user = get_user_model().objects.create_user(username, f"{username}@example.kz", "x")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": admin_language})
    if outlet is not None:
        add_member(user, access_for(outlet), role)
    return user


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def in_locale(page, code: str, **fields):
    """The live translation of `page` in `code`, its ancestors translated first."""
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        translate_page(ancestor, code)
    return translate_page(page, code, **fields)


def article_form(page, **fields) -> dict:
    """POST data of the article edit form, as the admin's browser sends it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "body": streamfield([("paragraph", rich_text("<p>Алматыдағы мерекеге мыңдаған адам жиналды.</p>"))]),
        "hero_image": "",
        "hero_caption": "",
        "hero_alt_text": "",
        "bylines": inline_formset([]),
        "article_topics": inline_formset([]),
        "corrections": inline_formset([]),
        "comments": inline_formset([]),
        "published_at": page.published_at.strftime("%Y-%m-%d %H:%M"),
        "region": "",
        "republished_from": page.republished_from_id or "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)


def assert_refused(response, how: str, who: str = "") -> None:
    """The request was refused exactly the way `how` says (TO_DASHBOARD, TO_LOGIN, FORBIDDEN, NOT_FOUND);
    `who` names the request in the failure message."""
    expected = {
        TO_DASHBOARD: (302, reverse("wagtailadmin_home")),
        TO_LOGIN: (302, reverse("wagtailadmin_login")),
        FORBIDDEN: (403, None),
        NOT_FOUND: (404, None),
    }[how]
    location = response.get("Location")
    got = f"{who}: expected {how}, got {response.status_code} {location or ''}"
    assert response.status_code == expected[0], got
    if how == TO_DASHBOARD:
        assert location == expected[1], got
    elif how == TO_LOGIN:
        assert location.startswith(expected[1] + "?next="), got
