"""Wagtail's reference index rows ("used by") of many pages at once, without its generic walk per page.

`ReferenceIndex.create_or_update_for_object` finds an object's references by walking every field of its
model (~60 for an article, reverse relations included), deciding for each whether it is a reference, then
doing the same for every child object (bylines, topics …). That decision depends on the model only, so
`references(obj)` makes it once per model (`_plan`) and per object only reads the values: the foreign keys
Wagtail indexes, the fields that extract references themselves (StreamField, rich text: Wagtail's own
`extract_references`, called as Wagtail calls it), and the child objects, recursively. It yields the
same (to_content_type_id, to_object_id, model_path, content_path) records as
`ReferenceIndex._extract_references_from_object` (tests/ethnic_press/test_import_references.py compares
them on imported pages, their script variants and pages with links and images in their bodies).
"""

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRel
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import ReferenceIndex

from .content import children


@dataclass(frozen=True)
class _Plan:
    foreign_keys: tuple  # (field, related model): a plain foreign key Wagtail indexes
    generic_keys: tuple  # GenericForeignKey fields
    extracting: tuple  # fields with extract_references (StreamField, RichTextField)
    children: tuple  # (accessor name) of the child relations, for ClusterableModel


@functools.cache
def _plan(model: type[Model]) -> _Plan:
    """Which fields of `model` `_extract_references_from_object` reads, in its order and with its tests."""
    foreign_keys, generic_keys, extracting = [], [], []
    for field in model._meta.get_fields():
        if field.is_relation and field.many_to_one:
            ignored = getattr(field, "wagtail_reference_index_ignore", False) or getattr(
                field.related_model, "wagtail_reference_index_ignore", False
            )
            if not ignored and not isinstance(field, ParentalKey | GenericRel):
                if isinstance(field, GenericForeignKey):
                    generic_keys.append(field)
                else:
                    foreign_keys.append((field, field.related_model))
        if hasattr(field, "extract_references"):
            extracting.append(field)
    children = ()
    if issubclass(model, ClusterableModel):
        children = tuple(relation.get_accessor_name() for relation in get_all_child_relations(model))
    # Wagtail yields, field by field, the foreign key's reference then the field's own extracted ones; a field
    # is never both, so keeping the two lists apart changes only the order, and the rows are a set.
    return _Plan(tuple(foreign_keys), tuple(generic_keys), tuple(extracting), children)


def references(obj: Model) -> Iterator[tuple[int, str, str, str]]:
    """(to_content_type_id, to_object_id, model_path, content_path) of each reference `obj` holds."""
    plan = _plan(type(obj))
    base = ReferenceIndex._get_base_content_type
    for field, related_model in plan.foreign_keys:
        value = field.value_from_object(obj)
        if value is not None:
            yield base(related_model).id, str(value), field.name, field.name
    for field in plan.generic_keys:
        ct_value = obj._meta.get_field(field.ct_field).value_from_object(obj)
        fk_value = obj._meta.get_field(field.fk_field).value_from_object(obj)
        if ct_value is not None and fk_value is not None:
            model = ContentType.objects.get_for_id(ct_value).model_class()
            yield base(model).id, str(fk_value), field.name, field.name
    for field in plan.extracting:
        value = field.value_from_object(obj)
        if value is not None:
            for to_model, to_object_id, model_path, content_path in field.extract_references(value):
                yield base(to_model).id, to_object_id, f"{field.name}.{model_path}", f"{field.name}.{content_path}"
    for name in plan.children:
        for child in children(obj, name):
            for to_type, to_id, model_path, content_path in references(child):
                yield to_type, to_id, f"{name}.item.{model_path}", f"{name}.{child.pk}.{content_path}"
