"""The article editor: a new article credits its writer; the approving editor is warned about what a
story should not go live without (a byline, the hero's alt text, a lead within its limit)."""

import json
import re
from html import unescape

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest

from ethnic_press.permissions import EDITOR
from newsroom.models import ArticlePage
from newsroom.panels import LEAD_LIMIT
from tests import factories
from tests.helpers import article_form, login, make_user

pytestmark = pytest.mark.django_db


def test_a_new_article_is_prefilled_with_its_writers_byline_which_is_saved(journalist_a, outlet_a):
    journalist = factories.JournalistFactory(name="Ким Минсу", user=journalist_a)
    add_url = reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", outlet_a.pk])
    form = login(journalist_a).get(add_url).content.decode()
    assert f'<option value="{journalist.pk}" selected>' in form or f'value="{journalist.pk}"' in form
    assert 'name="bylines-INITIAL_FORMS" value="1"' in form

    draft = ArticlePage(title="Театр маусымы", slug="season", lead="Корей театры жаңа маусымды ашты.")
    data = article_form(
        draft,
        bylines=inline_formset([{"id": "", "journalist": journalist.pk, "role": "author"}], initial=1),
        **{"action-submit": "action-submit"},
    )
    data["published_at"] = "2026-11-29 10:00"
    response = login(journalist_a).post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = ArticlePage.objects.get(slug="season")
    assert [b.journalist for b in article.get_latest_revision_as_object().bylines.all()] == [journalist]


def test_the_approving_editor_is_warned_about_byline_alt_text_and_a_long_lead(editor_a, journalist_a, outlet_a):
    article = factories.ArticlePageFactory(parent=outlet_a, lead="Ұ" * (LEAD_LIMIT + 20), hero_image=None)
    article.hero_image = factories.PressImageFactory(description="")  # nothing for a screen reader
    article.save_revision()
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])

    html = login(editor_a).get(edit).content.decode()
    assert "data-review-checks" in html
    assert "No byline" in html
    assert f"The lead is {LEAD_LIMIT + 20} characters long; the limit is {LEAD_LIMIT}." in html
    assert "The hero image has no alt text." in html
    # Journalists do not approve: the warning is the editor's.
    assert "data-review-checks" not in login(journalist_a).get(edit).content.decode()


def test_no_warning_for_a_complete_article(editor_a, outlet_a):
    article = factories.ArticlePageFactory(parent=outlet_a)
    factories.ArticleBylineFactory(page=article)
    article.save_revision()
    html = login(editor_a).get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "data-review-checks" not in html


# The body's blocks and their parts as the editor labels them (the admin capitalises them when shown).
BLOCK_LABELS = {
    "ko": {
        "이미지",
        "이미지 설명",
        "사진 출처",
        "대체 텍스트",
        "인용문",
        "내용",
        "인용문 출처",
        "참고 상자",
        "제목",
        "본문",
    },
    "ru": {
        "изображение",
        "подпись к изображению",
        "автор снимка",
        "альтернативный текст",
        "цитата",
        "текст",
        "автор цитаты",
        "справка",
        "заголовок",
    },
}
ENGLISH_PARTS = {"image", "caption", "credit", "text", "attribution", "title", "body", "alt text"}


def block_labels(html: str) -> set[str]:
    """Every label in the StreamField block definitions Wagtail writes into the editor page (as JSON in
    an HTML attribute)."""
    return {json.loads(f'"{label}"') for label in re.findall(r'"label": "((?:[^"\\]|\\.)*)"', unescape(html))}


@pytest.mark.parametrize("code", ["ko", "ru"])
def test_the_article_editor_labels_the_body_blocks_parts_in_the_admin_language(code, outlet_a):
    # The parts of the image, gallery, quote and fact box blocks were labelled in English in every admin
    # language ("Caption", "Credit", "Attribution", "Title", "Body"), in the translation editor too.
    editor = make_user(f"editor-{code}", outlet_a, EDITOR, admin_language=code)
    article = factories.ArticlePageFactory(parent=outlet_a)
    html = login(editor).get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    labels = block_labels(html)
    assert {label.lower() for label in labels} & ENGLISH_PARTS == set()
    assert BLOCK_LABELS[code] <= labels, BLOCK_LABELS[code] - labels
