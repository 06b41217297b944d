"""In a real browser (Debian's headless Chromium driven by Playwright): scripts and directions render right.

Needs /usr/bin/chromium (.ci/run installs it); test tools cannot download browsers on this network.
"""

import pytest

# serialized_rollback: the flush after a transactional test would drop the locales and the tree root
# that migrations create, which later tests rely on.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser_page(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test itself are
    # still synchronous and made between browser steps.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


def layout(page, url: str) -> dict:
    page.goto(url)
    return page.evaluate(
        """() => {
            const h1 = document.querySelector('h1').getBoundingClientRect();
            return {
                direction: getComputedStyle(document.documentElement).direction,
                h1Left: h1.left, h1Right: h1.right, width: document.documentElement.clientWidth,
                title: document.querySelector('h1').textContent.trim(),
            };
        }"""
    )


def test_uyghur_arabic_script_page_renders_right_to_left_and_kazakh_left_to_right(live_server, network, browser_page):
    rtl = layout(browser_page, live_server.url + network["ug-arab"]["article"].url)
    assert rtl["direction"] == "rtl"
    assert rtl["title"].startswith(network["ug-arab"]["article"].title)
    # The heading hugs the right edge of the page, as Arabic script is read.
    assert rtl["width"] - rtl["h1Right"] < rtl["h1Left"]

    ltr = layout(browser_page, live_server.url + network["kk"]["article"].url)
    assert ltr["direction"] == "ltr"
    assert ltr["h1Left"] < ltr["width"] - ltr["h1Right"]


def test_language_switcher_takes_the_reader_to_the_translation(live_server, network, browser_page):
    browser_page.goto(live_server.url + network["kk"]["article"].url)
    browser_page.click('nav.language-switcher a[hreflang="ug-arab"]')
    browser_page.wait_for_url(live_server.url + network["ug-arab"]["article"].url)
    assert browser_page.evaluate("document.documentElement.dir") == "rtl"
