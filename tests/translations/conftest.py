"""A Korean newspaper and a Kazakh one with their staff, translators and a language policy."""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from ethnic_press.permissions import EDITOR, JOURNALIST
from newsroom.models import ArticlePage
from tests import factories
from tests.helpers import article_form, in_locale, login, make_user
from translations.access import sync_grants
from translations.models import Assignment, LanguagePolicy, Translator


def make_translator(username: str, languages: list[str]):
    user = make_user(username)
    translator = Translator.objects.create(user=user, languages=languages)
    sync_grants(translator)
    return user


def body(*paragraphs: str) -> list[dict]:
    return [{"type": "paragraph", "value": paragraph} for paragraph in paragraphs]


@pytest.fixture
def koryo(outlet_index):
    """Koryo Ilbo: its Korean section is the ko translation of the outlet page."""
    outlet = factories.OutletPageFactory(
        parent=outlet_index, title="Қоре ильбо", slug="koryo-ilbo", languages=["ko", "ru"]
    )
    for code in ("ko", "ru"):
        in_locale(outlet, code, title={"ko": "고려일보", "ru": "Корё ильбо"}[code])
    in_locale(outlet, "kk-latn")
    return outlet


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
