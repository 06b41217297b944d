"""A Korean newspaper and a Kazakh one with their staff, translators and a language policy."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest

from ethnic_press.provisioning import EDITOR, JOURNALIST, add_member
from home.site_tree import translate_page
from tests import factories
from translations.access import sync_grants
from translations.models import LanguagePolicy, Translator


def make_user(username: str, outlet=None, role: str = JOURNALIST):
    user = get_user_model().objects.create_user(username, f"{username}@example.kz", "x")
    if outlet is not None:
        add_member(user, outlet, role)
    return user


def make_translator(username: str, languages: list[str]):
    user = make_user(username)
    translator = Translator.objects.create(user=user, languages=languages)
    sync_grants(translator)
    return user


def in_locale(page, code: str, **fields):
    """The live translation of `page` in `code`, its ancestors translated first."""
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        translate_page(ancestor, code)
    return translate_page(page, code, **fields)


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
    from newsroom.models import ArticlePage

    section = koryo.get_translation(factories.locale("ko"))
    article = ArticlePage(
        title=fields.pop("title", "알마티 고려극장, 새 시즌 개막"),
        slug=fields.pop("slug", "theatre-season"),
        lead=fields.pop("lead", "고려극장이 창립 기념 공연으로 새 시즌을 열었다."),
        body=body(
            "<p>알마티의 <b>국립 고려극장</b>이 새 시즌을 시작했다.</p>",
            "<p>공연은 한국어와 러시아어로 진행된다.</p>",
        ),
        original_language="ko",
        locale=factories.locale("ko"),
        published_at=timezone.now() - datetime.timedelta(hours=1),
        **fields,
    )
    section.add_child(instance=article)
    return article
