"""Fixtures every test module shares: the site, outlets with their staff, logged-in clients.

Plain helpers (make_user, login, in_locale, article_form, assert_refused) are in tests/helpers.py.
"""

import os
import shutil
import time

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Page

import pytest
from _pytest.nodeid import NodeId

import languages
from ethnic_press.permissions import EDITOR, JOURNALIST
from home.site_tree import ensure_home
from languages.localize import translate_page
from tests import db_template, factories, timeline
from tests.helpers import login, make_user
from tests.shared_db import shared_rows, shared_site_pages


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """pytest-django's, then the test database's migrations come from a shared template (tests/db_template.py)."""
    db_template.use_postgres_template()
    with db_template.migrate_from_template():
        yield


def pytest_configure(config):
    """TEST_TIMELINE=<file>: each test's start, end and CPU written for bench/schedule.py (tests/timeline.py).
    TEST_RUN_STARTED: when the run's own process started (its pytest-xdist workers inherit it), for the
    browser tests' `artifacts`."""
    if not hasattr(config, "workerinput"):
        os.environ["TEST_RUN_STARTED"] = str(time.time())
    if os.environ.get("TEST_TIMELINE"):
        config.pluginmanager.register(timeline, "timeline")


@pytest.hookimpl(wrapper=True)  # around pytest-xdist's own hook, which reads the groups
def pytest_collection_modifyitems(config, items):
    """A module whose tests share a module-scoped fixture (a served site, a browser page, extracted
    strings) runs on one pytest-xdist worker (`make test` uses `--dist loadgroup`): split over two,
    each worker would build the fixture again. Other tests are spread one by one.

    The group reaches pytest-xdist's scheduler as a suffix of the test's id (`…::test@group`), which
    pytest-xdist 3.8 writes to `item._nodeid`; pytest 9 no longer reads that attribute (the id is
    `item._id`), so the suffix is copied there: without it every group was silently split over the
    workers, each building the group's fixture again."""
    _network_tests_last(items)
    SHARED_SITE.update(shared_site_pages(items, SITE_PAGES, "_site_rows"))
    for item in items:
        fixtures = getattr(item, "_fixtureinfo", None)
        if fixtures is None:
            continue
        if "network" in item.fixturenames:  # one build for all of them (_SharedNetwork)
            item.add_marker(pytest.mark.xdist_group("network"))
            continue
        ours = [definitions[-1] for definitions in fixtures.name2fixturedefs.values() if definitions]
        # baseid "": a plugin's fixture; _site_rows builds nothing unless the module is in SHARED_SITE
        scopes = {fixture.scope for fixture in ours if fixture.baseid and fixture.argname != "_site_rows"}
        if item.nodeid.split("::")[0] in SHARED_SITE:
            scopes.add("module")
        if scopes & {"module", "package", "class"}:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
    result = yield
    for item in items:
        suffixed = getattr(item, "_nodeid", None)
        if suffixed and str(suffixed) != item.nodeid and hasattr(item, "_id"):
            item._id = NodeId.parse(str(suffixed))
    return result


def _network_tests_last(items) -> None:
    """The tests that use `network` run after all the others, one after another, so that one build of it
    serves them all (_SharedNetwork) and no other test sees its pages; the rest keep their order."""
    position = {id(item): index for index, item in enumerate(items)}
    items.sort(key=lambda item: ("network" in getattr(item, "fixturenames", ()), position[id(item)]))


