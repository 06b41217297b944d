"""The whole story, through HTTP: a Korean article is published, translated into Kazakh in the translation
editor and into Russian through a PO file, approved, changed at the source, and followed by its Kazakh
Latin variant, with the overview telling the editor where each translation stands at every step."""

import csv
import datetime
import html
import io
import json
import re
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import polib
import pytest

from languages.transliteration import transliterate
from tests.helpers import login
from translations.models import Assignment

from .conftest import publish_through_admin, published_korean_article, translation_page
from .test_translating import KAZAKH, approve

pytestmark = pytest.mark.django_db

RUSSIAN = {
    "알마티 고려극장, 새 시즌 개막": "Корейский театр в Алматы открыл новый сезон",
    "고려극장이 창립 기념 공연으로 새 시즌을 열었다.": "Корейский театр открыл новый сезон юбилейным спектаклем.",
    "알마티의 <b>국립 고려극장</b>이 새 시즌을 시작했다.": (
        "<b>Государственный корейский театр</b> в Алматы начал новый сезон."
    ),
    "공연은 한국어와 러시아어로 진행된다.": "Спектакли идут на корейском и русском языках.",
    "theatre-season": "koreiskii-teatr-novyi-sezon",
}
NEW_LEAD = "고려극장이 창립 95주년 기념 공연으로 새 시즌을 열었다."
NEW_KAZAKH_LEAD = "Корей театры жаңа маусымды құрылғанына 95 жыл толуына арналған қойылыммен ашты."


def matrix(editor, koryo) -> dict:
    """{language: (status, translator, due date)} from the overview's CSV export."""
    response = login(editor).get(
        reverse("translations_overview"), {"outlet": str(koryo.translation_key), "format": "csv"}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    return {row[3]: (row[4], row[6], row[7]) for row in rows[1:] if row[3] in ("kk", "ru", "kk-latn")}


def statuses(editor, koryo) -> dict:
    return {code: state[0] for code, state in matrix(editor, koryo).items()}


def editor_props(response) -> dict:
    """The data wagtail-localize's translation editor is rendered from (segments with their save URLs)."""
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    assert match, "the translation editor"
    return json.loads(html.unescape(match.group(1)))


def test_korean_article_to_kazakh_russian_and_kazakh_latin(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    # 1. The editor publishes a Korean article; the outlet's policy asks for Kazakh and Russian.
    article = published_korean_article(koryo, koryo_editor)
    due = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    assert matrix(koryo_editor, koryo) == {
        "kk": ("requested", "aigerim", due),
        "ru": ("requested", "olga", due),
        "kk-latn": ("missing", "", ""),  # it comes with the approved Kazakh text, nobody is asked for it
    }
    assignments = {a.translation.target_locale.language_code: a for a in Assignment.objects.all()}

    # 2. Aigerim translates every string in the translation editor and sends it for review.
    kazakh = login(kazakh_translator)
    kk_translation = assignments["kk"].translation
    kk_page = translation_page(article, "kk")
    editor_page = kazakh.get(reverse("wagtailadmin_pages:edit", args=[kk_page.pk]))
    assert editor_page.status_code == 200
    strings = [segment for segment in editor_props(editor_page)["segments"] if segment["type"] == "string"]
    assert {segment["source"] for segment in strings} == set(KAZAKH)
    for segment in strings:  # what the translation editor sends as each string is saved
        response = kazakh.put(
            segment["editUrl"],
            urlencode({"value": KAZAKH[segment["source"]]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 201
    assert kazakh.post(reverse("translations_submit", args=[assignments["kk"].pk])).status_code == 302

    # 3. Olga translates offline in a PO file and sends it for review.
    russian = login(russian_translator)
    ru_translation = assignments["ru"].translation
    po = polib.pofile(
        russian.get(reverse("wagtail_localize:download_pofile", args=[ru_translation.pk])).content.decode()
    )
    for entry in po:
        entry.msgstr = RUSSIAN[entry.msgid]
    uploaded = russian.post(
        reverse("wagtail_localize:upload_pofile", args=[ru_translation.pk]),
        {"file": SimpleUploadedFile("ru.po", str(po).encode()), "next": reverse("translations_mine")},
    )
    assert uploaded.status_code == 302
    assert russian.post(reverse("translations_submit", args=[assignments["ru"].pk])).status_code == 302
    assert statuses(koryo_editor, koryo) == {
        "kk": "ready_for_review",
        "ru": "ready_for_review",
        "kk-latn": "missing",
    }

    # 4. The editor approves both; they go live, and the Kazakh one brings its Latin variant.
    for code in ("kk", "ru"):
        assert approve(koryo_editor, translation_page(article, code)).status_code == 302
    assert translation_page(article, "kk").title == KAZAKH["알마티 고려극장, 새 시즌 개막"]
    assert translation_page(article, "ru").title == RUSSIAN["알마티 고려극장, 새 시즌 개막"]
    latin = translation_page(article, "kk-latn")
    assert latin.live
    assert latin.title == "Almatydağy Korei teatry jaña mausymdy aşty"
    assert statuses(koryo_editor, koryo) == {"kk": "published", "ru": "published", "kk-latn": "published"}

    # 5. The Korean source is republished with a new lead: both translations are stale, and so is the
    # Latin variant, which spells out the outdated Kazakh text.
    publish_through_admin(koryo_editor, Page.objects.get(pk=article.pk).specific, lead=NEW_LEAD)
    assert statuses(koryo_editor, koryo) == {"kk": "stale", "ru": "stale", "kk-latn": "stale"}
    overview = login(koryo_editor).get(reverse("translations_overview"), {"outlet": str(koryo.translation_key)})
    assert overview.content.decode().count("translation-cell--stale") == 3
    assert "translation-row--stale" in kazakh.get(reverse("translations_mine")).content.decode()

    # 6. The editor asks for the Kazakh translation again (the page header's "Request translation"; outlet
    # editors do not hold wagtail-localize's own "Sync translated pages"), which brings the new lead to it;
    # Aigerim translates the new lead; the editor approves it again.
    again = login(koryo_editor).post(
        reverse("translations_request", args=[article.pk]),
        {"locale": kk_translation.target_locale.pk, "translator": kazakh_translator.pk, "due_date": due},
    )
    assert again.status_code == 302 and again.url != "/admin/"
    assert Assignment.objects.get(pk=assignments["kk"].pk).status == Assignment.Status.IN_PROGRESS
    props = editor_props(kazakh.get(reverse("wagtailadmin_pages:edit", args=[kk_page.pk])))
    (lead,) = [segment for segment in props["segments"] if segment.get("contentPath") == "lead"]
    assert lead["source"] == NEW_LEAD
    saved = kazakh.put(
        lead["editUrl"], urlencode({"value": NEW_KAZAKH_LEAD}), content_type="application/x-www-form-urlencoded"
    )
    assert saved.status_code == 201
    assert kazakh.post(reverse("translations_submit", args=[assignments["kk"].pk])).status_code == 302
    assert approve(koryo_editor, translation_page(article, "kk")).status_code == 302

    # The Latin variant followed the new Kazakh text by itself; Russian is still waiting.
    assert translation_page(article, "kk").lead == NEW_KAZAKH_LEAD
    latin = translation_page(article, "kk-latn")
    assert latin.lead == transliterate(NEW_KAZAKH_LEAD, "kk", "kk-latn")
    assert latin.lead.startswith("Korei teatry jaña mausymdy")
    assert statuses(koryo_editor, koryo) == {"kk": "published", "ru": "stale", "kk-latn": "published"}
