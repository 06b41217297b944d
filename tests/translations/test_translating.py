"""A translator at work: the translation editor, PO files offline, review by the outlet's editors,
and the ways a translator must not get past their assignments."""

import json
import re
from html import unescape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Page

import polib
import pytest
from wagtail_localize.models import StringSegment

from tests.helpers import TO_DASHBOARD, assert_refused, login
from translations.models import Assignment, Translator

from .conftest import korean_article, published_korean_article, translation_page

pytestmark = pytest.mark.django_db

KAZAKH = {
    "알마티 고려극장, 새 시즌 개막": "Алматыдағы Корей театры жаңа маусымды ашты",
    "고려극장이 창립 기념 공연으로 새 시즌을 열었다.": "Корей театры жаңа маусымды мерейтойлық қойылыммен ашты.",
    "알마티의 <b>국립 고려극장</b>이 새 시즌을 시작했다.": (
        "Алматыдағы <b>Мемлекеттік корей театры</b> жаңа маусымды бастады."
    ),
    "공연은 한국어와 러시아어로 진행된다.": "Қойылымдар корей және орыс тілдерінде өтеді.",
    "theatre-season": "koreiskii-teatr-mausymy",
}


@pytest.fixture
def requested(koryo, policy, koryo_editor, kazakh_translator, russian_translator):
    article = published_korean_article(koryo, koryo_editor)
    return article, {a.translation.target_locale.language_code: a for a in Assignment.objects.all()}


def approve(editor, page):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return login(editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )


def test_offline_translation_through_a_po_file_then_review_and_publication(requested, kazakh_translator, koryo_editor):
    article, assignments = requested
    translation = assignments["kk"].translation
    translator = login(kazakh_translator)

    download = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == set(KAZAKH)
    for entry in po:
        entry.msgstr = KAZAKH[entry.msgid]
    upload = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("kk.po", str(po).encode()), "next": reverse("translations_mine")},
    )
    assert upload.status_code == 302

    mine = translator.get(reverse("translations_mine")).content.decode()
    assert "5 / 5" in mine
    assert '한국어</span> → <span lang="kk">Қазақша' in mine

    submitted = translator.post(reverse("translations_submit", args=[assignments["kk"].pk]))
    assert submitted.status_code == 302
    kazakh = translation_page(article, "kk")
    assert not kazakh.live
    assert kazakh.workflow_in_progress
    assert Assignment.objects.get(pk=assignments["kk"].pk).status == Assignment.Status.READY_FOR_REVIEW

    assert approve(koryo_editor, kazakh).status_code == 302
    kazakh = translation_page(article, "kk")
    assert kazakh.live
    assert kazakh.title == "Алматыдағы Корей театры жаңа маусымды ашты"
    assert "<b>Мемлекеттік корей театры</b>" in str(kazakh.body[0].value)
    assert Assignment.objects.get(pk=assignments["kk"].pk).status == Assignment.Status.PUBLISHED
    # The approved Kazakh translation brought its Latin variant with it.
    assert translation_page(article, "kk-latn").title == "Almatydağy Korei teatry jaña mausymdy aşty"


def test_translating_in_the_translation_editor(requested, russian_translator):
    article, assignments = requested
    translation = assignments["ru"].translation
    russian_page = translation_page(article, "ru")
    translator = login(russian_translator)

    editor = translator.get(reverse("wagtailadmin_pages:edit", args=[russian_page.pk]))
    assert editor.status_code == 200
    assert "w-translation-editor" in editor.content.decode() or "translation-editor" in editor.content.decode()

    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = translator.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Корейский+театр+Алматы+открыл+новый+сезон",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    assert Assignment.objects.get(pk=assignments["ru"].pk).status == Assignment.Status.IN_PROGRESS
    assert "1 / 5" in translator.get(reverse("translations_mine")).content.decode()
    # A translator cannot publish: that is the editors' decision.
    publish = translator.post(reverse("wagtailadmin_pages:edit", args=[russian_page.pk]), {"action": "publish"})
    assert_refused(publish, TO_DASHBOARD)
    assert not translation_page(article, "ru").live


