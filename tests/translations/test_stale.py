"""Stale translations: the source changed after the translation was last synced and reviewed.

The translations app alone records why (translations.SourceEdit: republish, correction, minor edit).
"""

import re

from django.utils import translation

from wagtail.test.utils.form_data import inline_formset

import pytest

from newsroom.models import ArticleCorrection
from tests.helpers import login
from translations.models import Assignment, SourceEdit
from translations.status import PUBLISHED, STALE, cells_for

from .conftest import publish_through_admin, published_korean_article, translation_page

pytestmark = pytest.mark.django_db


def publish_kazakh_translation(article):
    """The Kazakh translation saved from its strings and approved (published)."""
    assignment = Assignment.objects.get(translation__target_locale__language_code="kk")
    assignment.translation.save_target(publish=False)
    page = translation_page(article, "kk")
    page.get_latest_revision().publish()
    return assignment


def kazakh_cell(article):
    return cells_for([article], ["kk"])[article.pk, "kk"]


@pytest.fixture
def translated(koryo, policy, koryo_editor, kazakh_translator):
    article = published_korean_article(koryo, koryo_editor)
    publish_kazakh_translation(article)
    assert kazakh_cell(article).status == PUBLISHED
    return article


def reasons(article) -> list[str]:
    return list(SourceEdit.objects.filter(translation_key=article.translation_key).values_list("reason", flat=True))


def test_a_significant_republish_makes_the_translation_stale_until_synced_and_reviewed(
    translated, koryo_editor, kazakh_translator
):
    publish_through_admin(koryo_editor, translated, lead="고려극장이 95주년 기념 공연으로 새 시즌을 열었다.")
    assert kazakh_cell(translated).status == STALE
    assert kazakh_cell(translated).stale_reason == SourceEdit.Reason.REPUBLISH
    assert SourceEdit.objects.get(translation_key=translated.translation_key).edited_by == koryo_editor
    mine = login(kazakh_translator).get("/admin/translations/mine/").content.decode()
    assert "translation-row--stale" in mine

    # Synced at once (the source's new text reaches the translation editor) but not reviewed yet: still stale.
    source = Assignment.objects.get(translation__target_locale__language_code="kk").translation.source
    assert source.stringsegment_set.filter(string__data="고려극장이 95주년 기념 공연으로 새 시즌을 열었다.").exists()
    assert kazakh_cell(translated).status == STALE
    # Reviewed and published again: current.
    publish_kazakh_translation(translated)
    assert kazakh_cell(translated).status == PUBLISHED


def test_a_minor_edit_leaves_translations_current(translated, koryo_editor):
    edit = login(koryo_editor).get(f"/admin/pages/{translated.pk}/edit/").content.decode()
    assert 'value="minor-edit"' in edit
    publish_through_admin(koryo_editor, translated, lead="고려극장이 창립 기념 공연으로 새 시즌을 열었다!", minor=True)
    assert kazakh_cell(translated).status == PUBLISHED
    assert reasons(translated) == [SourceEdit.Reason.MINOR]
    assert SourceEdit.objects.get(translation_key=translated.translation_key).edited_by == koryo_editor


def test_a_correction_makes_translations_stale_even_in_a_minor_edit(translated, koryo_editor):
    correction = {"date": "2025-03-02 10:00", "kind": "correction", "text": "공연 날짜를 3월 2일로 바로잡았습니다."}
    publish_through_admin(koryo_editor, translated, corrections=inline_formset([correction]), minor=True)
    assert ArticleCorrection.objects.filter(page=translated).exists()
    assert kazakh_cell(translated).status == STALE
    assert kazakh_cell(translated).stale_reason == SourceEdit.Reason.CORRECTION
    assert sorted(reasons(translated)) == [SourceEdit.Reason.CORRECTION, SourceEdit.Reason.MINOR]
    # The correction reaches the translation editor at once, for the translator to translate.
    source = Assignment.objects.get(translation__target_locale__language_code="kk").translation.source
    assert source.stringsegment_set.filter(string__data=correction["text"]).exists()


def test_a_correction_on_a_translation_leaves_the_story_current(translated):
    kazakh = translation_page(translated, "kk")
    ArticleCorrection.objects.create(page=kazakh, text="Режиссёрдың тегі түзетілді.", locale=kazakh.locale)
    assert reasons(translated) == []
    assert kazakh_cell(translated).status == PUBLISHED


def test_a_correction_stays_recorded_when_an_older_translation_draft_is_published(translated, koryo_editor):
    ArticleCorrection.objects.create(page=translated, text="공연 시간을 바로잡았습니다.", locale=translated.locale)
    kazakh = translation_page(translated, "kk")
    kazakh.get_latest_revision().publish()  # not synced with the correction: still stale
    assert kazakh_cell(translated).status == STALE


def test_translations_stale_since_a_correction_are_shown_to_editors(translated, koryo_editor, koryo):
    ArticleCorrection.objects.create(page=translated, text="공연 시간을 바로잡았습니다.", locale=translated.locale)
    matrix = login(koryo_editor).get(f"/admin/translations/overview/?outlet={koryo.translation_key}").content.decode()
    assert "translation-cell--stale" in matrix
    with translation.override(re.search(r'<html lang="([^"]+)"', matrix).group(1)):
        reason = str(SourceEdit.Reason.CORRECTION.label)
    assert f'<small class="translation-cell__reason">{reason}</small>' in matrix
