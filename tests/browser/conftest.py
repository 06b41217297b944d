"""Browser tests of the reader site: Debian's Chromium driven by Playwright, against a server of the test database.

The reader site is built once per module and served by one server thread, so the whole module costs
one build instead of one per test (pytest-django's live_server would flush the database after each).
In CI (`CI` set) a missing browser or missing npm tools fail the run; elsewhere they skip.
"""

import os
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread

import pytest

from tests.helpers import ARTIFACTS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
DESKTOP = {"width": 1366, "height": 900}
FAILED = pytest.StashKey[bool]()  # a test's call failed (pytest_runtest_makereport)
BEFORE_THE_BROWSER = {}  # the test's database connection as it was before Playwright started (`chromium`)


def require(condition: bool, reason: str) -> None:
    """In CI a missing tool is a failure (the browser checks must run there); on a laptop, a skip."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (.ci/run installs it)")
    pytest.skip(reason)


class CompressedStaticFiles(StaticFilesHandler):
    """Static files from the apps' folders through the finders (a clean clone has no collectstatic output),
    compressed as WhiteNoise serves them in production (Lighthouse and the budget see that)."""

    def serve(self, request):
        from django.middleware.gzip import GZipMiddleware

        return GZipMiddleware(lambda request: None).process_response(request, super().serve(request))


class NoDelayWSGIServer(ThreadedWSGIServer):
    """Django's threaded test server, its connections' small writes sent at once (TCP_NODELAY).

    wsgiref writes a response's headers and its body as two small packets; with Nagle's algorithm the body
    waits for the client's acknowledgement of the headers, which Linux delays by 40 ms on a keep-alive
    connection: every response of the live server took at least ~40 ms however little the page cost
    (a cached feed: 44-48 ms, of which ~2 ms Django's). Production's gunicorn sets TCP_NODELAY on its
    listening socket too (gunicorn/sock.py), so this serves as production does."""

    def get_request(self):
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address

    def _close_connections(self):
        # Django closes the thread's connections after each request; the shared in-memory one is the test's (and
        # closing it is a no-op for SQLite in memory), but a keep-alive thread outliving live_site's teardown
        # raised "DatabaseWrapper objects created in a thread can only be used in that same thread" doing so.
        if not self.connections_override:
            super()._close_connections()

    def set_app(self, application):
        if self.connections_override:  # SQLite in memory: every server thread uses the test's one connection
            application = OneRequestAtATime(application)
        super().set_app(application)


class OneRequestAtATime:
    """The server's threads answer one request at a time when they share one database connection.

    Production's workers each hold their own connection, so two requests' transactions never mix; on the
    shared in-memory connection a browser's overlapping requests (an editor's "Publish" and Wagtail's
    autosave or editing-session ping) nested their savepoints into each other's: "no such savepoint", then a
    500 or 503 under load. Requests still arrive on their own threads and connections (keep-alive, a slow
    page does not hold a socket), as with gunicorn's threads."""

    def __init__(self, application):
        self.application = application
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            return self.application(environ, start_response)


class NoDelayLiveServerThread(LiveServerThread):
    server_class = NoDelayWSGIServer


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Marks a test whose call failed, for fixtures that keep what a failure left on screen."""
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED] = True
    return report


@dataclass
class ReaderSite:
    url: str
    pages: dict


@pytest.fixture(scope="session")
def chromium():
    require(os.path.exists(CHROMIUM), f"no browser at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM calls are made between steps.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    tests_own = BEFORE_THE_BROWSER["connection"] = connections["default"]
    with sync_playwright() as playwright:
        keep_the_tests_connection(tests_own)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def keep_the_tests_connection(tests_own) -> None:
    """Django keeps a thread's database connections in asgiref's `Local`, which, while an event loop runs in
    the thread (Playwright's, from here to the end of the session), looks them up in a context variable
    instead: every later test of this worker got a second connection object. On SQLite it opened the same
    in-memory database, so nothing seemed wrong, but it lacked `_test_serialized_contents` — after the first
    transactional test's flush the migrations' rows (locales, the tree root) never came back for any later
    test, `serialized_rollback` or not. The event loop's storage is given the test's own connection."""
    connections["default"] = tests_own


@pytest.fixture
def tab(chromium):
    """A fresh browser context (no cookies) at phone size; tests resize it as they need."""
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


@contextmanager
def live_site(build):
    """`build()`'s pages served on 127.0.0.1 by one server thread, as a ReaderSite.

    Answers are sent at once, as gunicorn does (NoDelayWSGIServer); Django's server made each wait ~40 ms.
    Afterwards the database goes back to what migrations made, as a transactional test leaves it.
    """
    connection = connections["default"]
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (in_memory or name.startswith("test_")):
        pytest.fail(f"refusing to build the site in {name}: not a test database")  # it is flushed afterwards
    before = connection.creation.serialize_db_to_string()
    cache.clear()
    pages = build()
    shared = in_memory
    overrides = {"default": connection} if shared else None
    if shared:
        connection.inc_thread_sharing()
    server = NoDelayLiveServerThread("127.0.0.1", CompressedStaticFiles, connections_override=overrides)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    try:
        yield ReaderSite(url=f"http://127.0.0.1:{server.port}", pages=pages)
    finally:
        server.terminate()
        if shared:
            connection.dec_thread_sharing()
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(before)
        # The rows came back with their ids: PostgreSQL's sequences must follow (SQLite takes max + 1).
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
        cache.clear()


@pytest.fixture(scope="module")
def reader_site(django_db_setup, django_db_blocker):
    """The demo-like reader site (tests/browser/site.py) served for this module's tests."""
    from .site import build

    with django_db_blocker.unblock(), live_site(build) as site:
        yield site


@pytest.fixture(scope="module")
def newsroom_site(django_db_setup, django_db_blocker):
    """Three papers with their journalists and editors, and a Kazakh translator (tests/browser/newsroom.py), served."""
    from .newsroom import build

    # Answered at once, as gunicorn does: the editor's "Request changes" then races Wagtail's autosave, which
    # posted the workflow action's hidden inputs too (a 500 before ethnic_press/autosave_race.py dropped them).
    with django_db_blocker.unblock(), live_site(build) as site:
        yield site


@pytest.fixture(scope="session")
def artifacts():
    """test-artifacts/, without the files of earlier runs. Each pytest-xdist worker has a session of its own:
    emptying the folder here deleted the screenshots the other worker had already written, so only files older
    than the run (TEST_RUN_STARTED, tests/conftest.py) go; a run without browser tests leaves the folder alone."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    started = float(os.environ.get("TEST_RUN_STARTED", time.time()))
    for path in ARTIFACTS.iterdir():
        if path.is_file() and path.stat().st_mtime < started:
            path.unlink(missing_ok=True)
    return ARTIFACTS


def axe_script() -> Path:
    path = NODE_MODULES / "axe-core" / "axe.min.js"
    require(path.exists(), "axe-core is not installed (npm ci)")
    return path
