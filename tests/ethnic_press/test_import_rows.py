"""The bulk writer's rows are Wagtail's: reference index, revisions, search documents; ids reserved safely."""

import datetime
import json
import threading

from django.contrib.contenttypes.models import ContentType
from django.db import connections, transaction
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

import pytest

from ethnic_press.importing import rows
from ethnic_press.importing.content import serializable_data
from ethnic_press.importing.references import references
from ethnic_press.importing.rows import insert_objects, reserve_ids
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic
from search import indexing
from tests.ethnic_press.importing import DOSTYQ_KK, DOSTYQ_RU, KORYO_KO, run_import
from tests.ethnic_press.test_import_bulk import _index_rows, _wagtail_index_rows
from tests.faults import needs_concurrent_database
from tests.helpers import in_locale

REFERENCE_COLUMNS = (
    "content_type_id",
    "base_content_type_id",
    "object_id",
    "to_content_type_id",
    "to_object_id",
    "model_path",
    "content_path",
    "content_path_hash",
)


def _references(page) -> set[tuple]:
    return set(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk)
        ).values_list(*REFERENCE_COLUMNS)
    )


def _imported(tmp_path, outlet_page_link: int) -> list[ArticlePage]:
    linked = {
        **DOSTYQ_KK,
        "source_id": "dq-linked",
        "title": "Достық үйі: сілтеме",
        # A link to a page in the text: a reference Wagtail finds in the body's rich text.
        "body": DOSTYQ_KK["body"]
        + f'<p>Толығырақ <a data-linktype="page" data-id="{outlet_page_link}">осында</a> оқыңыз.</p>',
    }
    out, err, _ = run_import(tmp_path, [DOSTYQ_KK, DOSTYQ_RU, KORYO_KO, linked])
    assert "created 4" in out and err == "", err
    return list(ArticlePage.objects.filter(source_id__in=["dq-2024-031", "dq-2024-040", "ki-100", "dq-linked"]))


@pytest.mark.django_db
def test_reference_rows_are_those_wagtail_writes(outlets, outlet, tmp_path):
    in_locale(outlet, "kk-latn")
    pages = _imported(tmp_path, outlet.pk)
    assert len(pages) == 6  # four lines, two of them Kazakh with their Latin variants
    linked = next(page for page in pages if page.source_id == "dq-linked" and page.locale.language_code == "kk")
    assert any(row[6].startswith("body.") for row in _references(linked))  # content_path
    for page in pages:
        bulk_rows = _references(page)
        assert bulk_rows, page
        # What Wagtail's walk finds on the page as stored...
        assert set(references(page)) == set(ReferenceIndex._extract_references_from_object(page))
        # ...and the rows Wagtail itself writes for it.
        ReferenceIndex.objects.filter(object_id=str(page.pk)).delete()
        ReferenceIndex.create_or_update_for_object(page)
        assert _references(page) == bulk_rows


@pytest.mark.django_db
def test_revision_and_search_rows_are_those_of_wagtail_and_of_a_rebuild(outlets, outlet, tmp_path):
    in_locale(outlet, "kk-latn")
    out, err, _ = run_import(tmp_path, [DOSTYQ_KK, DOSTYQ_RU, KORYO_KO])
    assert "created 3" in out and err == ""
    pages = list(ArticlePage.objects.filter(source_id__in=["dq-2024-031", "dq-2024-040", "ki-100"]).order_by("pk"))
    assert len(pages) == 4  # with the Kazakh article's Latin variant
    bulk = {page.pk: (_index_rows(page), _wagtail_index_rows(page)) for page in pages}
    assert all(rows and wagtail_rows for rows, wagtail_rows in bulk.values())

    indexing.rebuild()
    assert {page.pk: _index_rows(page) for page in pages} == {pk: rows for pk, (rows, _) in bulk.items()}

    # The revision holds what Wagtail's save_revision of the same page stores, but for what a new revision
    # changes (the page's revision ids, times). All compared before any is published: publishing the Kazakh
    # page updates its Latin variant through wagtail-localize (new bylines).
    drafts = {}
    for page in pages:
        revision = page.live_revision
        assert revision == page.latest_revision and revision.object_id == str(page.pk)
        assert PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish", revision=revision).count() == 1
        drafts[page.pk] = published = Revision.objects.get(pk=page.save_revision().pk)  # as stored (JSON)
        assert set(revision.content) == set(published.content)
        differing = {
            key: (revision.content[key], published.content[key])
            for key in revision.content
            if _comparable(revision.content[key]) != _comparable(published.content[key])
        }
        assert set(differing) <= {"latest_revision", "live_revision", "latest_revision_created_at"}, differing
    for page in pages:
        # The history entry is the one Wagtail's publish writes, but for its id, uuid, time and revision.
        ours = PageLogEntry.objects.get(page_id=page.pk, revision=page.live_revision)
        drafts[page.pk].publish()
        theirs = PageLogEntry.objects.get(page_id=page.pk, revision=drafts[page.pk])
        assert _entry(ours) == _entry(theirs)
        assert ours.uuid != theirs.uuid and ours.timestamp == page.live_revision.created_at
        page.refresh_from_db()
        assert _wagtail_index_rows(page) == bulk[page.pk][1]
    assert all(not problems for problems in Page.find_problems())


