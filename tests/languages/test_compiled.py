"""Queries compiled once per process (languages/compiled.py) give what the queryset gives, for any values."""

import datetime
import uuid
from unittest import mock

from django.db.models import F, Q
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from languages.compiled import compiled_sql, private_sections, run_compiled
from newsroom.models import ArticlePage
from newsroom.tree import path_range, path_range_q
from tests import factories


def _children(private, depth: int, lower: str, upper: str, translation_key):
    """The live, public articles below one outlet, and those of one story, with their locale."""
    return (
        ArticlePage.objects.live()
        .exclude(private)
        .filter((path_range_q(lower, upper) & Q(depth=depth + 1)) | Q(translation_key=translation_key))
        .select_related("locale")
        .defer("body")
        .annotate(parent_key=F("locale__language_code"))
        .order_by("pk")
    )


def _lost_value(private, key):
    return ArticlePage.objects.exclude(private)


def compiled_children(outlet, translation_key=None):
    lower, upper = path_range(outlet.path)
    values = (lower, upper, translation_key or uuid.uuid4())
    return run_compiled(_children, (private_sections(), outlet.depth), values)


def plain_children(outlet, translation_key=None):
    lower, upper = path_range(outlet.path)
    return list(_children(private_sections(), outlet.depth, lower, upper, translation_key or uuid.uuid4()))


def test_one_compiled_query_answers_for_each_outlet_as_the_queryset_does(outlet_index, django_assert_num_queries):
    outlets = [factories.OutletPageFactory(parent=outlet_index) for _ in range(2)]
    for number, outlet in enumerate(outlets):
        for _ in range(number + 2):
            factories.ArticlePageFactory(parent=outlet)
    other = factories.ArticlePageFactory(parent=outlets[0])
    for outlet in outlets:
        rows = compiled_children(outlet)
        assert [page.pk for page in rows] == [page.pk for page in plain_children(outlet)]
        assert [page.pk for page in rows] == list(
            outlet.get_children().live().order_by("pk").values_list("pk", flat=True)
        )
        with django_assert_num_queries(0):  # select_related, the annotation and the fields are read with the rows
            assert {(page.locale.language_code, page.parent_key, page.title) for page in rows}
    # The story's key is a parameter too: the other outlet's query now finds that article of the first.
    rows = compiled_children(outlets[1], other.translation_key)
    assert other.pk in {page.pk for page in rows}


def test_expiry_is_read_from_the_clock_at_each_run(outlet):
    article = factories.ArticlePageFactory(parent=outlet, expire_at=timezone.now() + datetime.timedelta(hours=1))
    assert article.pk in {page.pk for page in compiled_children(outlet)}
    later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert article.pk not in {page.pk for page in compiled_children(outlet)}
        assert article.pk not in {page.pk for page in plain_children(outlet)}


def test_a_new_private_section_is_excluded_at_once(outlet, outlet_index):
    article = factories.ArticlePageFactory(parent=outlet)
    assert article.pk in {page.pk for page in compiled_children(outlet)}
    PageViewRestriction.objects.create(page=outlet, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert compiled_children(outlet) == plain_children(outlet) == []


def test_a_builder_that_drops_a_value_is_refused(outlet):
    with pytest.raises(ValueError, match="not every value"):
        run_compiled(_lost_value, (private_sections(),), (uuid.uuid4(),))


def _child_ids(private, depth: int, lower: str, upper: str, translation_key):
    return _children(private, depth, lower, upper, translation_key).values_list("pk", flat=True)


def _child_rows(private, depth: int, lower: str, upper: str, translation_key):
    return _children(private, depth, lower, upper, translation_key).values_list("pk", "locale__language_code")


def test_values_list_rows_come_as_the_queryset_gives_them(outlet_index):
    outlets = [factories.OutletPageFactory(parent=outlet_index) for _ in range(2)]
    for outlet in outlets:
        factories.ArticlePageFactory(parent=outlet)
    for outlet in outlets:
        lower, upper = path_range(outlet.path)
        values = (lower, upper, uuid.uuid4())
        shape = (private_sections(), outlet.depth)
        assert run_compiled(_child_ids, shape, values) == list(_child_ids(*shape, *values))
        assert run_compiled(_child_rows, shape, values) == list(_child_rows(*shape, *values)) != []


def test_compiled_sql_is_the_querysets_own_sql_for_any_values(outlet_index):
    """`compiled_sql` (a query written around it: search's related stories) binds each run's values where the
    queryset would put them, the clock included."""
    outlets = [factories.OutletPageFactory(parent=outlet_index) for _ in range(2)]
    for outlet in outlets:
        lower, upper = path_range(outlet.path)
        values = (lower, upper, uuid.uuid4())
        shape = (private_sections(), outlet.depth)
        moment = timezone.now()
        with mock.patch("django.utils.timezone.now", return_value=moment):
            sql, params = compiled_sql(_child_rows, shape, values)
            assert (sql, tuple(params)) == _child_rows(*shape, *values).query.sql_with_params()
