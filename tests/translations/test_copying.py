"""A page copied for translation (translations/copying.py) writes the rows Wagtail's own `Page.copy` writes."""

import datetime
import re

from django.db import connection, transaction

import pytest

from newsroom.models import ArticleByline, ArticleCorrection, ArticleTopic
from tests import factories
from tests.helpers import in_locale
from translations import copying

pytestmark = [
    pytest.mark.django_db,
    # The rows are compared ids included: a rolled-back insert gives its ids again only on SQLite.
    pytest.mark.skipif(connection.vendor != "sqlite", reason="compares ids, which SQLite gives again after a rollback"),
]

TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?")
UUID = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b")


def _masked(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return "<time>"
    if isinstance(value, str):
        return UUID.sub("<uuid>", TIME.sub("<time>", value))
    return value


def _database() -> dict[str, set]:
    """Every row of every table, times and UUIDs masked (a copy's times are the moment it is made; a new
    wagtail-localize translation has a random UUID)."""
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = {tuple(_masked(value) for value in row) for row in cursor.fetchall()}
    return rows


def _copied(copy_with, page, parent, **fields) -> tuple[dict, dict]:
    """What a copy adds to the database (rolled back afterwards: the next copy gets the same ids), and
    the copy's fields."""
    before = _database()
    with transaction.atomic():
        copy = copy_with(page, parent, **fields)
        after = _database()
        transaction.set_rollback(True)
    added = {table: rows - before[table] for table, rows in after.items() if rows != before[table]}
    return added, {"locale": copy.locale.language_code, "title": copy.title, "live": copy.live}


def _wagtails(page, parent, **fields):
    update_attrs = {"locale": parent.locale, "slug": copying.find_available_slug(parent, page.slug), **fields}
    return copying._wagtail_copy(page, parent, parent.locale, update_attrs)


def test_a_copy_for_translation_writes_the_rows_of_wagtails_copy(outlet):
    article = factories.ArticlePageFactory(parent=outlet, hero_image=factories.PressImageFactory())
    ArticleByline.objects.create(page=article, journalist=factories.JournalistFactory())
    ArticleTopic.objects.create(page=article, topic=factories.TopicFactory())
    ArticleCorrection.objects.create(page=article, text="Түзетілді.")
    article.save_revision().publish()
    for code, fields in (("ru", {"title": "Праздник в Доме дружбы"}), ("de", {})):
        target = in_locale(outlet, code)
        ours, ours_page = _copied(copying.publish_copy, article, target, **fields)
        wagtails, wagtails_page = _copied(_wagtails, article, target, **fields)
        assert ours == wagtails
        assert ours_page == wagtails_page
        # the page, its article row, bylines, topics, correction, revision and two history entries at least
        assert {"wagtailcore_page", "newsroom_articlepage", "wagtailcore_revision"} <= set(ours)
        actions = [row for row in ours["wagtailcore_pagelogentry"] if "wagtail.copy_for_translation" in row]
        assert len(actions) == 1
    assert ours_page["live"] and ours_page["title"] == article.title


def test_a_script_variant_is_made_with_the_same_rows(outlet):
    """Publishing a Kazakh page makes its Latin-script variant through the copy (translations/variants.py)."""
    in_locale(outlet, "kk-latn")
    article = factories.ArticlePageFactory(parent=outlet)

    def publish(page, parent):
        page = type(page).objects.get(pk=page.pk)  # as stored: the first publication is rolled back
        page.save_revision().publish()
        return page

    ours, _ = _copied(publish, article, outlet)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("translations.variants.publish_copy", _wagtails)
        wagtails, _ = _copied(publish, article, outlet)
    assert ours == wagtails
    assert any("kk-latn" in str(row) for row in ours["wagtailcore_pagelogentry"])
