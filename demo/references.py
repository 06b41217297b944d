"""Wagtail's reference index rebuilt for the seeded network, without its generic walk per object.

`manage.py rebuild_references_index` deletes every row, then for each registered model, object by object,
walks every field (`_extract_references_from_object`), reads the object's child objects one query per
relation, reads back its existing rows and inserts the new ones: ~10 % of seeding the base network. This
writes the same rows: the same models in the same order (`apps.get_models()`, each object by primary key),
each object's references found by the importer's per-model plan (ethnic_press/importing/references.py,
which yields Wagtail's records), its child objects read for a thousand objects at once, and — as Wagtail's
rebuild does for a page indexed first as a `Page`, then as its specific model — a record already written
for the same object is not written again (the row keeps the first model's content type). The rows go in
with one statement per chunk; their ids follow Wagtail's order but for the order of the records within one
object, which Wagtail takes from a set (so it varies from run to run there too).
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import ReferenceIndex

from ethnic_press.importing.references import references
from ethnic_press.importing.rows import insert_rows

CHUNK = 1000
# content_type, base_content_type, object_id, to_content_type, to_object_id, model_path, content_path, its hash
COLUMNS = [field.name for field in ReferenceIndex._meta.concrete_fields if not field.primary_key]


def rebuild_references() -> int:
    """Rebuild the whole reference index as `rebuild_references_index` does; returns the rows written."""
    written: dict[tuple[int, str], set] = {}
    count = 0
    with transaction.atomic():
        everything = ReferenceIndex.objects.all()
        everything._raw_delete(using=everything.db)
        for model in apps.get_models():
            if ReferenceIndex.is_indexed(model):
                count += _index_model(model, written)
    return count


def _index_model(model, written: dict) -> int:
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    base_type = ReferenceIndex._get_base_content_type(model)
    children = []
    if issubclass(model, ClusterableModel):
        children = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
    count = 0
    last = None
    while True:
        chunk = model.objects.all().order_by("pk")
        if last is not None:
            chunk = chunk.filter(pk__gt=last)
        chunk = list(chunk.prefetch_related(*children)[:CHUNK])
        if not chunk:
            return count
        rows = []
        for obj in chunk:
            known = written.setdefault((base_type.pk, str(obj.pk)), set())
            for record in set(references(obj)) - known:
                known.add(record)
                to_type, to_id, model_path, content_path = record
                rows.append(
                    (
                        content_type.pk,
                        base_type.pk,
                        str(obj.pk),
                        to_type,
                        to_id,
                        model_path,
                        content_path,
                        ReferenceIndex._get_content_path_hash(content_path),
                    )
                )
        insert_rows(ReferenceIndex, COLUMNS, rows)
        count += len(rows)
        last = chunk[-1].pk
