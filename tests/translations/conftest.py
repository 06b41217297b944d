"""A Korean newspaper and a Kazakh one with their staff, translators and a language policy.

Koryo Ilbo (an outlet translated into three locales: nine publishes) is built once for a module whose tests
use it, with the module's home and outlet index, and rolled back after the module (tests/shared_db.py);
each test reads the pages afresh and its own writes are rolled back after it as usual.
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from ethnic_press.permissions import EDITOR, JOURNALIST
from home.site_tree import ensure_home
from newsroom.models import ArticlePage
from tests import factories
from tests.conftest import HOME_TITLE
from tests.helpers import article_form, in_locale, login, make_user
from tests.shared_db import shared_rows
from translations.access import sync_grants
from translations.models import Assignment, LanguagePolicy, Translator


def make_translator(username: str, languages: list[str]):
    user = make_user(username)
    translator = Translator.objects.create(user=user, languages=languages)
    sync_grants(translator)
    return user


def body(*paragraphs: str) -> list[dict]:
    return [{"type": "paragraph", "value": paragraph} for paragraph in paragraphs]


def build_koryo(outlet_index):
    """Koryo Ilbo: its Korean section is the ko translation of the outlet page."""
    outlet = factories.OutletPageFactory(
        parent=outlet_index, title="Қоре ильбо", slug="koryo-ilbo", languages=["ko", "ru"]
    )
    for code in ("ko", "ru"):
        in_locale(outlet, code, title={"ko": "고려일보", "ru": "Корё ильбо"}[code])
    in_locale(outlet, "kk-latn")
    return outlet


@pytest.fixture(scope="module")
def _koryo_rows(request, django_db_blocker):
    """The page ids of the module's home, outlet index and Koryo Ilbo, built once if any of the module's
    tests uses `koryo` (then every test of the module sees them: its `home` and `outlet_index` are these),
    else None (each test builds its own home and outlet index, as everywhere else)."""
    module = request.node.nodeid
    if not any("koryo" in item.fixturenames for item in request.session.items if item.nodeid.split("::")[0] == module):
        yield None
        return
    request.getfixturevalue("django_db_setup")

    def build():
        home = ensure_home(HOME_TITLE)
        outlet_index = factories.OutletIndexPageFactory(parent=home)
        return {"home": home.pk, "outlet_index": outlet_index.pk, "koryo": build_koryo(outlet_index).pk}

    with shared_rows(django_db_blocker, build) as ids:
        yield ids


def _shared_page(rows, name):
    return Page.objects.get(pk=rows[name]).specific


@pytest.fixture
def home(_koryo_rows, db):
    """The kk home page as the default site's root (the shared one in a module using Koryo Ilbo)."""
    return ensure_home(HOME_TITLE) if _koryo_rows is None else _shared_page(_koryo_rows, "home")


@pytest.fixture
def outlet_index(_koryo_rows, home):
    if _koryo_rows is None:
        return factories.OutletIndexPageFactory(parent=home)
    return _shared_page(_koryo_rows, "outlet_index")


@pytest.fixture
def koryo(_koryo_rows, outlet_index):
    """Koryo Ilbo, read afresh for each test from the module's shared rows."""
    return _shared_page(_koryo_rows, "koryo")


@pytest.fixture
def policy(koryo):
    return LanguagePolicy.objects.create(
        outlet=koryo, source_languages=["ko"], target_languages=["kk", "ru"], deadline_days=5
    )


@pytest.fixture
def koryo_editor(koryo):
    return make_user("koryo-editor", koryo, EDITOR)


@pytest.fixture
def koryo_journalist(koryo):
    return make_user("koryo-journalist", koryo, JOURNALIST)


@pytest.fixture
def kazakh_translator(db):
    return make_translator("aigerim", ["kk"])


@pytest.fixture
def russian_translator(db):
    return make_translator("olga", ["ru"])


def korean_article(koryo, **fields):
    """An unpublished Korean article in Koryo Ilbo's Korean section."""
    section = koryo.get_translation(factories.locale("ko"))
    article = ArticlePage(
        title=fields.pop("title", "알마티 고려극장, 새 시즌 개막"),
        slug=fields.pop("slug", "theatre-season"),
        lead=fields.pop("lead", "고려극장이 창립 기념 공연으로 새 시즌을 열었다."),
        body=fields.pop("body", None)
        or body(
            "<p>알마티의 <b>국립 고려극장</b>이 새 시즌을 시작했다.</p>",
            "<p>공연은 한국어와 러시아어로 진행된다.</p>",
        ),
        original_language="ko",
        locale=factories.locale("ko"),
        live=False,
        published_at=timezone.now() - datetime.timedelta(hours=1),
        **fields,
    )
    section.add_child(instance=article)
    article.save_revision()
    return article


def publish_through_admin(user, page, **fields):
    """The edit form posted with the Publish button (or "Publish as minor edit" with minor=True)."""
    minor = fields.pop("minor", False)
    fields.setdefault("body", streamfield([("paragraph", rich_text(block.value.source)) for block in page.body]))
    response = login(user).post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form(page, **{"action-publish": "minor-edit" if minor else "action-publish", **fields}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def published_korean_article(koryo, editor, **fields):
    article = korean_article(koryo, **fields)
    publish_through_admin(editor, article)
    return ArticlePage.objects.get(pk=article.pk)


def translation_page(article, code: str) -> ArticlePage:
    return ArticlePage.objects.get(translation_key=article.translation_key, locale__language_code=code)


@pytest.fixture
def kazakh_work(koryo, policy, koryo_editor, kazakh_translator, russian_translator):
    # The link's address is a segment translators may override (a Kazakh page for Kazakh readers).
    article = published_korean_article(
        koryo,
        koryo_editor,
        body=body('<p>예매는 <a href="https://koreantheatre.kz/">극장 웹사이트</a>에서 할 수 있다.</p>'),
    )
    assignment = Assignment.objects.get(translation__target_locale__language_code="kk")
    return article, assignment.translation
