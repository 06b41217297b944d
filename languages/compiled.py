"""Reader queries compiled to SQL once per process and database, then run with each request's values.

Django compiles a queryset to SQL on every evaluation; for the article page's two widest reads (the story's
versions, reprints and the outlet's other stories; the related stories) that compilation, and building the
querysets, was ~15 % of the page's CPU (bench/RESULTS.md, "pagecpu6"). Django keeps no compiled form of a
queryset and offers no prepared statements, hence this module: `run_compiled` builds a queryset once with marker
values in place of the request's values, compiles it with Django's own compiler, notes where each marker
landed among the SQL parameters, and afterwards runs that SQL with the real values in those places, turning
rows into model instances (or `values_list` rows) with Django's own code (`ModelIterable`: select_related,
annotations, deferred fields). The SQL differs per database vendor, so it is kept per connection alias and vendor.

A builder must depend only on its arguments: its `shape` arguments (anything that changes the SQL itself,
e.g. how many ids, the private sections) are part of the cache key, its marker arguments become
parameters. `live()`'s expiry time (home/expiry.py: `expire_at > now`) is found by value (a parameter equal
to the clock read while the query was built) and is the clock again at each run.
"""

import copy
import datetime
import uuid
from types import SimpleNamespace

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Q
from django.db.models.query import FlatValuesListIterable, ModelIterable, ValuesListIterable
from django.utils import timezone

from wagtail.models import Page

# Marker values no real request value takes (negative ids, this namespace's UUIDs, control characters).
_INT_MARKERS = -7_700_000_000
_MARKER_NAMESPACE = uuid.UUID("6d1b1f52-45c3-4c39-9d6b-5e0a5c1c7e01")
_CLOCK = "clock"

_compiled: dict[tuple, tuple] = {}


def private_sections() -> Q:
    """What `public()` excludes (PageQuerySet.private_q: the private sections; home/routing.py remembers
    them), for a builder's shape: a builder filters with `.exclude(private)`, never `.public()`."""
    return Page.objects.all().private_q()


def _marker(number: int, value):
    if isinstance(value, uuid.UUID):
        return uuid.uuid5(_MARKER_NAMESPACE, str(number))
    if isinstance(value, str):
        return f"\x01marker{number}\x01"  # matched as a whole: a LIKE pattern would not be found
    if isinstance(value, int) and not isinstance(value, bool):
        return _INT_MARKERS - number
    raise TypeError(f"no marker for {type(value).__name__} (pass it as part of the shape)")


def _slot(param, markers: list, clock: tuple) -> tuple | None:
    """Which value a compiled parameter stands for, and in which form: (index or _CLOCK, form), or None for a
    constant of the query."""
    for index, marker in enumerate(markers):
        if isinstance(marker, uuid.UUID):
            for form in ("uuid", "hex", "str"):
                if param == _uuid_form(marker, form):
                    return index, form
        elif type(param) is type(marker) and param == marker:  # a string or an integer, as it is
            return index, "exact"
    earliest, latest = clock
    if isinstance(param, datetime.datetime) and earliest <= param <= latest:
        return _CLOCK, "exact"
    if isinstance(param, str) and len(param) in (19, 26) and param[4:5] == "-":
        try:
            moment = datetime.datetime.fromisoformat(param)
        except ValueError:
            return None
        if earliest.replace(tzinfo=None) <= moment <= latest.replace(tzinfo=None):
            return _CLOCK, "text"
    return None


def _uuid_form(value: uuid.UUID, form: str):
    return {"uuid": value, "hex": value.hex, "str": str(value)}[form]


def _compile(build, shape: tuple, values: tuple, alias: str) -> tuple:
    markers = [_marker(number, value) for number, value in enumerate(values)]
    earliest = timezone.now()
    queryset = build(*shape, *markers).using(alias)
    compiler = queryset.query.get_compiler(using=alias)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return queryset._iterable_class, queryset.model, None, None, ()
    latest = timezone.now()
    if connections[alias].vendor == "sqlite":  # naive UTC text (the backend's adapt_datetimefield_value)
        earliest, latest = (
            timezone.make_naive(moment, datetime.UTC) if timezone.is_aware(moment) else moment
            for moment in (earliest, latest)
        )
    slots = tuple(_slot(param, markers, (earliest, latest)) for param in params)
    found = {slot[0] for slot in slots if slot is not None}
    if found - {_CLOCK} != set(range(len(markers))):
        raise ValueError(f"{build.__qualname__}: not every value reached the SQL parameters")
    if queryset._iterable_class not in (ModelIterable, ValuesListIterable, FlatValuesListIterable):
        raise ValueError(f"{build.__qualname__}: model instances, values_list() or values_list(flat=True) only")
    return queryset._iterable_class, queryset.model, compiler, sql, tuple(zip(params, slots, strict=True))


def _param(constant, slot, values: tuple, connection, now):
    if slot is None:
        return constant
    index, form = slot
    if index == _CLOCK:
        return connection.ops.adapt_datetimefield_value(now)
    value = values[index]
    return _uuid_form(value, form) if isinstance(value, uuid.UUID) else value


def _entry(build, shape: tuple, values: tuple, alias: str, connection) -> tuple:
    kinds = tuple(type(value) for value in values)
    key = (build.__module__, build.__qualname__, shape, kinds, alias, connection.vendor)
    entry = _compiled.get(key)
    if entry is None:
        entry = _compiled[key] = _compile(build, shape, values, alias)
    return entry


def compiled_sql(build, shape: tuple, values: tuple, alias: str = "default") -> tuple[str, list]:
    """The SQL and parameters of `build(*shape, *values)` (its `sql_with_params()`), compiled once per (builder,
    shape, database): for a query written around it. EmptyResultSet when it can match nothing."""
    connection = connections[alias]
    _kind, _model, compiler, sql, params = _entry(build, shape, values, alias, connection)
    if compiler is None:
        raise EmptyResultSet
    now = timezone.now()
    return sql, [_param(constant, slot, values, connection, now) for constant, slot in params]


def _converters(compiled, running, connection) -> dict:
    """The column converters of a compiled query (Django's `get_converters`, which it works out again at every
    run: a lookup per column), kept per compiled query on this thread's connection (they are its methods)."""
    kept = connection.__dict__.setdefault("_compiled_converters", {})
    converters = kept.get(id(compiled))  # the compiled query is kept for the process: its id is its own
    if converters is None:
        columns = [column[0] for column in running.select[: running.col_count]]
        converters = kept[id(compiled)] = running.get_converters(columns)
    return converters


def run_compiled(build, shape: tuple, values: tuple, alias: str = "default") -> list:
    """The model instances of `build(*shape, *values)`, compiled once per (builder, shape, database)."""
    connection = connections[alias]
    kind, model, compiler, sql, params = _entry(build, shape, values, alias, connection)
    if compiler is None:
        return []
    now = timezone.now()
    bound = [_param(constant, slot, values, connection, now) for constant, slot in params]
    # A compiler of this run (the cached one is shared): this thread's connection, the SQL as compiled.
    running = copy.copy(compiler)
    running.connection = connection
    running.as_sql = lambda *args, **kwargs: (sql, bound)
    converters = _converters(compiler, running, connection)
    running.get_converters = lambda expressions: converters
    if kind is ValuesListIterable:
        return list(running.results_iter(tuple_expected=True))
    if kind is FlatValuesListIterable:
        return [row[0] for row in running.results_iter()]
    source = SimpleNamespace(
        db=alias,
        model=model,
        query=SimpleNamespace(get_compiler=lambda using=None, **kwargs: running),
        _known_related_objects={},
    )
    return list(ModelIterable(source))
