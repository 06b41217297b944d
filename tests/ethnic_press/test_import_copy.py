"""The bulk writer's rows on PostgreSQL go in by COPY (and multi-row INSERTs where conflicts are ignored): the values
read back are the ones given, a refused row is Django's error, and a batch takes a few inserts, not one per row."""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, IntegrityError, connection, transaction

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

import pytest

from ethnic_press.importing import rows
from ethnic_press.importing.instances import instance
from ethnic_press.importing.rows import compress_quickly, insert_objects, insert_rows, reserve_ids
from newsroom.models import ArticlePage
from tests.ethnic_press.importing import DOSTYQ_KK, run_import

pytestmark = pytest.mark.django_db

# Everything COPY's text format escapes or could take for something else: tabs, line ends, backslashes, its NULL
# marker written as text, quotes, and text in several scripts, right-to-left included.
FIVE_HOURS_EAST = datetime.timezone(datetime.timedelta(hours=5))
AWKWARD = "tab\there\nnew line\r\\N back\\slash \\. 'single' \"double\" Қазақ 고려 ئۇيغۇر end\\"


def _revision(pk: int, text: str, content: dict) -> Revision:
    page_type = ContentType.objects.get_for_model(Page)
    return instance(
        Revision,
        pk=pk,
        content_type=ContentType.objects.get_for_model(ArticlePage),
        base_content_type=page_type,
        object_id="424242",
        created_at=datetime.datetime(2024, 3, 21, 10, 0, 0, 123456, tzinfo=FIVE_HOURS_EAST),
        object_str=text,
        content=content,
    )


def test_values_read_back_are_those_written_whatever_their_characters():
    content = {"title": AWKWARD, "nothing": None, "list": ["\\", "\n", "\t", 1.5, True], "body": '[{"a": "\\"q\\""}]'}
    seen: list[str] = []

    def record(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with transaction.atomic():
        (pk,) = reserve_ids(Revision, 1)
        revision = _revision(pk, AWKWARD, content)
        with connection.execute_wrapper(record):
            insert_objects(Revision, [revision])
        entry_id, entry_uuid = reserve_ids(PageLogEntry, 1)[0], uuid.uuid4()
        insert_rows(
            PageLogEntry,
            [
                "id",
                "content_type",
                "label",
                "action",
                "data",
                "timestamp",
                "content_changed",
                "deleted",
                "uuid",
                "page",
            ],
            [
                (
                    entry_id,
                    ContentType.objects.get_for_model(ArticlePage).pk,
                    AWKWARD,
                    "wagtail.publish",
                    {"note": AWKWARD},
                    datetime.datetime(2024, 3, 21, 5, 0, tzinfo=datetime.UTC),
                    True,
                    False,
                    entry_uuid,
                    Page.objects.first().pk,
                )
            ],
        )
    # The connection's execute wrappers see the rows' statement (a COPY on PostgreSQL), as any other.
    assert len(seen) == 1 and Revision._meta.db_table in seen[0]
    assert seen[0].startswith("COPY" if connection.vendor == "postgresql" else "INSERT")
    revision = Revision.objects.get(pk=pk)
    assert revision.object_str == AWKWARD and revision.content == content
    assert revision.created_at == datetime.datetime(2024, 3, 21, 5, 0, 0, 123456, tzinfo=datetime.UTC)
    assert revision.user_id is None and revision.approved_go_live_at is None
    entry = PageLogEntry.objects.get(pk=entry_id)
    assert (entry.label, entry.data, entry.uuid, entry.content_changed) == (
        AWKWARD,
        {"note": AWKWARD},
        entry_uuid,
        True,
    )


def test_reference_rows_in_several_statements_skip_the_ones_already_there(monkeypatch):
    monkeypatch.setattr(rows, "VALUES_ROWS", 2)  # five rows: three statements on PostgreSQL
    page_type = ContentType.objects.get_for_model(Page)
    names = ["content_type", "base_content_type", "object_id", "to_content_type", "to_object_id"]
    names += ["model_path", "content_path", "content_path_hash"]

    def reference(number: int) -> tuple:
        path = f"body.{number}.{AWKWARD}"
        return (
            page_type.pk,
            page_type.pk,
            "424242",
            page_type.pk,
            str(number),
            "body",
            path,
            uuid.uuid5(uuid.NAMESPACE_URL, path),
        )

    with transaction.atomic():
        insert_rows(ReferenceIndex, names, [reference(1), reference(2)], ignore_conflicts=True)
        insert_rows(ReferenceIndex, names, [reference(n) for n in range(5)], ignore_conflicts=True)

    stored = ReferenceIndex.objects.filter(object_id="424242").values_list("to_object_id", "content_path")
    assert sorted(stored) == [(str(n), f"body.{n}.{AWKWARD}") for n in range(5)]


def test_a_row_the_database_refuses_is_djangos_error_and_leaves_nothing():
    with transaction.atomic():
        first, second = reserve_ids(Revision, 2)
    broken = _revision(second, "no content type", {})
    broken.content_type_id = None  # NOT NULL

    with pytest.raises(IntegrityError), transaction.atomic():
        insert_objects(Revision, [_revision(first, "fine", {}), broken])

    assert issubclass(IntegrityError, DatabaseError)  # what the import's runner catches to retry line by line
    assert not Revision.objects.filter(pk__in=[first, second]).exists()  # the connection works on after it


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # SET LOCAL lasts until the outermost transaction
def test_quick_compression_lasts_as_long_as_the_transaction():
    sent: list[str] = []

    def record(execute, sql, params, many, context):
        sent.append(sql)
        return execute(sql, params, many, context)

    if connection.vendor == "sqlite":
        with transaction.atomic(), connection.execute_wrapper(record):
            compress_quickly(Revision)
        assert sent == []  # nothing to set on SQLite
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW default_toast_compression")
        before = cursor.fetchone()[0]
        with transaction.atomic():
            compress_quickly(Revision)
            cursor.execute("SHOW default_toast_compression")
            assert cursor.fetchone()[0] == "lz4"
        cursor.execute("SHOW default_toast_compression")
        assert cursor.fetchone()[0] == before


def _inserts_for(tmp_path, lines: list[dict]) -> int:
    """Statements that write new rows for an import — its articles', their revisions', history's, references',
    search documents' — counting an executemany's rows each (the server runs one statement a row)."""
    count = 0

    def counted(execute, sql, params, many, context):
        nonlocal count
        if sql.lstrip().upper().startswith(("INSERT", "COPY")):
            count += len(params) if many else 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        out, err, _ = run_import(tmp_path, lines)
    assert f"created {len(lines)}," in out and err == "", err
    return count


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite takes a statement per row (executemany)")
def test_on_postgresql_a_batch_takes_as_many_inserts_for_three_articles_as_for_twelve(outlets, tmp_path):
    def lines(prefix: str, count: int) -> list[dict]:
        return [
            {**DOSTYQ_KK, "source_id": f"{prefix}-{n}", "title": f"{DOSTYQ_KK['title']} {prefix} {n}"}
            for n in range(count)
        ]

    _inserts_for(tmp_path, lines("warm", 1))  # the journalist it credits is created once, here
    few = _inserts_for(tmp_path, lines("few", 3))
    many = _inserts_for(tmp_path, lines("many", 12))

    assert many == few > 0, (few, many)
    assert ArticlePage.objects.filter(source_id__startswith="many-", live=True).count() == 12
