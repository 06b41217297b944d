"""Background tasks of translations (Wagtail's task framework, django-tasks; the "default" queue)."""

from django_tasks import task

from .variant_batches import publish_variants


@task()
def sync_variants_task(page_ids: list[int]) -> dict:
    """Publish the script variants of pages published without them (an import batch: ethnic_press/importing/
    deferral.py): new articles' in bulk, others one by one. Pages no longer live are skipped; a variant that
    fails one by one is logged by sync_variants."""
    return {"pages": len(page_ids), "variants": publish_variants(page_ids)}