def _entry(entry: PageLogEntry) -> dict:
    return {
        field.attname: getattr(entry, field.attname)
        for field in PageLogEntry._meta.concrete_fields
        if field.name not in {"id", "uuid", "timestamp", "revision"}
    }


@pytest.mark.django_db
def test_reserved_ids_are_never_given_again(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK])
    page = ArticlePage.objects.get(source_id=DOSTYQ_KK["source_id"])
    with transaction.atomic():
        ids = reserve_ids(Revision, 3)
        assert len(set(ids)) == 3 and min(ids) > page.live_revision_id
        # A row the database numbers itself, in the same transaction, after the reservation: past them.
        other = page.save_revision()
        assert other.pk > max(ids)
        made = [_revision(page, pk) for pk in ids]
        insert_objects(Revision, made)
    assert Revision.objects.filter(pk__in=ids).count() == 3
    # The largest id deleted: not given again (AUTOINCREMENT on SQLite, sequences on PostgreSQL).
    Revision.objects.filter(pk=other.pk).delete()
    with transaction.atomic():
        assert reserve_ids(Revision, 1)[0] > other.pk


@pytest.mark.django_db
def test_reserving_ids_on_another_database_says_which_ones_the_import_supports(monkeypatch):
    monkeypatch.setattr(connections["default"], "vendor", "mysql")
    with (
        transaction.atomic(),
        pytest.raises(NotImplementedError, match="^import_articles supports SQLite and PostgreSQL, not mysql$"),
    ):
        reserve_ids(Revision, 1)


def _comparable(value):
    """A stored value as what it means: a date and time as the moment it is (the page in memory has the
    archive's offset, +05:00; read back from the database, UTC), a StreamField's JSON as data (PostgreSQL's
    jsonb gives a stored body's keys back in another order), anything else as it is."""
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, str) and value.startswith("[{"):
        return json.loads(value)
    return value


def _revision(page, pk: int) -> Revision:
    return Revision(
        pk=pk,
        content_type=ContentType.objects.get_for_model(ArticlePage),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        object_str=page.title,
        content=page.serializable_data(),
        created_at=timezone.now(),
    )


@needs_concurrent_database
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reserved_ids_do_not_collide_with_a_concurrent_writer(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK])
    page = ArticlePage.objects.get(source_id=DOSTYQ_KK["source_id"])
    theirs = []

    def other_writer():
        # Another process publishing while the import's transaction is open: its own connection, committed.
        try:
            with transaction.atomic():
                theirs.append(ArticlePage.objects.get(pk=page.pk).save_revision().pk)
        finally:
            connections.close_all()

    with transaction.atomic():
        ids = reserve_ids(Revision, 5)
        writer = threading.Thread(target=other_writer)
        writer.start()
        writer.join()
        insert_objects(Revision, [_revision(page, pk) for pk in ids])
    assert theirs and theirs[0] not in ids
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 1 + 1 + 5


def test_values_inserted_as_they_are_are_what_djangos_preparation_returns(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK, KORYO_KO])
    connection = connections["default"]
    checked = 0
    for model in (Page, ArticlePage, ArticleByline, ArticleTopic, Revision, PageLogEntry, ReferenceIndex):
        for obj in model.objects.all()[:50]:
            for field in model._meta.concrete_fields:
                value, kept = getattr(obj, field.attname), rows._kept_as_is(field)
                if kept is not None and (value is None or type(value) is kept):
                    prepared = field.get_db_prep_save(value, connection)
                    assert (prepared, type(prepared)) == (value, type(value)), (model, field.name)
                    checked += 1
    assert checked > 500


def test_revision_content_is_what_serializable_data_gives(outlets, tmp_path):
    run_import(tmp_path, [DOSTYQ_KK, DOSTYQ_RU, KORYO_KO])
    pages = list(
        ArticlePage.objects.filter(source_id__in=[line["source_id"] for line in (DOSTYQ_KK, DOSTYQ_RU, KORYO_KO)])
    )
    assert len(pages) == 3 and all(page.bylines.exists() or page.article_topics.exists() for page in pages)
    for page in pages:
        assert serializable_data(page) == page.serializable_data()
