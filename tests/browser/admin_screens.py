"""The admin's screens as its people see them (tests/browser/test_admin_newsroom.py): each screen's
screenshot, its JavaScript and server errors, and the language of the admin's own words."""

import re

import languages

from .waits import settle, track_requests

KAZAKH_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
WAGTAIL_ENGLISH = re.compile(
    r"\b(Dashboard|Pages|Images|Documents|Snippets|Reports|Settings|Help|Search|Delete|Save draft|Publish|"
    r"Log out|Account|Edit|Preview|History|Actions|Comments?|Cancel)\b"
)
# The parts of a screen that are the admin's own words, not the content being written or translated.
CHROME = (
    "button, label, th, h1, h2, nav, .w-sidebar, .help-block, [role=tab], .w-dropdown__content a, "
    ".messages li, [data-w-tooltip-content-value]"
)
# What people wrote, shown as headings or notes, and the languages' own names (filters list them);
# each story's texts are added when its test starts.
CONTENT = {*(language.name_local for language in languages.LANGUAGES)}


UNTRANSLATED: set[str] = set()
NON_LATIN = ("ko", "ru", "uk", "ug-arab")


def strip_content(text: str) -> str:
    for written in CONTENT:
        text = text.replace(written, "")
    return text


class Screens:
    """Each screen a person sees: screenshot, JavaScript errors, and the language of the admin's words."""

    def __init__(self, artifacts):
        self.artifacts = artifacts
        self.untranslated = UNTRANSLATED  # every test's, for one report

    def watch(self, tab, who: str):
        tab.who = who
        tab.errors = []
        track_requests(tab)  # settle()
        tab.autosave_refusals = 0
        tab.html_fetches = []  # named when a script fails on HTML it expected as JSON
        tab.on("pageerror", lambda error: tab.errors.append(f"{who}: {error}"))
        tab.on("response", lambda response: self.response(tab, who, response))
        tab.on("console", lambda message: self.console(tab, who, message))
        return tab

    @staticmethod
    def response(tab, who: str, response) -> None:
        if response.request.resource_type in ("fetch", "xhr") and "html" in response.headers.get("content-type", ""):
            tab.html_fetches.append(f"{response.request.method} {response.url} ({response.status})")
        if response.status >= 500:
            tab.errors.append(f"{who}: {response.status} {response.request.method} {response.url}")
        elif response.status == 400 and response.request.method == "POST" and "/admin/pages/" in response.url:
            # Wagtail 8's autosave of the form, refused because the form was submitted meanwhile (a form
            # posted by a person answers 200 with its errors, never 400): see autosaved().
            tab.autosave_refusals += 1

    @staticmethod
    def console(tab, who: str, message) -> None:
        # Avatars come from Gravatar, which this offline machine cannot resolve: not the page's fault.
        if message.type != "error" or "ERR_NAME_NOT_RESOLVED" in message.text:
            return
        if "status of 400" in message.text and tab.autosave_refusals:
            tab.autosave_refusals -= 1
            return
        tab.errors.append(f"{who}: {message.text}")

    @staticmethod
    def settle(tab) -> None:
        """The page done before a screen is checked (tests/browser/waits.py); a request that starts later (a
        timer's) still reports its errors to the tab, which the next check or `no_late_errors` asserts."""
        settle(tab)

    def check(self, tab, name: str, language: str) -> str:
        self.settle(tab)
        tab.screenshot(path=str(self.artifacts / f"admin-{name}.png"), full_page=True)
        assert not tab.errors, (tab.errors, tab.html_fetches[-5:])
        texts = tab.eval_on_selector_all(
            CHROME, "nodes => nodes.filter(n => n.offsetParent !== null).map(n => n.innerText.trim())"
        )
        words = "\n".join(strip_content(text) for text in texts if text)
        assert not KAZAKH_LETTERS.findall(words), f"{name}: Kazakh in a {language} admin: {words}"
        if language != "en":
            english = set(WAGTAIL_ENGLISH.findall(words))
            assert not english, f"{name}: Wagtail's English in a {language} admin: {english}"
        if language in NON_LATIN:  # where a Latin-letter line is a string still in English
            self.untranslated |= {
                f"{language}\t{name}\t{line}"
                for line in words.splitlines()
                if re.search(r"[A-Za-z]{4,}", line) and not re.search(r"[^\x00-\x7f]", line)
            }
        return words

    def no_late_errors(self, *tabs) -> None:
        """What the requests started after a tab's last check answered (an autosave, a ping) was no error."""
        for tab in tabs:
            self.settle(tab)
            assert not tab.errors, (tab.errors, tab.html_fetches[-5:])

    def write_report(self):
        (self.artifacts / "admin-untranslated.txt").write_text("\n".join(sorted(self.untranslated)) + "\n")
