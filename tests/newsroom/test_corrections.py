"""Corrections and updates: added in the admin, shown to readers, translated with the article."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from newsroom.models import ArticleCorrection, ArticlePage
from tests.helpers import article_form

pytestmark = pytest.mark.django_db

CORRECTION = "Мақаланың алғашқы нұсқасында театрдың құрылған жылы қате көрсетілген: дұрысы 1932 жыл."


def add_correction(page, text: str, kind: str = "correction", days_ago: int = 0) -> None:
    page = ArticlePage.objects.get(pk=page.pk)
    page.corrections.add(
        ArticleCorrection(kind=kind, text=text, date=timezone.now() - datetime.timedelta(days=days_ago))
    )
    page.save_revision().publish()


def test_editor_adds_a_correction_that_readers_see_on_the_article(editor_client, article_a, client):
    correction = {"date": "2025-04-02 09:30", "kind": "correction", "text": CORRECTION}
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[article_a.pk]),
        article_form(article_a, corrections=inline_formset([correction]), **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    reader = client.get(ArticlePage.objects.get(pk=article_a.pk).url)
    html = reader.content.decode()
    assert 'id="corrections-heading"' in html
    assert CORRECTION in html
    assert html.index(CORRECTION) < html.index('class="article__body"')


def test_corrections_do_not_add_queries_to_the_article_page(client, article_a):
    add_correction(article_a, CORRECTION)
    url = ArticlePage.objects.get(pk=article_a.pk).url
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for number in range(4):
        add_correction(article_a, f"Жаңа мәлімет {number}: қойылымның премьерасы сенбіге ауыстырылды.", kind="update")
    client.get(url)
    with CaptureQueriesContext(connection) as five:
        response = client.get(url)
    assert response.content.decode().count("corrections__item ") == 5
    assert len(five) == len(one)


def test_correction_text_is_a_translatable_segment(article_a):
    add_correction(article_a, CORRECTION)
    source, _ = TranslationSource.get_or_create_from_instance(ArticlePage.objects.get(pk=article_a.pk))
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert CORRECTION in texts
