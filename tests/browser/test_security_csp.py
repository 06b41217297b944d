"""The Content-Security-Policy in a real browser: the reader site and the Wagtail admin (dashboard,
explorer, page editor with its widgets) run without a single policy violation."""

import pytest

from ethnic_press.permissions import ensure_network_editors
from tests.helpers import make_user

from .waits import settle, track_requests

# django_db: a test database (the site is built once per module in conftest.reader_site).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VIOLATIONS = """() => window.__violations || []"""
LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});"""


def violations_on(tab, url: str) -> list[str]:
    messages = []
    tab.on(
        "console", lambda message: messages.append(message.text) if "Content Security Policy" in message.text else None
    )
    response = track_requests(tab).goto(url)
    assert response.status == 200, url
    settle(tab)  # what the page's scripts do after loading ran too (waits.py)
    return messages + tab.evaluate(VIOLATIONS)


@pytest.fixture
def editor(reader_site, django_db_blocker):
    with django_db_blocker.unblock():
        user = make_user("csp-network-editor")
        user.groups.add(ensure_network_editors())
        user.is_superuser = True
        user.save()
    return user


def test_reader_pages_run_without_policy_violations(tab, reader_site):
    tab.add_init_script(LISTEN)
    article = reader_site.pages["article"]["kk"]
    for url in (reader_site.url + "/kk/", reader_site.url + article.url, reader_site.url + "/kk/search/?q=мереке"):
        assert violations_on(tab, url) == [], url


def test_the_admin_runs_without_policy_violations(tab, reader_site, editor):
    tab.add_init_script(LISTEN)
    tab.goto(reader_site.url + "/admin/login/")
    tab.fill("input[name=username]", editor.get_username())
    tab.fill("input[name=password]", "x")
    tab.click("button[type=submit]")
    tab.wait_for_url(reader_site.url + "/admin/")
    article = reader_site.pages["article"]["kk"]
    for path in ("/admin/", f"/admin/pages/{article.get_parent().pk}/", f"/admin/pages/{article.pk}/edit/"):
        assert violations_on(tab, reader_site.url + path) == [], path
    # The editor's widgets are alive: the rich text editor and the date picker rendered.
    assert tab.locator(".Draftail-Editor").count() > 0
