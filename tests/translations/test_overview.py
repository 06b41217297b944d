"""The translation overview: articles × locales with their status, filters, CSV, bounded queries."""

import csv
import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest
from wagtail_localize.models import StringSegment, StringTranslation

from ethnic_press.permissions import EDITOR, ensure_network_editors
from newsroom.models import ArticlePage
from tests.helpers import TO_DASHBOARD, assert_refused, login, make_user
from translations.models import Assignment

from .conftest import korean_article, translation_page

pytestmark = pytest.mark.django_db


def publish_articles(koryo, count: int, start: int = 0) -> list:
    articles = []
    for number in range(start, start + count):
        article = korean_article(koryo, slug=f"story-{number}", title=f"고려일보 기사 {number}")
        article.save_revision().publish()
        articles.append(article)
    return articles


def overview(user, **params):
    return login(user).get(reverse("translations_overview"), params)


def test_each_cell_says_where_the_translation_stands(
    koryo, policy, koryo_editor, kazakh_translator, russian_translator
):
    overdue, in_progress = publish_articles(koryo, 2)
    late = Assignment.objects.get(
        translation__source__object_id=overdue.translation_key, translation__target_locale__language_code="kk"
    )
    late.due_date = timezone.localdate() - datetime.timedelta(days=2)
    late.save()
    started = Assignment.objects.get(
        translation__source__object_id=in_progress.translation_key, translation__target_locale__language_code="ru"
    )
    title = StringSegment.objects.get(source=started.translation.source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        context=title.context,
        locale=started.translation.target_locale,
        data="Статья газеты «Корё ильбо»",
        translation_type="manual",
    )

    html = overview(koryo_editor, outlet=str(koryo.translation_key)).content.decode()
    assert "translation-cell--overdue" in html
    assert "in progress 20%" in html  # one of five segments: title, slug, lead, two paragraphs
    assert "translation-cell--missing" in html  # German, Uyghur … nobody asked for them
    assert html.count("translation-cell--source") == 2

    only_overdue = overview(koryo_editor, outlet=str(koryo.translation_key), status="overdue").content.decode()
    assert overdue.title in only_overdue and in_progress.title not in only_overdue

    russian = overview(koryo_editor, outlet=str(koryo.translation_key), language="ru").content.decode()
    assert '<th lang="ru">' in russian and '<th lang="kk">' not in russian


def test_csv_export(koryo, policy, koryo_editor, kazakh_translator):
    (article,) = publish_articles(koryo, 1)
    response = overview(koryo_editor, outlet=str(koryo.translation_key), language="kk", format="csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:5] == ["outlet", "article", "source language", "language", "status"]
    due = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    assert rows[1][1:] == [article.title, "ko", "kk", "requested", "0", "aigerim", due]


def test_the_overview_is_for_the_outlets_editors(
    koryo, policy, koryo_editor, koryo_journalist, outlet, kazakh_translator
):
    publish_articles(koryo, 1)
    other_editor = make_user("dostyq-editor", outlet, EDITOR)
    assert_refused(overview(koryo_journalist), TO_DASHBOARD)
    assert_refused(overview(kazakh_translator), TO_DASHBOARD)
    assert_refused(overview(other_editor, outlet=str(koryo.translation_key)), TO_DASHBOARD)
    # Their own outlet's overview does not list Koryo Ilbo's stories.
    assert "고려일보 기사 0" not in overview(other_editor).content.decode()


def test_the_overview_costs_the_same_queries_for_three_articles_or_nine(
    koryo, policy, koryo_editor, kazakh_translator, django_assert_max_num_queries
):
    publish_articles(koryo, 3)
    client = login(koryo_editor)
    url = reverse("translations_overview") + f"?outlet={koryo.translation_key}"
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    published = publish_articles(koryo, 6, start=3)
    translation_page(published[0], "kk").save_revision().publish()
    with django_assert_max_num_queries(len(small)):
        response = client.get(url)
    assert response.content.decode().count("translation-cell--source") == 9


def test_network_editors_see_every_outlet_page_by_page(koryo, policy, outlet, kazakh_translator, monkeypatch):
    monkeypatch.setattr("translations.views.overview.PER_PAGE", 3)
    korean = publish_articles(koryo, 3)
    kazakh = []
    for title in ("Достық үйінде Наурыз мерекесі", "Абай оқулары Семейде өтті"):
        article = ArticlePage(title=title, slug=f"dostyq-{len(kazakh)}", original_language="kk")
        outlet.add_child(instance=article)
        article.save_revision().publish()
        kazakh.append(article)
    network_editor = make_user("network-editor")
    network_editor.groups.add(ensure_network_editors())
    titles = [article.title for article in korean + kazakh]

    first = overview(network_editor)
    assert first.status_code == 200
    first_html = first.content.decode()
    assert "Page 1 of 2" in first_html
    assert "p=2" in first_html
    second_html = overview(network_editor, p=2).content.decode()
    on_first = {title for title in titles if title in first_html}
    on_second = {title for title in titles if title in second_html}
    assert len(on_first) == 3 and len(on_second) == 2
    assert on_first | on_second == set(titles)  # both outlets, nothing lost between the pages
    for outlet_name in ("Қоре ильбо", "Қазақстан достығы"):
        assert outlet_name in first_html + second_html

    rows = list(csv.reader(io.StringIO(overview(network_editor, format="csv").content.decode())))
    assert {row[1] for row in rows[1:]} == set(titles)  # the export is not cut at a page
