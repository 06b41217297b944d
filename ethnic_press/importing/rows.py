"""Plain-row inserts for the bulk writers: ids taken up front, then one statement repeated per table.

`bulk_create` builds and compiles a model instance per row and reads the ids back (RETURNING); a batch of
500 articles writes ~5,000 rows, and most of its Python time went there. Here the ids of a batch's rows are
reserved first (`reserve_ids`), so the rows that point at each other (a page at its revision, a byline at
its page, the revision's content at the byline ids) are complete before anything is inserted, and each
table's rows go in together, as prepared values (`insert_rows`, `insert_objects`): one executemany on SQLite,
one COPY on PostgreSQL (multi-row INSERTs where conflicts are skipped), whose server parsed and planned each
row of an executemany as a statement of its own.

Reserving ids while other processes write (an editor publishing, a second import):

- PostgreSQL: `nextval` of the table's own sequence, once per id: the same numbers the database would
  give those rows, and never given to anyone else, committed or not (a rolled-back batch leaves a gap,
  as any rolled-back insert does).
- SQLite: inside the write transaction (the site's connections begin IMMEDIATE, and the first statement
  here writes anyway), so no other connection can insert until we commit: the ids after the largest the
  table ever had (AUTOINCREMENT's `sqlite_sequence`, so a deleted row's id is not given again), and the
  sequence is moved past them.
"""

import datetime
import functools
from collections.abc import Iterable
from itertools import chain

from django.db import connections, router
from django.db.backends.postgresql.psycopg_any import Jsonb
from django.db.models import BooleanField, CharField, Field, ForeignKey, Model, TextField
from django.db.models.constants import OnConflict
from django.db.models.fields import AutoFieldMixin


def _connection(model: type[Model]):
    return connections[router.db_for_write(model)]


def reserve_ids(model: type[Model], count: int) -> list[int]:
    """`count` new primary keys for rows of `model`'s table, unique whatever else writes to it; call inside
    the transaction that inserts them."""
    if count <= 0:
        return []
    connection = _connection(model)
    if not connection.in_atomic_block:
        raise RuntimeError("reserve_ids must be called inside a transaction")
    table, column = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The sequence looked up once (OFFSET 0 keeps the subquery apart), not for each id: 0.6 µs an id, not 7.
            cursor.execute(
                "SELECT nextval(seq) FROM (SELECT pg_get_serial_sequence(%s, %s)::regclass AS seq OFFSET 0) AS s"
                " CROSS JOIN generate_series(1, %s)",
                [table, column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        if connection.vendor != "sqlite":
            raise NotImplementedError(f"import_articles supports SQLite and PostgreSQL, not {connection.vendor}")
        # A write first: in a transaction that has not written yet this takes SQLite's write lock.
        cursor.execute("UPDATE sqlite_sequence SET seq = seq WHERE name = %s", [table])
        quote = connection.ops.quote_name
        cursor.execute(f"SELECT max({quote(column)}) FROM {quote(table)}")
        largest = cursor.fetchone()[0] or 0
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
        start = max(largest, row[0] if row else 0) + 1
        last = start + count - 1
        if row:
            cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [last, table])
        else:
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last])
        return list(range(start, last + 1))


def insert_rows(model: type[Model], names: list[str], rows: Iterable[tuple], *, ignore_conflicts: bool = False) -> None:
    """Insert plain rows (values for the fields `names`, in order) together: for the many small rows a batch
    writes (bands, topics, references) whose ids nobody reads back. `bulk_create` builds a model instance
    and compiles every field of each row (~40 µs a row); this prepares each value as the field's
    `get_db_prep_save` does and hands them to the driver: one executemany on SQLite, one COPY on PostgreSQL
    (`_copy`; with `ignore_conflicts`, which COPY cannot do, INSERTs of many rows each: `_insert_values`)."""
    rows = list(rows)
    if not rows:
        return
    connection = _connection(model)
    fields = [model._meta.get_field(name) for name in names]
    quote, on_conflict = connection.ops.quote_name, OnConflict.IGNORE if ignore_conflicts else None
    # INSERT OR IGNORE on SQLite, ON CONFLICT DO NOTHING on PostgreSQL: what bulk_create(ignore_conflicts) writes.
    head = (
        f"{connection.ops.insert_statement(on_conflict=on_conflict)} {quote(model._meta.db_table)}"
        f" ({', '.join(quote(field.column) for field in fields)}) VALUES"
    )
    group = f"({', '.join(['%s'] * len(fields))})"
    tail = connection.ops.on_conflict_suffix_sql(fields, on_conflict, None, None)
    kept = [_kept_as_is(field) for field in fields]
    # A batch's rows share their times (the publication's `now`): each converted once (a pure function of the
    # field's class and the value; on SQLite a conversion to text with the time zone).
    times: dict[tuple, object] = {}

    def prepared(field: Field, value: object) -> object:
        if type(value) is datetime.datetime:
            key = (type(field), value)
            if key not in times:
                times[key] = field.get_db_prep_save(value, connection)
            return times[key]
        return field.get_db_prep_save(value, connection)

    params = [
        [
            value.value
            if type(value) is Prepared
            else value
            if (value is None and keeps) or type(value) is keeps
            else prepared(field, value)
            for field, keeps, value in zip(fields, kept, row, strict=True)
        ]
        for row in rows
    ]
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.executemany(f"{head} {group} {tail}", params)
        elif ignore_conflicts:
            _insert_values(cursor, head, group, tail, params)
        else:
            _copy(connection, cursor, model._meta.db_table, [field.column for field in fields], params)


