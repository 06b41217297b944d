"""A page's revision content — what Wagtail's `save_revision` stores, `page.serializable_data()` — read cheaply.

modelcluster's `serializable_data` finds, for every object, the model's serialised fields and child relations
and reads each field through `get_field_value` (the field's `pre_save`, a time-zone check, `value_to_string`).
Which fields and relations there are depends on the model only, so `_plan` decides it once per model; and for a
field whose `pre_save` and `value_to_string` are Django's plain ones, a value of a basic type (None, a str, an
int, a bool, a float) is stored as it is — what `get_field_value` returns for it —, so only the other values
(dates, UUIDs, StreamField bodies) go through `get_field_value`. Objects whose class has its own
`serializable_data` are left to it. tests/ethnic_press/test_import_rows.py compares the result with
`serializable_data()` on imported pages with bylines and topics.
"""

import functools
from dataclasses import dataclass

from django.db.models import Field, Model

from modelcluster.models import (
    ClusterableModel,
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_field_value,
)
from wagtail.models import RevisionMixin

BASIC = frozenset({str, int, bool, float})


@dataclass(frozen=True)
class _Plan:
    pk_field: Field
    fields: tuple  # (name, field, plain): plain when a basic value is stored as it is
    children: tuple  # accessor names of the child relations
    m2m: tuple  # names of the serialised ParentalManyToManyFields


@functools.cache
def _plan(model: type[Model]) -> _Plan:
    """What modelcluster's `get_serializable_data_for_fields` and `serializable_data` read for `model`."""
    pk_field = model._meta.pk
    while pk_field.remote_field and pk_field.remote_field.parent_link:
        pk_field = pk_field.remote_field.model._meta.pk
    fields = tuple(
        (
            field.name,
            field,
            type(field).pre_save is Field.pre_save
            and type(field).value_to_string is Field.value_to_string
            and type(field).value_from_object is Field.value_from_object,
        )
        for field in model._meta.fields
        if field.serialize
    )
    children, m2m = (), ()
    if issubclass(model, ClusterableModel):
        children = tuple(relation.get_accessor_name() for relation in get_all_child_relations(model))
        m2m = tuple(field.name for field in get_all_child_m2m_relations(model) if field.serialize)
    return _Plan(pk_field, fields, children, m2m)


def _own_serialiser(model: type[Model]) -> bool:
    """Whether `model` serialises itself otherwise than modelcluster's (and Wagtail's RevisionMixin's) code."""
    method = getattr(model, "serializable_data", None)
    return method is not None and method not in (ClusterableModel.serializable_data, RevisionMixin.serializable_data)


def children(obj: Model, name: str):
    """`getattr(obj, name).all()` for a child relation `name` of a ClusterableModel: the objects modelcluster holds
    in memory for it (its `_cluster_related_objects`, in its order: what its manager's `all()` wraps) when it holds
    them, without making modelcluster's manager for each read (a new manager class instance per access, ~5 % of an
    import's CPU); otherwise through the manager."""
    held = getattr(obj, "_cluster_related_objects", None)
    if held is not None and name in held:
        return held[name]
    return getattr(obj, name).all()


def serializable_data(obj: Model, texts: dict[str, str] | None = None) -> dict:
    """`obj.serializable_data()` (for a model without one: modelcluster's `get_serializable_data_for_fields`).
    `texts`: fields' `value_to_string` already made (the bulk writer's bodies, whose JSON it writes once)."""
    if _own_serialiser(type(obj)):
        return obj.serializable_data()
    plan = _plan(type(obj))
    data = {"pk": get_field_value(plan.pk_field, obj)}
    for name, field, plain in plan.fields:
        if field.remote_field is not None:
            data[name] = getattr(obj, field.attname)
            continue
        if texts and name in texts:
            data[name] = texts[name]
            continue
        value = getattr(obj, field.attname) if plain else None
        data[name] = value if plain and (value is None or type(value) in BASIC) else get_field_value(field, obj)
    for name in plan.children:
        data[name] = [serializable_data(child) for child in children(obj, name)]
    for name in plan.m2m:
        data[name] = [child.pk for child in getattr(obj, name).all()]
    return data