@pytest.fixture(autouse=True, scope="session")
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: what the previous test's (rolled back) database held must
    not be remembered (navigation, routing's sites and view restrictions)."""
    cache.clear()


HOME_TITLE = "Этникалық баспасөз"


# The site's pages that every database test of a module asks for are built once for the module (~0.3 s of CPU
# a test): {module: the names among SITE_PAGES}, filled at collection (tests/shared_db.py, shared_site_pages).
SITE_PAGES = ("home", "outlet_index", "outlet")
SHARED_SITE: dict[str, tuple[str, ...]] = {}


@pytest.fixture(scope="module")
def _site_rows(request, django_db_blocker):
    """The page ids of the site's pages shared by the module's tests (SHARED_SITE), built once in a transaction
    kept open around the module (tests/shared_db.py) and rolled back after it; {} for any other module."""
    names = SHARED_SITE.get(request.node.nodeid)
    if not names:
        yield {}
        return
    request.getfixturevalue("django_db_setup")

    def build():
        pages = {"home": ensure_home(HOME_TITLE)}
        pages["outlet_index"] = factories.OutletIndexPageFactory(parent=pages["home"])
        if "outlet" in names:
            pages["outlet"] = make_outlet(pages["outlet_index"])
        return {name: page.pk for name, page in pages.items()}

    with shared_rows(django_db_blocker, build) as ids:
        yield ids


def _site_page(rows: dict, name: str):
    """A shared page read afresh for the test (its writes are rolled back after it; the object is its own)."""
    return Page.objects.get(pk=rows[name]).specific


@pytest.fixture
def home(db, _site_rows):
    """The kk home page as the default site's root."""
    return _site_page(_site_rows, "home") if "home" in _site_rows else ensure_home(HOME_TITLE)


@pytest.fixture
def outlet_index(home, _site_rows):
    if "outlet_index" in _site_rows:
        return _site_page(_site_rows, "outlet_index")
    return factories.OutletIndexPageFactory(parent=home)


def make_outlet(outlet_index):
    return factories.OutletPageFactory(
        parent=outlet_index, title="Қазақстан достығы", slug="dostyq", languages=["kk", "ru"]
    )


@pytest.fixture
def outlet(outlet_index, _site_rows):
    return _site_page(_site_rows, "outlet") if "outlet" in _site_rows else make_outlet(outlet_index)


@pytest.fixture
def article(outlet):
    return factories.ArticlePageFactory(parent=outlet)


def build_network(home, outlet_index, outlet, article) -> dict:
    """Every page type in the default locale, translated into every other locale and script:
    {language code: {name: page}}."""
    about = factories.StandardPageFactory(parent=home, slug="about")
    pages = {"home": home, "outlet_index": outlet_index, "about": about, "outlet": outlet, "article": article}
    translations = {code: {} for code in (language.code for language in languages.LANGUAGES)}
    translations[languages.DEFAULT_LANGUAGE] = pages
    for code in translations:
        if code == languages.DEFAULT_LANGUAGE:
            continue
        for name, page in pages.items():  # parents first: dict order is tree order
            translations[code][name] = translate_page(page, code, title=f"{page.title} [{code}]")
    return translations


class _SharedNetwork:
    """The network's page ids, built once (~7 s of CPU) for consecutive tests that use `network`, even across
    modules, and rolled back (tests/shared_db.py) after the last of them: `pytest_runtest_teardown` says
    whether the next test uses it too. The tests that use it run last, and under pytest-xdist in one group
    (`pytest_collection_modifyitems`), so one build serves all of them."""

    def __init__(self):
        self.rows, self.ids, self.keep_open = None, None, False

    def open(self, django_db_blocker) -> dict:
        if self.rows is None:
            self.rows = shared_rows(django_db_blocker, _build_network_ids)
            self.ids = self.rows.__enter__()
        return self.ids

    def close(self) -> None:
        rows, self.rows, self.ids = self.rows, None, None
        if rows is not None:
            rows.__exit__(None, None, None)


SHARED_NETWORK = _SharedNetwork()


def _build_network_ids() -> dict:
    home = ensure_home(HOME_TITLE)
    outlet_index = factories.OutletIndexPageFactory(parent=home)
    outlet = make_outlet(outlet_index)
    network = build_network(home, outlet_index, outlet, factories.ArticlePageFactory(parent=outlet))
    return {code: {name: page.pk for name, page in pages.items()} for code, pages in network.items()}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """The shared network stays for the next test only if that one uses it too."""
    SHARED_NETWORK.keep_open = nextitem is not None and "network" in getattr(nextitem, "fixturenames", ())
    try:
        return (yield)
    finally:
        if not SHARED_NETWORK.keep_open:
            SHARED_NETWORK.close()


@pytest.fixture(scope="module")
def _network_rows(django_db_setup, django_db_blocker):
    """The network's page ids: opened before a test's own transaction (a module-scoped fixture is set up
    before function-scoped ones) and closed, unless the next test uses it too, after the module's tests
    (or after the test that is followed by one that does not use it, whichever comes first)."""
    yield SHARED_NETWORK.open(django_db_blocker)
    if not SHARED_NETWORK.keep_open:
        SHARED_NETWORK.close()


@pytest.fixture
def network(db, _network_rows):
    """Every page type in the default locale, translated into every other locale and script:
    {language code: {name: page}}, the pages read afresh for each test (a test's writes are rolled back
    after it; the objects are its own)."""
    pages = Page.objects.filter(pk__in=[pk for ids in _network_rows.values() for pk in ids.values()]).specific()
    by_pk = {page.pk: page for page in pages}
    return {code: {name: by_pk[pk] for name, pk in ids.items()} for code, ids in _network_rows.items()}


# Two outlets and their staff, for the isolation, workflow and permission tests.


@pytest.fixture
def outlet_a(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Коре ильбо", slug="koryo-ilbo", languages=["ko"])


@pytest.fixture
def outlet_b(outlet_index):
    return factories.OutletPageFactory(parent=outlet_index, title="Уйғур авази", slug="uyghur-avazi", languages=["ug"])


@pytest.fixture
def article_a(outlet_a):
    return factories.ArticlePageFactory(parent=outlet_a, title="Алматыда Корей театрының маусымы ашылды")


@pytest.fixture
def article_b(outlet_b):
    return factories.ArticlePageFactory(parent=outlet_b, title="Ұйғыр театры жаңа қойылым дайындады")


@pytest.fixture
def journalist_a(outlet_a):
    return make_user("koryo-journalist", outlet_a, JOURNALIST)


@pytest.fixture
def editor_a(outlet_a):
    return make_user("koryo-editor", outlet_a, EDITOR)


@pytest.fixture
def editor_b(outlet_b):
    return make_user("uyghur-editor", outlet_b, EDITOR)


@pytest.fixture
def journalist_client(journalist_a):
    return login(journalist_a)


@pytest.fixture
def editor_client(editor_a):
    return login(editor_a)