def test_translators_stay_within_their_assignments_and_languages(requested, kazakh_translator, russian_translator):
    article, assignments = requested
    kk_translation = assignments["kk"].translation
    kazakh_page = translation_page(article, "kk")
    segment = StringSegment.objects.get(source=kk_translation.source, context__path="title")
    russian = login(russian_translator)

    # Another translator's work, in a language the Russian translator does not hold.
    assert_refused(russian.get(reverse("wagtailadmin_pages:edit", args=[kazakh_page.pk])), TO_DASHBOARD)
    assert_refused(russian.get(reverse("wagtail_localize:download_pofile", args=[kk_translation.pk])), TO_DASHBOARD)
    put = russian.put(
        reverse("wagtail_localize:edit_string_translation", args=[kk_translation.pk, segment.pk]),
        "value=Басқа+біреудің+аудармасы",
        content_type="application/x-www-form-urlencoded",
    )
    assert put.status_code == 403
    assert_refused(russian.post(reverse("translations_submit", args=[assignments["kk"].pk])), TO_DASHBOARD)
    # The Korean original is nobody's translation.
    assert_refused(login(kazakh_translator).get(reverse("wagtailadmin_pages:edit", args=[article.pk])), TO_DASHBOARD)

    # Once the Kazakh translator no longer holds Kazakh, the assignment's page is closed to them too.
    profile = Translator.objects.get(user=kazakh_translator)
    profile.languages = ["tt"]
    profile.save()
    assert_refused(
        login(kazakh_translator).get(reverse("wagtailadmin_pages:edit", args=[kazakh_page.pk])), TO_DASHBOARD
    )


def test_a_translator_cannot_edit_the_page_outside_the_translation_editor(requested, kazakh_translator, koryo_editor):
    article, assignments = requested
    translation = assignments["kk"].translation
    translator = login(kazakh_translator)
    kazakh_page = translation_page(article, "kk")
    stop_url = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    # Stopping the translation is the editor's decision (translations/guards.py), not the translator's.
    assert_refused(translator.post(stop_url, {"next": reverse("translations_mine")}), TO_DASHBOARD)
    assert login(koryo_editor).post(stop_url, {"next": reverse("translations_mine")}).status_code == 302
    assert_refused(translator.get(reverse("wagtailadmin_pages:edit", args=[kazakh_page.pk])), TO_DASHBOARD)


def test_the_editor_sends_a_translation_back_and_the_translator_sees_it_again(
    requested, kazakh_translator, koryo_editor
):
    article, assignments = requested
    assignment = assignments["kk"]
    translator = login(kazakh_translator)
    title = StringSegment.objects.get(source=assignment.translation.source, context__path="title")
    translator.put(
        reverse("wagtail_localize:edit_string_translation", args=[assignment.translation.pk, title.pk]),
        "value=Алматыдағы+Корей+театры+жаңа+маусымды+ашты",
        content_type="application/x-www-form-urlencoded",
    )
    submit_url = reverse("translations_submit", args=[assignment.pk])
    assert translator.post(submit_url).status_code == 302
    assert Assignment.objects.get(pk=assignment.pk).status == Assignment.Status.READY_FOR_REVIEW
    assert submit_url not in translator.get(reverse("translations_mine")).content.decode()

    kazakh = translation_page(article, "kk")
    task_state = Page.objects.get(pk=kazakh.pk).current_workflow_task_state
    sent_back = login(koryo_editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=[kazakh.pk, "reject", task_state.pk]),
        {"comment": "Лидті толық аударыңыз."},
    )
    assert sent_back.status_code == 302

    assert Assignment.objects.get(pk=assignment.pk).status == Assignment.Status.IN_PROGRESS
    assert not translation_page(article, "kk").live
    mine = translator.get(reverse("translations_mine")).content.decode()
    assert "translation-row--in_progress" in mine
    assert article.title in mine
    assert submit_url in mine  # they can send it for review again once it is done


def test_the_translation_editor_names_the_blocks_parts_in_the_translators_admin_language(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    # The segments of a quote or fact box were located as "Quote › Attribution", "Fact box › Title" in
    # every admin language.
    article = korean_article(
        koryo,
        body=[
            {"type": "quote", "value": {"text": "연극은 우리의 기억이다.", "attribution": "극장장"}},
            {"type": "fact_box", "value": {"title": "고려극장", "body": "<p>1932년 창립.</p>"}},
        ],
    )
    article.save_revision(user=koryo_editor).publish()
    kazakh_translator.wagtail_userprofile.preferred_language = "ru"
    kazakh_translator.wagtail_userprofile.save()
    page = translation_page(article, "kk")
    html = login(kazakh_translator).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    located = {json.loads(f'"{name}"') for name in re.findall(r'"subField": "((?:[^"\\]|\\.)*)"', unescape(html))}
    assert {"текст", "автор цитаты", "заголовок"} <= located, located
    assert not {name.lower() for name in located} & {"text", "attribution", "title", "body"}