def _copy(connection, cursor, table: str, columns: list[str], params: list[list]) -> None:
    """PostgreSQL: the rows in with one COPY. An executemany sends one INSERT per row, and with Django's
    client-side binding each carries its values in its text, so the server parsed and planned every row as a
    new statement. COPY parses its column list once and then only each value; the rows, their defaults,
    constraints, indexes and triggers are those of the INSERTs. Values go as psycopg adapts them in a COPY's
    text format (the same text as in the INSERTs: dates with their offset, JSON as dumped, UUIDs, NULL)."""
    quote = connection.ops.quote_name
    statement = f"COPY {quote(table)} ({', '.join(quote(column) for column in columns)}) FROM STDIN"

    def copy_rows(sql, _params, _many, _context):
        with cursor.cursor.copy(sql) as copy:
            for row in params:
                copy.write_row(row)

    # Through the connection's execute wrappers, as Django's cursor sends a statement (they see the COPY, one
    # statement, its rows streamed apart), and with psycopg's errors turned into Django's, as Django's cursor
    # does (a batch that fails is retried line by line).
    executor = copy_rows
    for wrapper in reversed(connection.execute_wrappers):
        executor = functools.partial(wrapper, executor)
    with connection.wrap_database_errors:
        executor(statement, None, False, {"connection": connection, "cursor": cursor})


# Rows per multi-row INSERT (`_insert_values`): a statement of a few hundred kilobytes at most.
VALUES_ROWS = 500


def _insert_values(cursor, head: str, group: str, tail: str, params: list[list]) -> None:
    """PostgreSQL, for an INSERT with ON CONFLICT (which COPY has not): many rows per statement (`group`, the
    VALUES of one row, repeated) rather than a statement per row, for the reason given in `_copy`."""
    for start in range(0, len(params), VALUES_ROWS):
        chunk = params[start : start + VALUES_ROWS]
        cursor.execute(f"{head} {', '.join([group] * len(chunk))} {tail}", list(chain.from_iterable(chunk)))


def compress_quickly(model: type[Model]) -> None:
    """PostgreSQL: the large values the current transaction writes into `model`'s database — a revision's content
    and an article's body, 2–5 kB of JSON each, which PostgreSQL compresses from ~2 kB on — are compressed with
    LZ4 instead of the default pglz, which was the largest single item of the server's work for an import
    (16 % of its samples). `SET LOCAL`: for this transaction only (the connection, which outlives it, is left
    as it was); any session reads values of either method. Nothing when the server was built without LZ4."""
    connection = _connection(model)
    if connection.vendor == "postgresql" and _has_lz4(connection.alias):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL default_toast_compression = 'lz4'")


@functools.cache
def _has_lz4(alias: str) -> bool:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        row = cursor.fetchone()
    return bool(row and row[0])


class Prepared:
    """A value as the database driver takes it already, which insert_rows passes on unchanged."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def dumped_json(model: type[Model], text: str) -> Prepared:
    """The parameter that writes `text` — a JSON field's value already dumped as Django's `adapt_json_value` dumps
    it (`json.dumps` with the field's encoder) — into a JSON column of `model`'s table, without dumping it again:
    on SQLite the text itself, on PostgreSQL psycopg's Jsonb whose `dumps` gives back that text."""
    if _connection(model).vendor == "postgresql":
        return Prepared(Jsonb(text, dumps=str))
    return Prepared(text)


@functools.cache
def _kept_as_is(field: Field) -> type | None:
    """The type of the values that `field.get_db_prep_save` returns unchanged, None included (a batch's ~20,000
    calls are most of preparing its rows): Django's own CharField and TextField keep a str, BooleanField a bool,
    an automatic primary key — or a foreign key to one — an int (on SQLite and PostgreSQL, the databases
    reserve_ids allows). Other fields (dates, JSON, UUIDs, integers that PostgreSQL's driver wraps), and other
    types of value, go through `get_db_prep_save`."""
    if isinstance(field, ForeignKey):
        if type(field).get_db_prep_save is not ForeignKey.get_db_prep_save:
            return None
        return _kept_as_is(field.target_field) if isinstance(field.target_field, AutoFieldMixin) else None
    kind = type(field)
    if isinstance(field, AutoFieldMixin):
        return int if kind.get_db_prep_save is Field.get_db_prep_save else None
    if kind.get_db_prep_save is not Field.get_db_prep_save or kind.get_db_prep_value is not Field.get_db_prep_value:
        return None
    return _KEPT.get(kind.get_prep_value)


_KEPT = {CharField.get_prep_value: str, TextField.get_prep_value: str, BooleanField.get_prep_value: bool}


def insert_objects(
    model: type[Model], objects: list[Model], *, local: bool = False, given: dict[str, list] | None = None
) -> None:
    """Insert model instances whose primary keys are set (`reserve_ids`): every concrete field of `model`'s
    table (`local`: only the fields of its own table, for the child table of a multi-table model), each
    value as the SQL compiler of `bulk_create` takes it (`pre_save`, then `get_db_prep_save`) — but for the
    fields in `given`, whose values (one per object, in order) are the database's already (`dumped_json`)."""
    if not objects:
        return
    fields = model._meta.local_concrete_fields if local else model._meta.concrete_fields
    if any(obj.pk is None for obj in objects):
        raise ValueError(f"{model.__name__} rows need their ids reserved before insert_objects")
    given = given or {}
    plain = [field for field in fields if field.name not in given]
    names = [field.name for field in plain] + list(given)
    rows = ([field.pre_save(obj, True) for field in plain] for obj in objects)
    if given:
        rows = ([*row, *extra] for row, *extra in zip(rows, *given.values(), strict=True))
    insert_rows(model, names, rows)
    for obj in objects:
        obj._state.adding = False
        obj._state.db = router.db_for_write(model)
